import MorgueModel
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
/// 2015"), after a date label, or near the headline (in a short line, or
/// opening the first paragraph); last, a date printed
/// in a short run of text anywhere outside navigation, comments and
/// footers. A date in the URL path beats a structured date of another
/// day, unless it is the later one and a `<time>` element or printed date
/// gives the structured day; when the page gives only an update date, that stands in. Modification dates come from `dateModified`,
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
    /// How much of a long run's opening is read for a date that opens it.
    static let maxOpeningDate = 40
    /// Shortest run of text read for a date anywhere on the page ("5.6.2015").
    static let minDateRun = 8

    static func run(document: HTMLDocument, metadata: PageMetadata, pageURL: String?,
                    survey: PageSurvey? = nil) -> PublicationDates {
        let now = Date()
        let elements = DateElements(document: document, survey: survey)

        var seen: [(PageDate, FieldSource)] = elements.publishedTimes.map { ($0, .bylineElement) }
        for url in [pageURL, metadata.canonicalURL].compactMap({ $0 }) {
            if let date = dateInURL(url) { seen.append((date, .url)) }
        }
        seen += elements.printedDates.map { ($0, .bodyText) }
        seen += elements.labelledDates.map { ($0, .bodyText) }
        seen += elements.datesNearHeadline.map { ($0, .bodyText) }

        var published: [(PageDate, FieldSource)] = []
        let printedAnywhere = seen.map(\.0.dayString) + elements.datesInPage.map(\.dayString)
        if let structured = structuredPublished(metadata, evidence: Set(printedAnywhere)) {
            published.append(structured)
        }
        // A date in the URL path is set when the story is first published, unless it is later
        // than a structured date that the page's `<time>` elements or printed dates confirm
        // (a print issue's date in a magazine's path).
        if let (urlDate, _) = seen.first(where: { $0.1 == .url }),
           let structured = published.first, structured.0.dayString != urlDate.dayString {
            let shown = seen.contains { $0.1 != .url && $0.0.dayString == structured.0.dayString }
            if urlDate.dayString < structured.0.dayString || !shown {
                published.insert((urlDate, .url), at: 0)
            }
        }
        published += seen
        // A page that prints only when it was updated was published no later.
        published += elements.modifiedTimes.map { ($0, .bylineElement) }
        published += elements.labelledModifiedDates.map { ($0, .bodyText) }
        // "08.11.2021 | Online-Fachtag …": a title that opens or closes with its date.
        for title in [metadata.title, metadata.documentTitle].compactMap({ $0 }) {
            if let date = dateAtTitleEdge(title) { published.append((date, .meta)) }
        }
        published += elements.datesInPage.map { ($0, .bodyText) }

        var modified: [(PageDate, FieldSource)] = []
        if let value = metadata.modified, let date = DateNormalization.parse(value) {
            modified.append((date, metadata.sources[.modified] ?? .meta))
        }
        modified += elements.modifiedTimes.map { ($0, .bylineElement) }
        modified += elements.labelledModifiedDates.map { ($0, .bodyText) }

        // The same instants as other structured sources write them, in the publisher's own offset.
        // (A `<time>` element's local form alone does not outweigh a UTC time the structured sources agree on.)
        let publishedForms = metadata.publishedAlternatives.compactMap { sourced in
            DateNormalization.parse(sourced.value).map { ($0, sourced.source) }
        }
        let modifiedForms = metadata.modifiedAlternatives.compactMap { sourced in
            DateNormalization.parse(sourced.value).map { ($0, sourced.source) }
        }

        let printedDays = Set(seen.filter { $0.1 != .url }.map(\.0.dayString))
        var result = PublicationDates()
        if let chosen = choose(published, now: now) {
            let (date, source) = localForm(of: chosen, among: publishedForms, printedDays: printedDays)
            result.published = date.iso
            result.publishedSource = source
        }
        if let chosen = choose(modified, now: now) {
            let (date, source) = localForm(of: chosen, among: modifiedForms, printedDays: printedDays)
            result.modified = date.iso
            result.modifiedSource = source
        }
        return result
    }

    /// A time given in UTC ("2024-03-11T10:00:00Z") as another source writes the same instant with
    /// the publisher's non-zero offset ("2024-03-11T06:00:00-04:00"); else the time as chosen. A local
    /// form on another calendar day is taken only when the page prints that day (a page that prints
    /// "6 May 2022 - 2:00 a.m." dates its story by UTC).
    static func localForm(of chosen: (PageDate, FieldSource), among forms: [(PageDate, FieldSource)],
                          printedDays: Set<String>) -> (PageDate, FieldSource) {
        guard chosen.0.zone == "Z", let instant = secondsSinceEpoch(chosen.0) else { return chosen }
        return forms.first { form, _ in
            form.zone != nil && form.zone != "Z" && secondsSinceEpoch(form) == instant
                && (form.dayString == chosen.0.dayString || printedDays.contains(form.dayString))
        } ?? chosen
    }

    /// The instant of a date with a time and a zone, in seconds since 1970 UTC; nil without either.
    static func secondsSinceEpoch(_ date: PageDate) -> Int? {
        guard let time = date.time, let zone = date.zone else { return nil }
        var offset = 0
        if zone != "Z" {
            let parts = zone.dropFirst().split(separator: ":")
            guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return nil }
            offset = (hours * 60 + minutes) * 60 * (zone.hasPrefix("-") ? -1 : 1)
        }
        // Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm).
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146097 + dayOfEra - 719468
        return days * 86400 + time.hour * 3600 + time.minute * 60 + time.second - offset
    }

    /// The structured publication time: the most trusted one, unless the
    /// structured sources disagree on the day and the meta tags name the
    /// day that the page prints (anywhere), its URL or its `<time>` elements give.
    static func structuredPublished(_ metadata: PageMetadata, evidence: Set<String>) -> (PageDate, FieldSource)? {
        let candidates = metadata.publishedAlternatives.compactMap { sourced in
            DateNormalization.parse(sourced.value).map { ($0, sourced.source) }
        }
        guard let first = candidates.first else { return nil }
        if evidence.contains(first.0.dayString) { return first }
        // Microdata is the least kept: it may name a later edition's day.
        return candidates.first { $0.1 != .microdata && evidence.contains($0.0.dayString) } ?? first
    }

    /// The first plausible candidate: not in the future, and not before
    /// 1990 unless another candidate names the same day.
    static func choose(_ candidates: [(PageDate, FieldSource)], now: Date) -> (PageDate, FieldSource)? {
        // The latest day allowed is worked out once (a calendar is costly to make).
        guard !candidates.isEmpty else { return nil }
        let latest = DateNormalization.latestDay(now: now)
        return candidates.first { date, _ in
            guard DateNormalization.isNotInFuture(date, latest: latest) else { return false }
            if date.year >= DateNormalization.earliestTrustedYear { return true }
            return candidates.filter { $0.0.dayString == date.dayString }.count >= 2
        }
    }

    /// A date that fills the first or last part of a title, between
    /// separators ("08.11.2021 | Fachtag", "Wahlergebnis - 5. Juni 2015").
    static func dateAtTitleEdge(_ title: String) -> PageDate? {
        // A printed date needs a few digits, and the title's parts have only the title's.
        let least = DateNormalization.digitsForPrintedDate
        guard ByteSearch.digitCount(DateNormalization.westernDigits(title), upTo: least) >= least else { return nil }
        let parts = FindHeadline.titleParts(title)
        guard parts.count >= 2 else { return nil }
        for part in [parts[0], parts[parts.count - 1]] where part.count <= maxDateTextLength / 3 {
            if let date = DateNormalization.firstDate(inText: part) { return date }
        }
        return nil
    }

    /// "https://example.com/2015/09/17/story" → 2015-09-17.
    static func dateInURL(_ url: String) -> PageDate? {
        guard let m = DateHints.urlDate.firstMatch(in: url) else { return nil }
        return DateNormalization.make(year: m[1], month: m[2], day: m[3])
    }
}
