import Testing
@testable import MorgueDOM

@Suite("a flood of attributes on one tag")
struct AttributeFloodTests {
    private func page(attributes: Int) -> [UInt8] {
        let flood = (0..<attributes).map { "a\($0)=\"x>\"" }.joined(separator: " ")
        return Array("<html><body><div id=\"box\" \(flood)>Hello</div><p>Story text.</p></body></html>".utf8)
    }

    @Test("attributes past the limit are cut, the tag still closes and the text stays")
    func cutsTheExcess() throws {
        let document = try HTMLDocument(bytes: page(attributes: 5_000), charset: .utf8)
        let div = try #require(document.body?.elementChildren.first)
        var kept = 0
        var attribute = div.pointer.pointee.properties
        while let current = attribute {
            kept += 1
            attribute = current.pointee.next
        }
        #expect(kept == AttributeFlood.maxAttributes)
        #expect(div.attribute("id") == "box")
        #expect(document.body?.textContent == "HelloStory text.")
    }

    @Test("attributes without values count too")
    func countsValuelessAttributes() throws {
        let flood = (0..<5_000).map { "a\($0)" }.joined(separator: " ")
        let capped = try #require(AttributeFlood.capped(Array("<p \(flood)>Text</p>".utf8)))
        let document = try HTMLDocument(bytes: capped, charset: .utf8)
        #expect(document.body?.textContent == "Text")
        #expect(capped.count < 10_000)
    }

    @Test("a flood ending in a quote left open is cut to the end of the page")
    func floodWithAnOpenQuote() throws {
        let flood = (0..<2_000).map { "a\($0)" }.joined(separator: " ")
        let bytes = Array("<p>Story.</p><p \(flood) title=\"never closed".utf8)
        let capped = try #require(AttributeFlood.capped(bytes))
        #expect(capped.count < bytes.count)
        #expect(String(decoding: capped, as: UTF8.self).hasPrefix("<p>Story.</p>"))
    }

    @Test("a quote inside a word is no quoted value: the prose after it is not read as attributes")
    func strayQuote() {
        let prose = String(repeating: "the council met again on Monday and voted ", count: 300)
        let bytes = Array("<html><body><a title=It's>\(prose) but don't \(prose)</a><b class='x'>end</b></body></html>".utf8)
        #expect(AttributeFlood.capped(bytes) == nil)
    }

    @Test("pages under the limit are parsed from their own bytes")
    func leavesOrdinaryPages() {
        #expect(AttributeFlood.capped(page(attributes: 50)) == nil)
        // A script full of "=" between a "<" and a ">" is not a tag's attributes.
        let code = (0..<3_000).map { "v\($0) = a<b ? 1 : 2;" }.joined(separator: " ")
        let script = Array("<html><body><script>\(code) x => 1;</script><p>Text.</p></body></html>".utf8)
        #expect(AttributeFlood.capped(script) == nil)
    }
}
