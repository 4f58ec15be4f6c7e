import Foundation
import Testing
@testable import MorgueDOM

private let dc = "http://purl.org/dc/elements/1.1/"
private let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

private func tree(_ xml: String, url: String? = nil) throws -> XMLTree {
    try XMLTree(bytes: Array(xml.utf8), documentURL: url)
}

/// A file in a fresh temporary folder holding `text`; returns its path.
private func temporaryFile(_ name: String, _ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("morgue-xml-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Suite struct XMLTreeTests {
    @Test func elementsAreMatchedByNamespaceNotPrefix() throws {
        let doc = try tree("""
            <rss xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:other="urn:other">
              <item><d:creator>Ana Lima</d:creator><other:creator>Not Her</other:creator><creator>Nobody</creator></item>
            </rss>
            """)
        let item = try #require(doc.root.child("item", in: nil))
        #expect(item.children("creator", in: dc).map(\.text) == ["Ana Lima"])
        #expect(item.child("creator", in: nil)?.text == "Nobody")
        #expect(item.child("creator", in: dc)?.namespaceURI == dc)
        #expect(item.child("Item", in: nil) == nil)
        #expect(doc.root.localName == "rss")
    }

    @Test func attributesWithAndWithoutNamespace() throws {
        let doc = try tree("""
            <r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <item r:about="https://example.com/a" about="plain"/>
            </r:RDF>
            """)
        let item = try #require(doc.root.children.first)
        #expect(item.attribute("about", namespace: rdf) == "https://example.com/a")
        #expect(item.attribute("about") == "plain")
        #expect(item.attribute("missing") == nil)
        #expect(item.namespaceURI == "http://purl.org/rss/1.0/")
    }

    @Test func textIncludesCDATAAndDescendants() throws {
        let doc = try tree("<a>one <![CDATA[<b>two</b>]]> <c>three &amp; four</c></a>")
        #expect(doc.root.text == "one <b>two</b> three & four")
    }

    @Test func baseURIFollowsXMLBaseThroughAncestors() throws {
        let doc = try tree("""
            <feed xml:base="/news/"><entry xml:base="2024/"><link href="story.html"/></entry><other/></feed>
            """, url: "https://example.com/feeds/atom.xml")
        let entry = try #require(doc.root.children.first)
        let link = try #require(entry.children.first)
        #expect(link.baseURI == "https://example.com/news/2024/")
        #expect(doc.root.children.last?.baseURI == "https://example.com/news/")
        #expect(try tree("<a/>", url: "https://example.com/x.xml").root.baseURI == "https://example.com/x.xml")
        #expect(try tree("<a/>").root.baseURI == nil)
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let secret = try temporaryFile("secret.txt", "MORGUE-SECRET-MARKER")
        let doc = try tree("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY mine SYSTEM "file://\(secret)">
            ]>
            <rss><title>before &xxe; &mine; after</title></rss>
            """)
        let text = doc.root.text
        #expect(!text.contains("root:"))
        #expect(!text.contains("MORGUE-SECRET-MARKER"))
        #expect(text.contains("before"))
        #expect(text.contains("after"))
    }

    @Test func anExternalDTDIsNeverLoaded() throws {
        let dtd = try temporaryFile("feed.dtd", "<!ENTITY marker \"MORGUE-DTD-MARKER\">")
        let doc = try tree("""
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "file://\(dtd)">
            <rss><title>a &marker; b</title></rss>
            """)
        #expect(!doc.root.text.contains("MORGUE-DTD-MARKER"))
    }

    @Test func nestedEntityExpansionIsNotPerformed() throws {
        var declarations = "<!ENTITY l0 \"laugh\">"
        for level in 1...9 {
            let previous = String(repeating: "&l\(level - 1);", count: 10)
            declarations += "<!ENTITY l\(level) \"\(previous)\">"
        }
        let doc = try tree("<!DOCTYPE r [\(declarations)]><r>&l9;</r>")
        #expect(doc.root.text.count < 100)
    }

    @Test func textThatIsNotXMLIsUnparseable() {
        #expect(throws: XMLError.self) { try tree("just some words") }
        #expect(throws: XMLError.self) { try XMLTree(bytes: []) }
        do throws(XMLError) {
            _ = try XMLTree(bytes: Array("{\"items\": []}".utf8))
            Issue.record("JSON parsed as XML")
        } catch {
            guard case .unparseable(let problem) = error else { return }
            #expect(!problem.message.isEmpty)
        }
    }

    @Test func brokenMarkupIsRecoveredAndFlagged() throws {
        let doc = try tree("<rss><channel><title>A & B</title><item><link>https://example.com/a</link></item>")
        #expect(!doc.isWellFormed)
        #expect(doc.firstProblem != nil)
        let channel = try #require(doc.root.child("channel", in: nil))
        #expect(channel.child("item", in: nil)?.child("link", in: nil)?.text == "https://example.com/a")
        #expect(try tree("<a><b/></a>").isWellFormed)
    }

    @Test func encodingComesFromTheXMLDeclaration() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>caf".utf8) + [0xE9] + Array("</t>".utf8)
        let doc = try XMLTree(bytes: bytes)
        #expect(doc.root.text == "café")
    }

    @Test func lineNumbersAreRecorded() throws {
        let doc = try tree("<a>\n<b/>\n<c/></a>")
        #expect(doc.root.children.map(\.line) == [2, 3])
    }
}

@Suite struct XMLTreeEncodingTests {
    /// “Mayor’s” — in windows-1252 bytes.
    let quoted: [UInt8] = [0x93] + Array("Mayor".utf8) + [0x92] + Array("s".utf8) + [0x94, 0x20, 0x97]

    @Test(arguments: ["ISO-8859-1", "iso-8859-1", "US-ASCII", "latin1", "windows-1252"])
    func aDeclaredLatin1IsReadAsWindows1252(label: String) throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"\(label)\"?><t>".utf8) + quoted + Array("</t>".utf8)
        let doc = try XMLTree(bytes: bytes)
        #expect(doc.root.text == "\u{201C}Mayor\u{2019}s\u{201D} \u{2014}")
    }

    @Test func otherDeclaredEncodingsAreKept() throws {
        // 0xE9 is "é" in ISO-8859-15 as in Latin-1, but 0xA4 is "€" only in ISO-8859-15.
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><t>".utf8) + [0xA4, 0xE9] + Array("</t>".utf8)
        #expect(try XMLTree(bytes: bytes).root.text == "€é")
    }
}
