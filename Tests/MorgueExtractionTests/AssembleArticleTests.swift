import Testing
import MorgueModel
@testable import MorgueExtraction

@Suite("AssembleArticle")
struct AssembleArticleTests {
    func parts(blocks: [Block], byline: Byline? = nil, dateline: Dateline? = nil) -> AssembleArticle.Parts {
        var metadata = PageMetadata()
        metadata.siteName = "The Courier"
        metadata.sources[.siteName] = .meta
        metadata.section = ""
        return AssembleArticle.Parts(
            input: PageInput(bytes: [], url: "https://courier.example/story"), metadata: metadata,
            headline: "Council votes", byline: byline, bylineSource: byline == nil ? nil : .bylineElement,
            dateline: dateline, dates: PublicationDates(), captions: [], corrections: [], blocks: blocks)
    }

    let story: [Block] = (1...6).map { .paragraph([.text("Paragraph \($0) of a story that has enough words to count as one.")]) }

    @Test("text and markdown come from the same blocks; empty strings become nil")
    func rendering() {
        let article = AssembleArticle.run(parts(blocks: story))
        #expect(article.text == BodyRendering.plainText(story))
        #expect(article.markdown == BodyRendering.markdown(story))
        #expect(article.section == nil)
        #expect(article.siteName == "The Courier")
        #expect(article.fieldSources.siteName == .meta)
        #expect(article.url == "https://courier.example/story")
        #expect(article.isArticle)
    }

    @Test("with no site name in the metadata, the <title> names it beside the headline")
    func siteNameFromTheTitle() {
        let headline = "Well ban extended"
        #expect(AssembleArticle.siteNameBeside(headline, in: "Harrow Creek Dispatch: Well ban extended") == "Harrow Creek Dispatch")
        #expect(AssembleArticle.siteNameBeside(headline, in: "Well ban extended | The Dispatch") == "The Dispatch")
        #expect(AssembleArticle.siteNameBeside(headline, in: "Well ban extended | Water | The Dispatch") == nil)
        #expect(AssembleArticle.siteNameBeside(headline, in: "Well ban extended - By linksc") == nil)
        #expect(AssembleArticle.siteNameBeside(headline, in: "Well ban extended - News") == nil)
        #expect(AssembleArticle.siteNameBeside(headline, in: "Well ban extended") == nil)
        #expect(AssembleArticle.siteNameBeside(headline, in: "Well ban extended again") == nil)
        var untitled = parts(blocks: story)
        untitled.metadata.siteName = nil
        untitled.metadata.documentTitle = "Council votes | The Courier"
        let article = AssembleArticle.run(untitled)
        #expect(article.siteName == "The Courier")
        #expect(article.fieldSources.siteName == .titleElement)
    }

    @Test("a dateline naming the site itself (a station's call sign) names no organization")
    func ownSiteInDateline() {
        var own = parts(blocks: story, dateline: Dateline(text: "CALDER FALLS, Tenn. (WKVX) -", location: "CALDER FALLS, Tenn.",
                                                          agency: "WKVX"))
        own.metadata.siteName = "WKVX 8"
        #expect(AssembleArticle.run(own).organization == nil)
        var host = parts(blocks: story, dateline: Dateline(text: "AUSTIN (KXAN) —", location: "AUSTIN", agency: "KXAN"))
        host.metadata.canonicalURL = "https://www.kxan.com/news/voters"
        #expect(AssembleArticle.run(host).organization == nil)
        #expect(AssembleArticle.run(parts(blocks: story, dateline: Dateline(text: "AUSTIN (AP) —", location: "AUSTIN",
                                                                             agency: "AP"))).organization == "Associated Press")
    }

    @Test("a dateline's agency names the organization when the byline names none")
    func agencyFromDateline() {
        let dateline = Dateline(text: "WASHINGTON (AP) —", location: "WASHINGTON", agency: "AP")
        let article = AssembleArticle.run(parts(blocks: story, dateline: dateline))
        #expect(article.organization == "Associated Press")
        #expect(article.fieldSources.dateline == .bodyText)

        let byline = Byline(text: "Jane Doe, Reuters", authors: ["Jane Doe"], organization: "Reuters")
        #expect(AssembleArticle.run(parts(blocks: story, byline: byline, dateline: dateline)).organization == "Reuters")
    }

    @Test("a newsroom credited by itself gives way to the dateline's agency, else to the site")
    func newsroomCredit() {
        let byline = Byline(text: "Redaktion", authors: [], organization: "Redaktion")
        #expect(AssembleArticle.run(parts(blocks: story, byline: byline)).organization == "The Courier")
        let dateline = Dateline(text: "Montpellier (SID) –", location: "Montpellier", agency: "SID")
        #expect(AssembleArticle.run(parts(blocks: story, byline: byline, dateline: dateline)).organization == "SID")
    }

    @Test("the content hash changes with the story and not with anything else")
    func contentHash() {
        let one = AssembleArticle.run(parts(blocks: story))
        var other = parts(blocks: story)
        other.input.url = "https://courier.example/amp/story"
        #expect(AssembleArticle.run(other).contentHash == one.contentHash)
        let changed = AssembleArticle.run(parts(blocks: story + [.paragraph([.text("Update.")])]))
        #expect(changed.contentHash != one.contentHash)
    }

    @Test("a page with too few words is not an article, with a note saying why")
    func tooShort() {
        let article = AssembleArticle.run(parts(blocks: [.paragraph([.text("Subscribe to read.")])]))
        #expect(!article.isArticle)
        #expect(!article.notes.isEmpty)
    }

    @Test("a print template's <title> names the site beside its label")
    func printTemplateSiteName() {
        #expect(AssembleArticle.siteNameBesidePrintLabel("The Riverton Courier - Print This Article") == "The Riverton Courier")
        #expect(AssembleArticle.siteNameBesidePrintLabel("Printer-friendly version | Elm Hollow News") == "Elm Hollow News")
        #expect(AssembleArticle.siteNameBesidePrintLabel("Council votes | The Riverton Courier") == nil)
    }

    @Test("the site's own name among several authors is their affiliation; a lone author keeps the site's name")
    func siteNameAmongAuthors() {
        let affiliated = Byline(text: "Dana Whitcomb, The Courier, and Luis Ferrer", authors: ["Dana Whitcomb", "The Courier", "Luis Ferrer"],
                                organization: nil)
        #expect(AssembleArticle.run(parts(blocks: story, byline: affiliated)).authors == ["Dana Whitcomb", "Luis Ferrer"])
        let alone = Byline(text: "The Courier", authors: ["The Courier"], organization: nil)
        #expect(AssembleArticle.run(parts(blocks: story, byline: alone)).authors == ["The Courier"])
    }
}
