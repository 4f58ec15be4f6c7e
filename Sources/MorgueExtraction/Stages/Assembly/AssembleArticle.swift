import Foundation
import MorgueModel

/// Puts the findings of every stage together into an `Article`: renders the
/// body as text and Markdown, counts words, decides whether the page is a
/// story, and computes the story's content hash.
///
/// Keeps: every field a stage found, as found.
/// Drops: empty strings (absent values are nil).
enum AssembleArticle {
    struct Parts {
        var input: PageInput
        var metadata: PageMetadata
        var headline: String?
        var byline: Byline?
        var bylineSource: FieldSource?
        var dateline: Dateline?
        var dates: PublicationDates
        var captions: [Caption]
        var corrections: [String]
        var blocks: [Block]
        /// The agency a source line credits the story to ("Źródło: PAP").
        var sourceAgency: String?
        /// What the page says of a wall in front of the story.
        var walls = AssessArticle.WallEvidence()
        /// Teasers linking elsewhere that were dropped from the story's blocks.
        var droppedLinkTeasers = 0
        /// The story's containers are made of teasers (`AssessArticle.isTeaserList`).
        var teaserList = false
    }

    /// True when a dateline's agency is the site itself: a station's call
    /// sign in its own staff story ("CALDER FALLS, Tenn. (WKVX) -" on
    /// wkvx.com, site "WKVX 8"). The site's own name is no organization.
    static func isOwnSite(_ agency: String, _ metadata: PageMetadata) -> Bool {
        let folded = TextComparison.fold(agency)
        let letters = folded.filter { $0.isLetter || $0.isNumber }
        if FindHeadline.hostWords(metadata).contains(letters) { return true }
        guard let site = metadata.siteName else { return false }
        return TextComparison.fold(site) == folded || TextComparison.words(TextComparison.fold(site)).contains(folded)
    }

    /// The authors without the site's own name printed among them as an affiliation ("Dana
    /// Whitcomb, Ridgeline Ledger, and Luis Ferrer, …" on ridgelineledger.org). A lone author who
    /// shares the site's name (a personal site) stays.
    static func people(_ authors: [String], _ metadata: PageMetadata) -> [String] {
        guard authors.count >= 2 else { return authors }
        let people = authors.filter { !isOwnSite($0, metadata) }
        return people.isEmpty ? authors : people
    }

    static func run(_ parts: Parts) -> Article {
        let text = BodyRendering.plainText(parts.blocks)
        let markdown = BodyRendering.markdown(parts.blocks)
        let words = CountWords.run(text)
        let verdict = AssessArticle.run(
            parts.blocks, wordCount: words, declaredArticle: parts.metadata.declaresArticle == true,
            declaredProduct: parts.metadata.declaresProduct, walls: parts.walls, droppedLinkTeasers: parts.droppedLinkTeasers,
            teaserList: parts.teaserList)
        let title = nonEmpty(parts.headline)
        var organization = parts.byline?.organization
        // A newsroom credited by itself ("Redaktion") names no organization: the dateline's agency, else the site.
        if let credited = organization, BylineVocabulary.isNewsroom(credited) {
            let site = nonEmpty(parts.metadata.siteName).flatMap { JSONLDReader.looksLikeURL($0) ? nil : $0 }
            organization = parts.dateline?.agency == nil ? site : nil
        }
        if organization == nil, let agency = parts.dateline?.agency ?? parts.sourceAgency, !isOwnSite(agency, parts.metadata) {
            organization = DatelineParsing.organization(forAgency: agency)
        }
        // A story a portal carries is its original publisher's.
        if organization == nil { organization = parts.metadata.syndicatedFrom }
        return Article(
            title: title,
            siteName: nonEmpty(parts.metadata.siteName) ?? title.flatMap { siteNameBeside($0, in: parts.metadata.documentTitle) }
                ?? siteNameBesidePrintLabel(parts.metadata.documentTitle),
            section: nonEmpty(parts.metadata.section),
            url: nonEmpty(parts.input.url),
            canonicalURL: nonEmpty(parts.metadata.canonicalURL),
            language: nonEmpty(parts.metadata.language),
            published: nonEmpty(parts.dates.published ?? parts.metadata.published),
            modified: nonEmpty(parts.dates.modified ?? parts.metadata.modified),
            byline: nonEmpty(parts.byline?.text),
            authors: people(parts.byline?.authors ?? [], parts.metadata),
            organization: nonEmpty(organization),
            dateline: parts.dateline,
            captions: parts.captions,
            corrections: parts.corrections,
            text: nonEmpty(text),
            markdown: nonEmpty(markdown),
            wordCount: words,
            isArticle: verdict.isArticle,
            notes: verdict.notes,
            fieldSources: sources(parts, title: title),
            contentHash: Digest.sha256Hex((title ?? "") + "\n" + text),
            extractorVersion: Extractor.version,
            body: parts.blocks)
    }

