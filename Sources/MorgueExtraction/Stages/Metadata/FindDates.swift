import Foundation
import MorgueDOM

/// When the story was published and last modified, as ISO 8601, and where
/// each date was read.
struct PublicationDates: Sendable, Equatable {
    var published: String?
    var publishedSource: FieldSource?
    var modified: String?
    var modifiedSource: FieldSource?
}

/// Finds the publication and modification dates.
///
/// Keeps, strongest first: the structured dates of `PageMetadata` (JSON-LD
/// `datePublished`, `article:published_time`, Dublin Core and analytics
/// meta tags, `itemprop=datePublished`); a `<time>` element marked as the
/// publication time (`pubdate`, a published/date class, near the
/// headline); a date in the URL path (`/2015/09/17/`); a printed date in
/// an element classed as a date or byline ("Published on September 17,
/// 2015"). Modification dates come from `dateModified`,
/// `article:modified_time` and `<time>` elements classed as updated.
/// Drops: dates more than a day in the future, and dates before 1990
/// unless a second source gives the same day; dates in comments, teasers
/// of other stories and footers.
enum FindDates {
    /// Longest text of a date element read for a printed date.
    static let maxDateTextLength = 120
    /// How many characters of text after the headline are searched for a
    /// printed date.
    static let headlineWindow = 600
    /// How many characters after a date label the date may start.
    static let maxLabelGap = 40
    /// Longest run of text after the headline read for a date (longer
    /// runs are story text, whose dates are events, not publication).
    static let maxNearHeadlineRun = 100

    static func run(document: HTMLDocument, metadata: PageMetadata, pageURL: String?) -> PublicationDates {
        let now = Date()
        let elements = DateElements(document: document)

        var published: [(PageDate, FieldSource)] = []
        if let value = metadata.published, let date = DateNormalization.parse(value) {
            published.append((date, metadata.sources[.published] ?? .meta))
        }
        published += elements.publishedTimes.map { ($0, .bylineElement) }
        for url in [pageURL, metadata.canonicalURL].compactMap({ $0 }) {
            if let date = dateInURL(url) { published.append((date, .url)) }
        }
        published += elements.printedDates.map { ($0, .bodyText) }
        published += elements.labelledDates.map { ($0, .bodyText) }
        published += elements.datesNearHeadline.map { ($0, .bodyText) }

        var modified: [(PageDate, FieldSource)] = []
        if let value = metadata.modified, let date = DateNormalization.parse(value) {
            modified.append((date, metadata.sources[.modified] ?? .meta))
        }
        modified += elements.modifiedTimes.map { ($0, .bylineElement) }

        var result = PublicationDates()
        if let (date, source) = choose(published, now: now) {
            result.published = date.iso
            result.publishedSource = source
        }
        if let (date, source) = choose(modified, now: now) {
            result.modified = date.iso
            result.modifiedSource = source
        }
        return result
    }

    /// The first plausible candidate: not in the future, and not before
    /// 1990 unless another candidate names the same day.
    static func choose(_ candidates: [(PageDate, FieldSource)], now: Date) -> (PageDate, FieldSource)? {
        candidates.first { date, _ in
            guard DateNormalization.isNotInFuture(date, now: now) else { return false }
            if date.year >= DateNormalization.earliestTrustedYear { return true }
            return candidates.filter { $0.0.dayString == date.dayString }.count >= 2
        }
    }

    /// "https://example.com/2015/09/17/story" → 2015-09-17.
    static func dateInURL(_ url: String) -> PageDate? {
        guard let m = DateHints.urlDate.firstMatch(in: url) else { return nil }
        return DateNormalization.make(year: m[1], month: m[2], day: m[3])
    }
}

/// The dates printed in the page's elements, in document order, outside
/// comments, teasers, navigation and footers.
struct DateElements {
    /// `<time>` elements read as publication times: those marked so
    /// (`pubdate`, `itemprop=datePublished`, a published class) first.
    var publishedTimes: [PageDate] = []
    private var markedTimes = 0
    var modifiedTimes: [PageDate] = []
    var printedDates: [PageDate] = []
    /// Dates printed after a label ("Datum: 28.01.2022").
    var labelledDates: [PageDate] = []
    /// Dates printed in short runs of text just after the first `<h1>`.
    var datesNearHeadline: [PageDate] = []

