import Testing
@testable import MorgueDOM

@Suite("deep nesting")
struct DeepNestingTests {
    private func nested(_ depth: Int) -> String {
        "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text.</p>"
            + String(repeating: "</div>", count: depth) + "<p>The story after the pile.</p></body></html>"
    }

    /// The deepest level below `node`, walked without recursion.
    private func depth(of node: Node) -> Int {
        var deepest = 0
        var stack: [(Node, Int)] = [(node, 0)]
        while let (current, level) = stack.popLast() {
            deepest = max(deepest, level)
            for child in current.children { stack.append((child, level + 1)) }
        }
        return deepest
    }

    @Test("the text after a pile of nesting deeper than libxml2's limit is kept")
    func keepsTheStoryAfterThePile() throws {
        for levels in [260, 5_000] {
            let document = try HTMLDocument(html: nested(levels))
            #expect(document.body?.textContent == "Deep text.The story after the pile.")
        }
    }

    @Test("what lies below the deepest level becomes that level's children, in document order")
    func flattensBelowTheLimit() throws {
        let document = try HTMLDocument(html: nested(1_000))
        let body = try #require(document.body)
        #expect(depth(of: body) <= DeepNesting.maxDepth + 1)
        let shallow = try HTMLDocument(html: nested(20))
        #expect(depth(of: try #require(shallow.body)) == 22)
    }
}
