import Testing
@testable import MorgueFetch

/// Decompressing a gzip stream a chunk at a time from a source.
@Suite struct GzipInputStreamTests {
    /// A source handing out `bytes` in pieces of at most `piece` bytes.
    final class Pieces {
        let bytes: [UInt8]
        let piece: Int
        var position = 0
        var asked = 0

        init(_ bytes: [UInt8], piece: Int) {
            self.bytes = bytes
            self.piece = piece
        }

        func next(_ count: Int) -> [UInt8] {
            asked += 1
            let end = min(position + min(count, piece), bytes.count)
            defer { position = end }
            return Array(bytes[position..<end])
        }
    }

    /// Everything the stream gives, read `chunk` bytes at a time.
    func drain(_ bytes: [UInt8], piece: Int = 1_000, chunk: Int = 777) throws(GzipError) -> [UInt8] {
        let source = Pieces(bytes, piece: piece)
        let stream = try GzipInputStream { source.next($0) }
        var out: [UInt8] = []
        while true {
            let part = try stream.read(upTo: chunk)
            if part.isEmpty { return out }
            #expect(part.count <= chunk)
            out += part
        }
    }

    @Test(arguments: [1, 13, 4_096, 100_000])
    func readsConcatenatedMembersWhateverThePieces(piece: Int) throws {
        let parts = [GzipTests.sampleText(5_000), GzipTests.sampleText(1), GzipTests.sampleText(90_000), []]
        let file = try parts.flatMap { try Gzip.compress($0) }
        #expect(try drain(file, piece: piece) == parts.flatMap { $0 })
    }

    @Test func pullsTheSourceAsItGoesRatherThanAllAtOnce() throws {
        let text = GzipTests.sampleText(400_000)
        let source = Pieces(try Gzip.compress(text, level: 0), piece: 100_000)
        let stream = try GzipInputStream { source.next($0) }
        let first = try stream.read(upTo: 1_000)
        #expect(first == Array(text.prefix(1_000)))
        #expect(source.position < 200_000, "only the start of the file was read")
    }

    @Test func zeroPaddingAfterTheLastMemberIsIgnored() throws {
        let text = GzipTests.sampleText(2_000)
        #expect(try drain(try Gzip.compress(text) + [UInt8](repeating: 0, count: 300)) == text)
    }

    @Test func trailingGarbageIsAnError() throws {
        let bytes = try Gzip.compress(GzipTests.sampleText(2_000)) + Array("junk".utf8)
        #expect(throws: GzipError.corrupt("trailing bytes after the compressed stream")) { try drain(bytes) }
    }

    @Test func aTruncatedStreamIsAnError() throws {
        let bytes = try Gzip.compress(GzipTests.sampleText(50_000))
        #expect(throws: GzipError.truncated) { try drain(Array(bytes.dropLast(100))) }
    }

    @Test func corruptDataIsAnErrorEveryTimeItIsRead() throws {
        var bytes = try Gzip.compress(GzipTests.sampleText(50_000))
        for index in 100..<140 { bytes[index] ^= 0xFF }
        let source = Pieces(bytes, piece: 1_000)
        let stream = try GzipInputStream { source.next($0) }
        var failure: GzipError?
        do throws(GzipError) {
            while try !stream.read(upTo: 4_096).isEmpty {}
        } catch {
            failure = error
        }
        guard case .corrupt = failure else {
            Issue.record("expected a corrupt-data error, got \(String(describing: failure))")
            return
        }
        #expect(throws: failure!) { try stream.read(upTo: 10) }
    }

    @Test func anEmptySourceIsAnEmptyStream() throws {
        #expect(try drain([]) == [])
    }
}
