import MorgueDOM
import Testing
@testable import MorgueExtraction

@Suite("Page survey")
struct PageSurveyTests {
    private static let page = """
        <html><body>
        <nav class="Site-Nav"><h2>Sections</h2><p>Inside the menu</p></nav>
        <div id="page" class="with-sidebar"><main><article class="story" itemscope>
          <h1 class="headline" itemprop="headline">Harbour reopens</h1>
          <h2 class="entry-title">A second heading</h2>
          <p class="byline">By <a rel="author" href="/ana">Ana Ruiz</a> and <a rel="Author" href="/bo">Bo Li</a></p>
          <span itemprop="author creator">Ana Ruiz</span>
          <time class="published" datetime="2021-03-04">4 March</time>
          <figure class="wp-caption"><img src="a.jpg"><figcaption class="caption">The quay.</figcaption></figure>
          <table class="tr-caption-container"><tr><td>x</td></tr></table>
          <div itemprop="Description">Photo</div>
          <script>var byline = "By Nobody";</script><style>p { color: red }</style>
          <noscript><h1>Enable scripts</h1></noscript>
          <pre><code>SELECT * ORDER BY name</code></pre>
          <p>   </p><p>Grüße aus   Köln</p><p>Datum: 28.01.2022</p>
        </article></main></div>
        <div class="related-stories"><h3>More</h3><p class="byline">By Someone Else</p></div>
        <aside><p>Promo</p></aside>
        <footer id="footer"><p>©</p></footer>
        </body></html>
        """

    /// The nodes a walk of the tree visits when it skips scripts, styles and furniture, as every stage
    /// does, and that are not blank texts, in which no stage reads anything.
    private static func visitedByTreeWalk(_ body: Node) -> [Node] {
        var visited: [Node] = []
        body.walk { node in
            guard node.isElement || node.isText else { return false }
            if node.isText, let text = node.content, text.utf8.allSatisfy({ $0 < 0x80 }),
               TextNormalization.collapse(text).isEmpty {
                return false
            }
            visited.append(node)
            guard node.isElement else { return false }
            if node.isElement("script") || node.isElement("style") { return false }
            return !ElementClues.isForeign(node, names: ElementClues.classAndID(node))
        }
        return visited
    }

