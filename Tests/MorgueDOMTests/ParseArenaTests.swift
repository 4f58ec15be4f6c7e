import CParseArena
import Foundation
import Testing
@testable import MorgueDOM

/// The allocator libxml2 uses: blocks of a parse come from one arena,
/// every other block from the C heap.
@Suite("Parse arena")
struct ParseArenaTests {
    private func fill(_ pointer: UnsafeMutableRawPointer, _ count: Int, with byte: UInt8) {
        pointer.initializeMemory(as: UInt8.self, repeating: byte, count: count)
    }

    private func bytes(_ pointer: UnsafeMutableRawPointer, _ count: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: count))
    }

    @Test("outside an arena, blocks come from the heap and keep their bytes through realloc")
    func heapBlocks() throws {
        let block = try #require(morgue_arena_malloc(100))
        fill(block, 100, with: 7)
        let grown = try #require(morgue_arena_realloc(block, 100_000))
        #expect(bytes(grown, 100) == [UInt8](repeating: 7, count: 100))
        morgue_arena_free(grown)
    }

    @Test("inside an arena, blocks are 16-byte aligned and freeing one leaves it readable until release")
    func arenaBlocks() throws {
        let arena = try #require(morgue_arena_begin())
        defer { morgue_arena_release(arena) }
        var blocks: [UnsafeMutableRawPointer] = []
        for size in [1, 3, 17, 64, 1000, 70_000] {
            let block = try #require(morgue_arena_malloc(size))
            #expect(Int(bitPattern: block) % 16 == 0)
            fill(block, size, with: UInt8(size % 251))
            blocks.append(block)
        }
        morgue_arena_end()
        for block in blocks { morgue_arena_free(block) }
        for (block, size) in zip(blocks, [1, 3, 17, 64, 1000, 70_000]) {
            #expect(bytes(block, size) == [UInt8](repeating: UInt8(size % 251), count: size))
        }
        #expect(morgue_arena_size(arena) >= 70_000 + 1000)
    }

    @Test("realloc keeps a block's bytes, whether it grows in place, moves, or leaves the arena")
    func reallocation() throws {
        let arena = try #require(morgue_arena_begin())
        defer { morgue_arena_release(arena) }
        // The newest block grows where it lies.
        let newest = try #require(morgue_arena_malloc(40))
        fill(newest, 40, with: 1)
        let grownInPlace = try #require(morgue_arena_realloc(newest, 400))
        #expect(grownInPlace == newest)
        #expect(bytes(grownInPlace, 40) == [UInt8](repeating: 1, count: 40))
        // An older block is copied.
        let older = try #require(morgue_arena_malloc(40))
        fill(older, 40, with: 2)
        _ = try #require(morgue_arena_malloc(8))
        let copied = try #require(morgue_arena_realloc(older, 4000))
        #expect(copied != older)
        #expect(bytes(copied, 40) == [UInt8](repeating: 2, count: 40))
        // A block past the large-block size, grown a few times (a page's text buffer).
        var buffer = try #require(morgue_arena_malloc(100_000))
        fill(buffer, 100_000, with: 3)
        for size in [200_000, 400_000, 800_000] {
            buffer = try #require(morgue_arena_realloc(buffer, size))
        }
        #expect(bytes(buffer, 100_000) == [UInt8](repeating: 3, count: 100_000))
        morgue_arena_end()
        // After the parse, an arena block that grows becomes a heap block.
        let afterwards = try #require(morgue_arena_realloc(copied, 10_000))
        #expect(bytes(afterwards, 40) == [UInt8](repeating: 2, count: 40))
        morgue_arena_free(afterwards)
    }

    @Test("strdup copies a C string into the current owner")
    func stringCopies() throws {
        let copy = try #require("Schlagzeile".withCString { morgue_arena_strdup($0) })
        #expect(String(cString: copy) == "Schlagzeile")
        morgue_arena_free(copy)
    }

    @Test("a parsed document holds its tree in its arena, and text read later comes from the heap")
    func documentsUseAnArena() throws {
        let paragraphs = (1...500).map { index in "<p class=\"p\(index)\">Paragraph \(index) of the story.</p>" }.joined()
        let document = try HTMLDocument(html: "<html><body><article>\(paragraphs)</article></body></html>")
        #expect(document.arenaBytes > 0)
        let before = document.arenaBytes
        let body = try #require(document.body)
        #expect(body.textContent.contains("Paragraph 500 of the story."))
        #expect(body.firstDescendant(named: "p")?.attribute("class") == "p1")
        #expect(document.arenaBytes == before)
    }

    @Test("text merged by a change to the tree is allocated in the document's arena")
    func changesUseTheArena() throws {
        let filler = String(repeating: "x", count: 2_000)
        let html = "<html><body><p>" + String(repeating: "\(filler)<b>y</b>", count: 200) + "</p></body></html>"
        let document = try HTMLDocument(html: html)
        let p = try #require(document.body?.firstDescendant(named: "p"))
        // Unwrapping leaves each "y" a text node of its own between two others.
        for bold in p.descendants(named: "b") { bold.unwrap() }
        #expect(p.children.count == 400)
        let before = document.arenaBytes
        // Put back next to a text node, a text node merges into it: libxml2 allocates the joined text.
        for text in p.children where text.content == "y" { text.detach().reattach() }
        #expect(p.children.count == 200)
        #expect(p.textContent == String(repeating: "\(filler)y", count: 200))
        #expect(document.arenaBytes > before)
    }

    @Test("documents parsed on several threads at once come out as when parsed one by one")
    func concurrentParses() async throws {
        let pages = (0..<64).map { index in
            "<html><head><title>Story \(index)</title></head><body>"
                + String(repeating: "<div><p>Line \(index) &amp; more text, é ü 漢字.</p></div>", count: 50 + index)
                + "</body></html>"
        }
        func digest(_ page: String) throws -> String {
            let document = try HTMLDocument(html: page)
            let body = try #require(document.body)
            body.firstDescendant(named: "div")?.remove()
            return body.textContent
        }
        let serial = try pages.map(digest)
        let parallel = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask { (index, try digest(page)) }
            }
            var results = [String](repeating: "", count: pages.count)
            for try await (index, text) in group { results[index] = text }
            return results
        }
        #expect(parallel == serial)
    }
}