    init(document: HTMLDocument) {
        guard let body = document.body else { return }
        var headline: Node?
        body.walk { node in
            if node.isText {
                readLabel(node)
                return false
            }
            guard node.isElement, !DateElements.isInvisible(node) else { return false }
            if FindHeadline.isForeign(node) || node.isElement("figure") { return false }
            if headline == nil, DateElements.isHeadline(node) { headline = node }
            let names = DateElements.classAndID(node)
            if node.isElement("time") {
                readTime(node, names: names)
                return false
            }
            if DateHints.publishedClass.matches(names) {
                // A long meta line ("Posted on September 21, 2020 by …, in …") is read from its start.
                let text = String(TextNormalization.collapse(node.textContent).prefix(FindDates.maxDateTextLength))
                if !text.isEmpty, let date = DateNormalization.firstDate(inText: text) {
                    if DateHints.modifiedClass.matches(names) || DateHints.modifiedClass.matches(text.prefix(20).lowercased()) {
                        modifiedTimes.append(date)
                    } else {
                        printedDates.append(date)
                    }
                    return false
                }
            }
            return true
        }
        if let headline { readWindow(after: headline, in: body) }
    }

    /// A date printed after a label: "Datum: 28.01.2022".
    private mutating func readLabel(_ node: Node) {
        let text = TextNormalization.collapse(node.content ?? "")
        guard !text.isEmpty, text.count <= FindDates.maxDateTextLength,
              let label = DateHints.dateLabel.firstMatch(in: text) else { return }
        // "Erschienen am: 01.11.2023": the date follows in the same text.
        let after = String(text[label.range.upperBound...])
        if let date = DateNormalization.firstDate(inText: String(after.prefix(FindDates.maxLabelGap))) {
            labelledDates.append(date)
            return
        }
        guard after.trimmingCharacters(in: .whitespaces).isEmpty, var container = node.parent else { return }
        // "<h5>Datum:</h5> 03.11.2021": the label alone fills its element.
        if ElementText.spaced(container).count <= text.count + 2, let outer = container.parent { container = outer }
        let context = ElementText.spaced(container)
        guard let range = context.range(of: text) else { return }
        let following = context[range.upperBound...].prefix(FindDates.maxLabelGap)
        if let date = DateNormalization.firstDate(inText: String(following)) {
            labelledDates.append(date)
        }
    }

    /// Dates in short runs of text within a few hundred characters after
    /// the headline (teaser and meta lines included: they are the story's).
    private mutating func readWindow(after headline: Node, in body: Node) {
        var started = false
        var left = FindDates.headlineWindow
        body.walk { node in
            if left <= 0 { return false }
            if node == headline {
                started = true
                readHeadlineParts(headline)
                return false
            }
            if node.isElement { return !DateElements.isInvisible(node) && !node.isElement("figure") }
            guard started, node.isText else { return false }
            let text = TextNormalization.collapse(node.content ?? "")
            left -= text.count
            if !text.isEmpty, text.count <= FindDates.maxNearHeadlineRun, let date = DateNormalization.firstDate(inText: text) {
                datesNearHeadline.append(date)
            }
            return false
        }
    }

    /// A date printed inside the headline element, in a child element of
    /// its own ("<h1>Title<br><small>02.02.2022</small></h1>"), not in the
    /// headline's words.
    private mutating func readHeadlineParts(_ headline: Node) {
        for child in headline.elementChildren where !child.isElement("br") {
            let text = TextNormalization.collapse(child.textContent)
            if !text.isEmpty, text.count <= FindDates.maxNearHeadlineRun, let date = DateNormalization.firstDate(inText: text) {
                datesNearHeadline.append(date)
            }
        }
    }

    static func isInvisible(_ node: Node) -> Bool {
        node.isElement("script") || node.isElement("style") || node.isElement("noscript") || node.isElement("template")
    }

    private mutating func readTime(_ node: Node, names: String) {
        let value = node.attribute("datetime") ?? node.attribute("content") ?? node.textContent
        guard let date = DateNormalization.parse(value) ?? DateNormalization.firstDate(inText: node.textContent) else { return }
        let context = names + " " + (node.parent.map(DateElements.classAndID) ?? "")
        let itemprop = node.attribute("itemprop")?.lowercased() ?? ""
        if itemprop.contains("datemodified") || DateHints.modifiedClass.matches(context) {
            modifiedTimes.append(date)
        } else if node.hasAttribute("pubdate") || itemprop.contains("datepublished") || context.contains("publish") {
            // Marked as the publication time: ahead of unmarked <time> elements.
            publishedTimes.insert(date, at: markedTimes)
            markedTimes += 1
        } else {
            publishedTimes.append(date)
        }
    }

    /// An `<h1>`, or a heading classed or marked as the headline.
    static func isHeadline(_ node: Node) -> Bool {
        if node.isElement("h1") { return true }
        if node.attribute("itemprop")?.lowercased().split(separator: " ").contains("headline") ?? false { return true }
        return (node.isElement("h2") || node.isElement("h3")) && FindHeadline.hasHeadlineClass(node)
    }

    static func classAndID(_ node: Node) -> String {
        ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
    }
}