    /// Where each filled field came from.
    static func sources(_ parts: Parts, title: String?) -> FieldSources {
        let metadata = parts.metadata
        var sources = FieldSources()
        if let title {
            if title == metadata.title { sources.title = metadata.sources[.title] }
            else if let documentTitle = metadata.documentTitle, titleElement(documentTitle, holds: title) {
                sources.title = .titleElement
            }
            else { sources.title = .heading }
        }
        if metadata.siteName != nil { sources.siteName = metadata.sources[.siteName] }
        else if let title, siteNameBeside(title, in: metadata.documentTitle) != nil { sources.siteName = .titleElement }
        else if siteNameBesidePrintLabel(metadata.documentTitle) != nil { sources.siteName = .titleElement }
        if metadata.section != nil { sources.section = metadata.sources[.section] }
        if metadata.canonicalURL != nil { sources.canonicalURL = metadata.sources[.canonicalURL] }
        if metadata.language != nil { sources.language = metadata.sources[.language] }
        sources.published = parts.dates.published != nil ? parts.dates.publishedSource
            : (metadata.published != nil ? metadata.sources[.published] : nil)
        sources.modified = parts.dates.modified != nil ? parts.dates.modifiedSource
            : (metadata.modified != nil ? metadata.sources[.modified] : nil)
        if parts.byline != nil { sources.byline = parts.bylineSource }
        if parts.dateline != nil { sources.dateline = .bodyText }
        return sources
    }

    /// Longest `<title>` searched with Foundation, which on a hostile page's
    /// megabyte title takes seconds; a longer one is searched on its bytes only.
    static let maxFoundationSearch = 2_000

    /// Whether the headline is (part of) the `<title>`: found on the bytes,
    /// else by Foundation's comparison (canonically equal characters).
    static func titleElement(_ documentTitle: String, holds title: String) -> Bool {
        if ByteSearch.contains(documentTitle, title) { return true }
        return documentTitle.utf8.count <= maxFoundationSearch && FoundationSearch.mayFind(title, in: documentTitle)
            && documentTitle.contains(title)
    }

    /// The site's name as the `<title>` prints it beside the headline, when
    /// the page names its site nowhere else: "Harrow Creek Dispatch: Well
    /// ban extended", "Well ban extended | Harrow Creek Dispatch". The other
    /// part must stand apart by a separator and be a short name.
    static func siteNameBeside(_ headline: String, in documentTitle: String?) -> String? {
        guard let documentTitle, documentTitle.utf8.count <= maxFoundationSearch, documentTitle != headline else { return nil }
        let headlineFirst = documentTitle.hasPrefix(headline)
        guard headlineFirst || documentTitle.hasSuffix(headline) else { return nil }
        let rest = TextNormalization.collapse(String(headlineFirst ? documentTitle.dropFirst(headline.count)
                                                                   : documentTitle.dropLast(headline.count)))
        // The separator stands next to the headline: first in what follows it, last in what precedes it.
        guard let edge = headlineFirst ? rest.first : rest.last, titleSeparatorMarks.contains(edge) else { return nil }
        let name = rest.trimmingCharacters(in: CharacterSet(charactersIn: String(titleSeparatorMarks)).union(.whitespaces))
        // One part only: "Section | Site" leaves no telling which is the site. Nor is a byline
        // ("By linksc"), a question or a page type ("News", "Blog") a site's name.
        guard !name.isEmpty, BoilerplatePhrases.hasAtMostWords(name, maxSiteNameWords),
              !name.split(separator: " ").contains(where: { $0.allSatisfy(titleSeparatorMarks.contains) }),
              !name.lowercased().hasPrefix("by "), name.last != "?",
              !HeadlineHints.genericTitles.contains(name.lowercased()) else { return nil }
        return name
    }

    /// The site's name in a print template's `<title>`, beside its label ("The Riverton Courier -
    /// Print This Article" → "The Riverton Courier").
    static func siteNameBesidePrintLabel(_ documentTitle: String?) -> String? {
        guard let documentTitle, documentTitle.utf8.count <= maxFoundationSearch else { return nil }
        let parts = FindHeadline.titleParts(documentTitle)
        guard parts.count == 2 else { return nil }
        let labels = parts.map { HeadlineHints.printTitles.contains(TextComparison.fold($0)) }
        guard labels[0] != labels[1], let name = labels[0] ? parts.last : parts.first,
              BoilerplatePhrases.hasAtMostWords(name, maxSiteNameWords) else { return nil }
        return name
    }

    /// The marks between a headline and a site's name in a `<title>`: those of the separators
    /// headlines are cut at, and the colon a blog's name is printed with ("Blog: Post").
    static let titleSeparatorMarks = Set((HeadlineHints.strongSeparators + HeadlineHints.dashSeparators).joined()
        .filter { $0 != " " } + [":"])
    /// Longest site name taken from a `<title>`, in words.
    static let maxSiteNameWords = 5

    static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}
