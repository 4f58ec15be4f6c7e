import Testing
@testable import MorgueDOM

@Suite("Looking nodes up without making strings")
struct NodeLookupTests {
    private static let page = """
        <html><body><div id="a"><h1 class="t">Title</h1><p>One</p><figcaption>Cap</figcaption></div>
        <section><p>Two <b>bold</b></p></section><p data-x>Three</p></body></html>
        """

    @Test("a packed tag name is equal to the element's exactly when isElement says so")
    func packedNames() throws {
        let body = try #require(try HTMLDocument(html: Self.page).body)
        for element in body.descendantElements {
            for tag: StaticString in ["div", "h1", "p", "b", "section", "figure", "time"] {
                #expect((element.packedName == Node.packedName(tag)) == element.isElement(tag))
            }
        }
        // Names longer than eight bytes are not packed.
        let caption = try #require(body.firstDescendant(named: "figcaption"))
        #expect(caption.packedName == 0)
    }

    @Test("an attribute named at compile time is found as hasAttribute finds it")
    func attributesByStaticName() throws {
        let body = try #require(try HTMLDocument(html: Self.page).body)
        for element in body.descendantElements {
            #expect(element.hasAttribute(named: "id") == element.hasAttribute("id"))
            #expect(element.hasAttribute(named: "class") == element.hasAttribute("class"))
            #expect(element.hasAttribute(named: "data-x") == element.hasAttribute("data-x"))
        }
        #expect(body.descendantElements.filter { $0.hasAttribute(named: "data-x") }.map(\.name) == ["p"])
    }

    @Test("a walk after a node visits what a whole walk visits after it")
    func walkAfterANode() throws {
        let body = try #require(try HTMLDocument(html: Self.page).body)
        let heading = try #require(body.firstDescendant(named: "h1"))
        var whole: [Node] = []
        var started = false
        body.walk { node in
            if node == heading { started = true; return false }
            if started { whole.append(node) }
            return !node.isElement("section")
        }
        var after: [Node] = []
        body.walk(after: heading) { node in
            after.append(node)
            return !node.isElement("section")
        }
        #expect(after == whole)
        #expect(after.contains { $0.isElement("figcaption") })
        #expect(!after.contains { $0.isElement("b") })
        // After the last node there is nothing left.
        let last = try #require(body.descendants(named: "p").last)
        var rest = 0
        body.walk(after: last) { _ in rest += 1; return true }
        #expect(rest == 0)
    }

    @Test("descendants are found by tag name")
    func descendantsByName() throws {
        let body = try #require(try HTMLDocument(html: Self.page).body)
        #expect(body.descendants(named: "p").map(\.textContent) == ["One", "Two bold", "Three"])
        #expect(body.firstDescendant(named: "b")?.textContent == "bold")
        #expect(body.firstDescendant(named: "table") == nil)
        #expect(body.descendants(named: "P").isEmpty)
    }

    @Test("one walk over the attributes answers for any of three names")
    func anyOfThreeAttributes() throws {
        let body = try #require(try HTMLDocument(html: """
            <div class="css-1x2" data-testid="newsletter-signup">A</div><div id="box">B</div><div title="x">C</div>
            """).body)
        let divs = body.descendantElements
        func holds(_ word: String, _ node: Node) -> Bool {
            node.anyAttribute("class", "id", "data-testid") { String(decoding: $0, as: UTF8.self).contains(word) }
        }
        #expect(holds("newsletter", divs[0]))
        #expect(holds("box", divs[1]))
        #expect(!holds("x", divs[2]))
        #expect(!holds("newsletter", divs[1]))
    }
}
