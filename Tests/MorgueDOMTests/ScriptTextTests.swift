import Testing
@testable import MorgueDOM

@Suite("code cut before parsing (ScriptText.dataOnly)")
struct ScriptTextTests {
    private func parsed(_ html: String) throws -> HTMLDocument {
        try HTMLDocument(bytes: Array(html.utf8), charset: .utf8, scriptText: .dataOnly)
    }

    private func scriptTexts(_ document: HTMLDocument) -> [String] {
        var texts: [String] = []
        document.root?.walk { node in
            if node.isElement("script") || node.isElement("style") {
                texts.append(node.children.map { $0.content ?? "" }.joined())
            }
            return true
        }
        return texts
    }

    @Test("JavaScript and CSS are parsed empty; JSON-LD, JSON and templates keep their text")
    func keepsDataOnly() throws {
        let document = try parsed("""
            <html><head><style>p { color: red }</style>
            <script>var a = "<p>not a paragraph</p>";</script>
            <script type="application/ld+json">{"@type":"NewsArticle"}</script>
            <script type="text/javascript">track();</script>
            <script type='module'>import x from "./x.js";</script>
            <script type="application/json" id="data">{"id":1}</script>
            <script type="text/template"><p>{{title}}</p></script>
            <script data-type="ld" async>run();</script>
            </head><body><p>Story.</p></body></html>
            """)
        #expect(scriptTexts(document) == ["", "", "{\"@type\":\"NewsArticle\"}", "", "", "{\"id\":1}", "<p>{{title}}</p>", ""])
        #expect(document.body?.textContent == "Story.")
    }

    @Test("the same page parsed with its code kept differs only in the code")
    func keptByDefault() throws {
        let html = "<body><script>var x = 1;</script><p>Story.</p></body>"
        let kept = try HTMLDocument(html: html)
        #expect(scriptTexts(kept) == ["var x = 1;"])
        #expect(scriptTexts(try parsed(html)) == [""])
    }

    @Test("a script inside a comment is no script: the story after the comment stays")
    func commentedScript() throws {
        let document = try parsed("<body><!-- <script> --><p>Story one.</p><script>x()</script><p>Story two.</p></body>")
        #expect(document.body?.textContent == "Story one.Story two.")
    }

    @Test("a script left open runs to the end of the page, as libxml2 reads it")
    func openScript() throws {
        let document = try parsed("<body><p>Story.</p><script>var s = '<p>never closed</p>';")
        #expect(document.body?.textContent == "Story.")
        #expect(scriptTexts(document) == [""])
    }

    @Test("the end tag is found in any case, and a \"</\" inside the code does not end it")
    func endTagCase() throws {
        let document = try parsed("<body><SCRIPT>if (a </ b) { w('</div>'); }</ScRiPt><p>Story.</p></body>")
        #expect(document.body?.textContent == "Story.")
        #expect(scriptTexts(document) == [""])
    }
}