    @Test("a class-and-id string without a word any hint needs has no hint, as each check says")
    func hintWordsTurnAwayOnlyNamesWithoutHints() throws {
        let words = try #require(PageSurvey.Hints.hintWords)
        for names in [" container row", " site-nav", " entry-title", " post-date", " byline", " wp-caption", " post-meta",
                      " timeline", " reporter-box", " col-md-8 main", " updated", " fig-desc", " pubdate x"] {
            let direct = ElementClues.namesLookForeign(names) || HeadlineHints.headlineClass.matches(names)
                || DateHints.isPublishedClass(names) || FindByline.isBylineClass(names) || CreditPatterns.captionClass.matches(names)
            #expect(PageSurvey.Hints(names: names, isASCII: true).isEmpty == !direct, "\(names)")
            if !words.occurs(in: names) { #expect(!direct, "\(names)") }
        }
    }

    @Test("lists the nodes a stage's walk reaches, in document order, and skips a subtree in one jump")
    func listsWhatAWalkReaches() throws {
        let document = try HTMLDocument(html: Self.page)
        let body = try #require(document.body)
        let survey = PageSurvey(document: document)
        #expect(survey.nodes == Self.visitedByTreeWalk(body))

        var visited: [Node] = []
        survey.walk { index in
            visited.append(survey.nodes[index])
            return !survey.nodes[index].isElement("article")
        }
        let article = try #require(visited.first { $0.isElement("article") })
        #expect(!visited.contains { $0.ancestors.contains(article) })
        #expect(visited.contains { $0.isElement("footer") })
    }

    @Test("an element's facts and class hints are what the per-element checks say")
    func factsAgreeWithElementChecks() throws {
        let document = try HTMLDocument(html: Self.page)
        let survey = PageSurvey(document: document)
        for (index, node) in survey.nodes.enumerated() where node.isElement {
            let entry = survey.entries[index]
            #expect(entry.facts.contains(.relAuthor) == FindByline.isRelAuthor(node))
            if node.isElement("script") || node.isElement("style") {
                #expect(survey.names(index) == "")
                continue
            }
            let names = ElementClues.classAndID(node)
            #expect(survey.names(index) == names)
            #expect(entry.facts.contains(.foreign) == ElementClues.isForeign(node, names: names))
            #expect((survey.namesUnlessForeign(index) == nil) == ElementClues.isForeign(node, names: names))
            #expect(entry.facts.contains(.holdsAuthorLinks) == FindByline.holdsAuthorLinks(node))
            #expect(entry.facts.contains(.itempropHeadline) == ElementClues.hasToken(node, "itemprop", "headline"))
            #expect(entry.facts.contains(.itempropCaption) == FindCaptions.isCaptionProperty(node))
            #expect(entry.hints.contains(.headlineClass) == HeadlineHints.headlineClass.matches(names))
            #expect(entry.hints.contains(.publishedClass) == DateHints.isPublishedClass(names))
            #expect(entry.hints.contains(.bylineClass) == FindByline.isBylineClass(names))
            #expect(entry.hints.contains(.captionClass) == CreditPatterns.captionClass.matches(names))
            #expect(entry.hints.contains(.wordPressBox) == CreditPatterns.wordPressBox.matches(names))
            #expect(entry.hints.contains(.bloggerCaptionTable) == CreditPatterns.bloggerCaptionTable.matches(names))
            #expect(survey.isInvisible(index) == ElementClues.isInvisible(node))
            #expect(survey.isCode(index) == ElementClues.isCode(node))
        }
        let byline = try #require(survey.nodes.firstIndex { $0.attribute("class") == "byline" })
        #expect(survey.entries[byline].facts.contains(.holdsAuthorLinks))
        let author = try #require(survey.nodes.firstIndex { $0.attribute("itemprop") == "author creator" })
        #expect(survey.entries[author].facts.contains(.itempropAuthor))
        let headings = survey.nodes.indices.filter { survey.isHeadline($0) }.map { survey.nodes[$0].name }
        #expect(headings == ["h1", "h2", "h1"])
    }

    @Test("a text's least length is the reader's, and long or blank texts are told apart without reading them")
    func textLengthsAgreeWithTheReader() throws {
        let long = String(repeating: "word ", count: 40)
        let document = try HTMLDocument(html: "<html><body><p>   </p><p>Grüße aus   Köln</p><p>\(long)</p>"
            + "<p> 5.6.2015 </p><p>日本語のテキスト</p><p>\n\t</p></body></html>")
        let survey = PageSurvey(document: document)
        var reader = TextNodeReader()
        var texts = 0
        for (index, node) in survey.nodes.enumerated() where node.isText {
            texts += 1
            reader.read(node)
            let entry = survey.entries[index]
            if reader.leastCount <= PageSurvey.maxTextCount {
                #expect(Int(entry.leastCount) == reader.leastCount)
            } else {
                #expect(Int(entry.leastCount) > PageSurvey.maxTextCount)
            }
            let blank = reader.count() == 0
            #expect(survey.textIsOutside(index, limit: 60) == (blank || reader.leastCount > 60))
            let collapsed = TextNormalization.collapse(node.content ?? "")
            if let count = survey.textCount(index) {
                #expect(count == collapsed.count)
            } else {
                #expect(!collapsed.utf8.allSatisfy { $0 < 0x80 } || collapsed.count > PageSurvey.maxTextCount)
            }
        }
        // The two blank texts are not listed.
        #expect(texts == 4)
    }

    @Test("the stages read the same page alike with a survey of their own or a shared one")
    func stagesAgreeWithAndWithoutASharedSurvey() throws {
        let document = try HTMLDocument(html: Self.page)
        let metadata = ReadMetadata.run(document: document, pageURL: nil)
        let survey = PageSurvey(document: document)
        #expect(FindHeadline.run(document: document, metadata: metadata, survey: survey) == "Harbour reopens")
        #expect(FindHeadline.run(document: document, metadata: metadata) == "Harbour reopens")
        let shared = FindByline.run(document: document, metadata: metadata, survey: survey)
        #expect(shared?.byline.authors.contains("Ana Ruiz") == true)
        #expect(FindByline.run(document: document, metadata: metadata)?.byline == shared?.byline)
        let resolver = URLResolver(base: "https://example.com/")
        #expect(FindCaptions.run(document: document, resolver: resolver, survey: survey).map(\.caption.text) == ["The quay."])
        let dates = FindDates.run(document: document, metadata: metadata, pageURL: nil, survey: survey)
        #expect(dates.published?.hasPrefix("2021-03-04") == true)
    }

    @Test func aHeadersBottomRowIsNoPageFooter() {
        #expect(!ElementClues.namesLookForeign("art_header_footer_updated"))
        #expect(!ElementClues.namesLookForeign("article-header__footer"))
        #expect(ElementClues.namesLookForeign("site-footer"))
    }
}
