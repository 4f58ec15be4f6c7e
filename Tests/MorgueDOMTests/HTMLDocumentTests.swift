import Testing
@testable import MorgueDOM

@Suite("HTML documents and nodes")
struct HTMLDocumentTests {
    @Test("windows-1252 bytes declared as iso-8859-1 decode curly quotes and dashes")
    func legacyEncoding() throws {
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>".utf8)
        let body: [UInt8] = [0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xE9]
        let document = try HTMLDocument(bytes: head + body + Array("</p></body></html>".utf8))
        #expect(document.body?.textContent == "“Hi” — café")
    }

    @Test("GBK-only bytes under a gb2312 label do not cut the page short")
    func gbkUnderGB2312Label() throws {
        // 镕 (U+9555) exists in GBK but not in GB2312.
        let page = Array("<meta charset=\"gb2312\"><p>".utf8) + [0xE9, 0x46] + Array("after</p>".utf8)
        let document = try HTMLDocument(bytes: page)
        #expect(document.body?.textContent == "镕after")
    }

    @Test("empty input cannot be parsed")
    func emptyInput() {
        #expect(throws: DOMError.unparseable) { try HTMLDocument(bytes: [], charset: .utf8) }
    }

    @Test("textContent skips scripts, styles and templates")
    func invisibleText() throws {
        let document = try HTMLDocument(html: "<body><p>a<script>var x = 1;</script>b<style>p{}</style><template>t</template></p></body>")
        #expect(document.body?.textContent == "ab")
    }

    @Test("attributes, navigation and tag tests")
    func navigation() throws {
        let document = try HTMLDocument(html: "<body><div id=\"main\" class=\"story body\"><p>one</p><p>two</p></div></body>")
        let div = try #require(document.body?.firstDescendant(named: "div"))
        #expect(div.attribute("id") == "main")
        #expect(div.attribute("missing") == nil)
        #expect(div.attributes.map(\.name) == ["id", "class"])
        #expect(div.isElement("div") && !div.isElement("p"))
        #expect(div.elementChildren.map(\.textContent) == ["one", "two"])
        #expect(div.elementChildren[1].previousSibling == div.elementChildren[0])
        #expect(div.elementChildren[0].ancestors.map(\.name) == ["div", "body", "html"])
    }

    @Test("attribute bytes read the value as attribute() does, without a String")
    func attributeBytes() throws {
        let document = try HTMLDocument(html: "<body><div class=\"a &amp; b\" id=\"x\" hidden data-empty=\"\"></div></body>")
        let div = try #require(document.body?.firstDescendant(named: "div"))
        let names: [(StaticString, String)] = [("class", "class"), ("id", "id"), ("hidden", "hidden"),
                                               ("data-empty", "data-empty"), ("missing", "missing")]
        for (name, string) in names {
            #expect(div.attributeBytes(name).map { String(decoding: $0, as: UTF8.self) } == div.attribute(string))
            let value = div.attribute(string)
            #expect(div.attribute(name, satisfies: { String(decoding: $0, as: UTF8.self) == value }) == (value != nil))
        }
        #expect(div.attributeBytes("class") == Array("a & b".utf8))
        #expect(div.hasAttribute("hidden") && !div.hasAttribute("missing"))

        var buffer = Array("[".utf8)
        #expect(div.appendAttribute("class", to: &buffer))
        #expect(!div.appendAttribute("missing", to: &buffer), "an absent attribute appends nothing")
        #expect(div.appendAttribute("id", to: &buffer))
        #expect(buffer == Array("[a & bx".utf8))
    }

    @Test("walk visits in document order and can skip a subtree")
    func walk() throws {
        let document = try HTMLDocument(html: "<body><div><p>a</p><nav><p>skip</p></nav></div><p>b</p></body>")
        var names: [String] = []
        document.body?.walk { node in
            if node.isElement { names.append(node.name) }
            return node.name != "nav"
        }
        #expect(names == ["div", "p", "nav", "p"])
    }

    @Test("a removed node is gone from the tree but stays readable")
    func removal() throws {
        let document = try HTMLDocument(html: "<body><p>keep</p><aside>drop me</aside></body>")
        let aside = try #require(document.body?.firstDescendant(named: "aside"))
        aside.remove()
        #expect(document.body?.textContent == "keep")
        #expect(aside.textContent == "drop me")
    }

    @Test("comments before <html> are reachable (a browser's saved-from comment)")
    func topLevelComments() throws {
        let document = try HTMLDocument(html: "<!-- saved from url=(0019)https://example.org --><html><body>x</body></html>")
        let comments = document.topLevelNodes.filter { $0.kind == .comment }
        #expect(comments.first?.content?.contains("saved from url") == true)
    }
}
