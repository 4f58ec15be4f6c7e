import Foundation
import MorgueDOM

/// Finds the story's headline.
///
/// Keeps: the text of an `<h1>`, an `itemprop=headline` element or a
/// headline-classed heading when its words agree with the structured
/// title or the `<title>`; else a heading that is exactly one part of the
/// title ("Story - Site"); else the structured title (`og:title`, JSON-LD
/// `headline`); else the `<title>` — unless it is a CMS's default ("Home",
/// "Blog"), which a substantial headline element beats.
/// Drops: the site name around a title or a heading ("Story | Site", "Site: Story",
/// "Story - Site" when "Site" is the site's name or host; "Site|Story"
/// unspaced), while keeping
/// headlines that contain a dash of their own; a declared title past the
/// longest headline (cut at a word); kickers and visually
/// hidden text inside the headline element; headings in navigation,
/// teasers, comments and footers, and a heading that is the site's name.
enum FindHeadline {
    /// Share of a heading's words that must appear in a reference title.
    static let minPrecision = 0.8
    /// Share of the reference title's words the heading must cover.
    static let minCoverage = 0.6
    /// Longest text taken as a headline.
    static let maxLength = 400
    /// A trailing title part of at most this many words, after a dash, is
    /// taken for a site name when nothing else names the site…
    static let maxSiteNameWords = 3
    /// …and the part before it has at least this many words.
    static let minHeadlineWords = 4

    static func run(document: HTMLDocument, metadata: PageMetadata, survey: PageSurvey? = nil) -> String? {
        let hosts = hostWords(metadata)
        let siteName = metadata.siteName.map(TextComparison.fold)
        let titles = [metadata.title, metadata.documentTitle].compactMap { $0 }
            .filter { !TextNormalization.collapse($0).isEmpty }
        // Each title without the site's name, made once (step 3 reads it again).
        let strippedTitles = titles.map { stripSiteName($0, siteName: metadata.siteName, hosts: hosts) }
        let references = zip(titles, strippedTitles).flatMap { [$0, $1] }
        // A heading that is the site's name (its words, whatever dashes it prints) is no headline.
        let siteWords = siteName.map(TextComparison.words)
        func namesSite(_ folded: String) -> Bool {
            guard folded != siteName, let siteWords else { return folded == siteName }
            // A text made of the site's words holds its first word's bytes (most texts do not).
            if let first = siteWords.first, !ByteSearch.contains(folded, first) { return false }
            return TextComparison.words(folded) == siteWords
        }
        // Each heading's text is folded once, `foldedHeadings` beside `headings`. Only step 2 reads
        // a heading that is not primary (most are teasers' <h2>s): its text is folded there, and
        // there it is passed over when it names the site; a primary one that names the site is left out here.
        var headings: [Heading] = [], foldedHeadings: [String?] = []
        for heading in headingCandidates(document, survey: survey) {
            var folded: String?
            if heading.isPrimary {
                let text = TextComparison.fold(heading.text)
                guard !namesSite(text) else { continue }
                folded = text
            }
            headings.append(heading)
            foldedHeadings.append(folded)
        }

        // 1. A headline element whose words agree with a title.
        var best: (text: String, coverage: Double)?
        // Folded once, and only when some heading is there to compare (a title the site's name is not
        // stripped from is folded once for both).
        var foldedReferences: [String: Folded] = [:]
        let folded: [Folded] = headings.contains(where: \.isPrimary) ? references.map { reference in
            if let known = foldedReferences[reference] { return known }
            let made = Folded(reference)
            foldedReferences[reference] = made
            return made
        } : []
        for (heading, foldedText) in zip(headings, foldedHeadings) where heading.isPrimary {
            guard let foldedText else { continue }
            let foldedHeading = Folded(folded: foldedText)
            for reference in folded {
                guard let coverage = agreement(foldedHeading, reference) else { continue }
                if let current = best {
                    let better = coverage > current.coverage + 0.001
                        || (abs(coverage - current.coverage) <= 0.001 && heading.text.count > current.text.count)
                    if !better { continue }
                }
                best = (heading.text, coverage)
            }
        }
        // A heading may print the whole document title, site name and all (a screen reader's hidden <h1>).
        if let best { return stripNamedSite(best.text, siteName: metadata.siteName, hosts: hosts) }

        // A headline element that ends with a whole title, after a kicker its markup does not name
        // ("<h1><span>Medienmitteilung der Direktion:</span> Impfen und Boostern ist …</h1>").
        if let ending = headlineEndingInTitle(headings: headings, foldedHeadings: foldedHeadings, folded: folded,
                                              references: references) {
            return ending
        }

        // 2. Any heading that is exactly one part of a title ("Story - Site Name"); the longest, the
        //    first of those as long.
        let parts = Set(titles.flatMap(titleParts).map(TextComparison.fold))
        var exact: Heading?
        for (heading, known) in zip(headings, foldedHeadings) {
            let foldedText = known ?? TextComparison.fold(heading.text)
            if known == nil, namesSite(foldedText) { continue }
            guard parts.contains(foldedText), isSubstantial(heading.text, folded: foldedText) else { continue }
            if exact.map({ heading.text.count > $0.text.count }) ?? true { exact = heading }
        }
        if let exact { return exact.text }

        // 3. The structured title, then the <title>, without the site name; one past the longest
        //    headline is cut there, at a word (a hostile page's megabyte of title is no headline).
        let fitting = titles.firstIndex(where: { $0.count <= maxLength })
        if let title = fitting.map({ titles[$0] }) ?? titles.first.map(cutToLength) {
            let stripped = fitting.map { strippedTitles[$0] } ?? stripSiteName(title, siteName: metadata.siteName, hosts: hosts)
            // A CMS's default title ("Home", "Blog"), or a print template's ("Site - Print This Article"),
            // gives way to the page's first substantial headline element.
            let parts = titleParts(stripped).map(TextComparison.fold)
            if HeadlineHints.genericTitles.contains(parts.first ?? TextComparison.fold(stripped))
                || parts.contains(where: HeadlineHints.printTitles.contains),
               let heading = headings.first(where: { $0.isPrimary && isSubstantial($0.text) }) {
                return heading.text
            }
            return stripped
        }
        return headings.first(where: \.isPrimary)?.text
    }

    /// Fewest words of a title found at the end of a longer headline element.
    static let minTitleWordsInHeading = 4

    /// The longest title (as the title prints it) that a primary heading ends with, after words of its own.
    /// `foldedHeadings` holds each heading's folded text.
    static func headlineEndingInTitle(headings: [Heading], foldedHeadings: [String?], folded: [Folded],
                                      references: [String]) -> String? {
        var best: String?
        for (heading, foldedHeading) in zip(headings, foldedHeadings) where heading.isPrimary {
            guard let foldedHeading else { continue }
            for (reference, raw) in zip(folded, references)
            where reference.words.count >= minTitleWordsInHeading && foldedHeading.count > reference.text.count
                && endsWithWords(foldedHeading, reference.text) && raw.count > (best?.count ?? 0) {
                best = TextNormalization.collapse(raw)
            }
        }
        return best
    }

    /// Whether `text` ends with `ending`, starting at a word ("…direktion :impfen und …" ends with "impfen und …").
    static func endsWithWords(_ text: String, _ ending: String) -> Bool {
        guard text.hasSuffix(ending) else { return false }
        let before = text.dropLast(ending.count).last
        return before.map { !($0.isLetter || $0.isNumber) } ?? false
    }

    /// The first `maxLength` characters of `title`, ending at a word, and "…".
    static func cutToLength(_ title: String) -> String {
        let collapsed = TextNormalization.collapse(title)
        guard collapsed.count > maxLength else { return collapsed }
        let head = collapsed.prefix(maxLength)
        let atWord = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return String(atWord) + "…"
    }

    // MARK: Headings

    struct Heading {
        var text: String
        /// An `<h1>`, `itemprop=headline` or headline-classed element (not
        /// merely an `<h2>`/`<h3>`).
        var isPrimary: Bool
    }

    /// Headings outside navigation and teasers, in document order.
    static func headingCandidates(_ document: HTMLDocument, survey: PageSurvey? = nil) -> [Heading] {
        let survey = survey ?? PageSurvey(document: document)
        var result: [Heading] = []
        // Where each text stands in `result`: a page may print thousands of headings.
        var indexByText: [String: Int] = [:]
        indexByText.reserveCapacity(32)
        survey.walk { index in
            let entry = survey.entries[index]
            guard entry.facts.contains(.element), entry.tag != .script, entry.tag != .style,
                  !entry.facts.contains(.foreign) else { return false }
            let isH1 = entry.tag == .h1
            let isItemprop = entry.facts.contains(.itempropHeadline)
            let isMinor = entry.tag == .h2 || entry.tag == .h3
            let isClassed = entry.hints.contains(.headlineClass) && (isMinor || !containsHeading(survey.nodes[index]))
            guard isH1 || isItemprop || isMinor || isClassed, entry.tag != .meta else { return true }
            let text = headingText(survey.nodes[index])
            if !text.isEmpty, text.count <= maxLength {
                let primary = isH1 || isItemprop || isClassed
                if let i = indexByText[text] {
                    result[i].isPrimary = result[i].isPrimary || primary
                } else {
                    indexByText[text] = result.count
                    result.append(Heading(text: text, isPrimary: primary))
                }
            }
            return false
        }
        return result
    }

    /// A heading's text without kicker-classed or hidden parts, without an
    /// icon's `<svg>` ("<svg><title>Plus</title></svg>Land legt …") and without
    /// a leading `<small>` kicker ("<small>Tunesien</small><br>Große …").
    static func headingText(_ node: Node) -> String {
        var buffer: [UInt8] = []
        func append(_ node: Node) {
            for child in node.children {
                if child.isText { child.appendText(to: &buffer); continue }
                guard child.isElement, !ElementClues.isInvisible(child), !child.isElement("svg") else { continue }
                if HeadlineHints.kickerClass.matches(ElementClues.classAndID(child)) || child.hasAttribute("hidden") {
                    // What stood there kept the words on either side apart.
                    buffer.append(0x20)
                    continue
                }
                if child.isElement("small"), TextNormalization.collapse(String(decoding: buffer, as: UTF8.self)).isEmpty {
                    continue
                }
                if child.isElement("br") { buffer.append(0x20); continue }
                append(child)
            }
        }
        append(node)
        var core = TextNormalization.collapse(String(decoding: buffer, as: UTF8.self))
        // Trim separators and spaces left at the ends; most headings have none, which the ends' characters tell.
        if let first = core.unicodeScalars.first, let last = core.unicodeScalars.last,
           headingEdgeSeparators.contains(first) || headingEdgeSeparators.contains(last) {
            core = core.trimmingCharacters(in: headingEdgeSeparators)
        }
        return core.isEmpty ? TextNormalization.collapse(node.textContent) : core
    }

    /// What is trimmed from a heading's ends: colons, bars, dashes and spaces.
    private static let headingEdgeSeparators = CharacterSet(charactersIn: ":|–—").union(.whitespaces)

    static func containsHeading(_ node: Node) -> Bool {
        var found = false
        node.walk { child in
            if found { return false }
            if child.isElement("h1") || child.isElement("h2") || child.isElement("h3") { found = true }
            return !found
        }
        return found
    }

    /// The parts of a title between its separators, colons included
    /// ("Site: Story") and not ("Kicker: Story | Site").
    static func titleParts(_ title: String) -> [String] {
        let strong = split(title, by: HeadlineHints.strongSeparators + HeadlineHints.dashSeparators)
        let fine = strong.flatMap { split($0, by: [": ", " : "]) }
        var seen = Set<String>()
        return (fine + strong).filter { seen.insert($0).inserted }
    }

    private static func split(_ title: String, by separators: [String]) -> [String] {
        var parts = [FoundationSearch.Haystack(TextNormalization.collapse(title))]
        for separator in separators {
            parts = parts.flatMap { part in
                part.mayFind(separator) ? part.text.components(separatedBy: separator).map(FoundationSearch.Haystack.init) : [part]
            }
        }
        return parts.map { TextNormalization.collapse($0.text) }.filter { !$0.isEmpty }
    }

    /// Two words or more, or six characters of an unspaced script.
    static func isSubstantial(_ text: String) -> Bool {
        isSubstantial(text, folded: TextComparison.fold(text))
    }

    /// `isSubstantial(text)`, `folded` being `TextComparison.fold(text)`.
    static func isSubstantial(_ text: String, folded: String) -> Bool {
        TextComparison.words(folded).count >= 2 || text.count >= 6
    }

    // MARK: Agreement

    /// How much of `reference` the heading covers, when the heading's
    /// words are (nearly) all in the reference; nil when they disagree.
    static func agreement(_ heading: String, _ reference: String) -> Double? {
        agreement(Folded(heading), Folded(reference))
    }

    /// A text folded for comparison, with its words: made once per heading and per title.
    struct Folded {
        let text: String
        let words: [String]
        let wordSet: Set<String>

        init(_ raw: String) {
            self.init(folded: TextComparison.fold(raw))
        }

        /// A text already folded by `TextComparison.fold`.
        init(folded: String) {
            text = folded
            words = TextComparison.words(folded)
            wordSet = Set(words)
        }
    }

    static func agreement(_ heading: Folded, _ reference: Folded) -> Double? {
        let h = heading.text, r = reference.text
        if h == r { return 1 }
        let hw = heading.words, rw = reference.words
        if hw.count <= 1 || rw.count <= 1 {
            // Unspaced scripts and one-word titles: compare as strings.
            guard !h.isEmpty, r.contains(h) else { return nil }
            let coverage = Double(h.count) / Double(max(r.count, 1))
            return coverage >= minCoverage ? coverage : nil
        }
        let referenceSet = reference.wordSet
        let shared = hw.filter(referenceSet.contains).count
        let precision = Double(shared) / Double(hw.count)
        let coverage = Double(heading.wordSet.intersection(referenceSet).count) / Double(referenceSet.count)
        // Below an exact match, however many of the reference's words the heading covers.
        return precision >= minPrecision && coverage >= minCoverage ? min(coverage, inexactCeiling) : nil
    }

    /// The best agreement a heading that is not exactly the reference can reach.
    static let inexactCeiling = 0.99

    // MARK: Site names

    /// The title without the site's name before or after it.
    static func stripSiteName(_ title: String, siteName: String?, hosts: Set<String>) -> String {
        let title = stripNamedSite(title, siteName: siteName, hosts: hosts)
        let haystack = FoundationSearch.Haystack(title)
        // Nothing names the site: a short trailing part after a strong
        // separator, or after a dash behind a long headline, is the site's.
        for separator in HeadlineHints.strongSeparators + HeadlineHints.dashSeparators where haystack.mayFind(separator) {
            guard let range = PlainTextSearch.range(of: separator, in: title, backwards: true) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            let isDash = HeadlineHints.dashSeparators.contains(separator)
            let tailWords = TextComparison.words(TextComparison.fold(tail)).count, headWords = TextComparison.words(TextComparison.fold(head)).count
            if isDash, tailWords <= maxSiteNameWords, headWords >= minHeadlineWords { return head }
            if !isDash, tailWords <= maxSiteNameWords + 1, headWords >= maxSiteNameWords { return head }
        }
        return title
    }

    /// The title without a part that is the site's name or host, before or
    /// after a separator ("Story | Site", "Site: Story", and unspaced
    /// "Site|Story" as titles in unspaced scripts print it); other parts stay.
    static func stripNamedSite(_ title: String, siteName: String?, hosts: Set<String>) -> String {
        stripNamedSite(title, foldedSiteName: siteName.map(TextComparison.fold), hosts: hosts)
    }

    /// `stripNamedSite(_:siteName:hosts:)`, the site's name folded once for every part it is compared with.
    private static func stripNamedSite(_ title: String, foldedSiteName siteName: String?, hosts: Set<String>) -> String {
        // A separator left dangling at either end ("Story -") goes first.
        let title = trimmingDanglingSeparators(TextNormalization.collapse(title))
        let haystack = FoundationSearch.Haystack(title)
        for separator in HeadlineHints.strongSeparators + HeadlineHints.dashSeparators + [": ", " : "]
            + HeadlineHints.unspacedSeparators
        where haystack.mayFind(separator) {
            if let range = PlainTextSearch.range(of: separator, in: title, backwards: true), separator != ": " {
                let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
                if !head.isEmpty, isSiteName(tail, foldedSiteName: siteName, hosts: hosts) {
                    return stripNamedSite(head, foldedSiteName: siteName, hosts: hosts)
                }
            }
            if let first = PlainTextSearch.range(of: separator, in: title) {
                let lead = String(title[..<first.lowerBound]), rest = String(title[first.upperBound...])
                if !rest.isEmpty, isSiteName(lead, foldedSiteName: siteName, hosts: hosts) {
                    return stripNamedSite(rest, foldedSiteName: siteName, hosts: hosts)
                }
            }
        }
        return title
    }

    /// Separators (and spaces) that a title may be left with at either end.
    private static let danglingSeparators: Set<Unicode.Scalar> = Set("-|–—·•:/ ".unicodeScalars)

    /// The title without separators left at either end ("Story -" → "Story").
    static func trimmingDanglingSeparators(_ title: String) -> String {
        guard let first = title.unicodeScalars.first, let last = title.unicodeScalars.last,
              danglingSeparators.contains(first) || danglingSeparators.contains(last) else { return title }
        return title.trimmingCharacters(in: CharacterSet(charactersIn: "-|–—·•:/ "))
    }

    /// True when `part` is the site's name or its host's name.
    static func isSiteName(_ part: String, siteName: String?, hosts: Set<String>) -> Bool {
        isSiteName(part, foldedSiteName: siteName.map(TextComparison.fold), hosts: hosts)
    }

    /// `isSiteName(_:siteName:hosts:)`, given the site's name folded.
    private static func isSiteName(_ part: String, foldedSiteName s: String?, hosts: Set<String>) -> Bool {
        let p = TextComparison.fold(part)
        guard !p.isEmpty else { return false }
        if let s {
            if p == s { return true }
            let shorter = min(p.count, s.count), longer = max(p.count, s.count)
            if shorter >= 3, PlainTextSearch.contains(s, in: p) || PlainTextSearch.contains(p, in: s),
               Double(shorter) / Double(longer) >= 0.5 { return true }
        }
        let compact = lettersAndDigits(p)
        return compact.count >= 3 && hosts.contains(where: { $0 == compact || ($0.count >= 4 && compact.hasPrefix($0)) })
    }

    /// The letters and digits of `text` (`Character.isLetter`, `isNumber`); an ASCII text's are read
    /// as bytes (there each byte is a character, or half of a "\r\n", which is neither).
    static func lettersAndDigits(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.filter(ASCIIText.isLetterOrDigit), as: UTF8.self)
        }
        return text.filter { $0.isLetter || $0.isNumber }
    }

    /// The distinctive words of the page's host: "www.breitbart.com" → "breitbart".
    static func hostWords(_ metadata: PageMetadata) -> Set<String> {
        var result = Set<String>()
        for url in [metadata.canonicalURL, metadata.baseURL].compactMap({ $0 }) {
            guard let host = URL(string: url)?.host?.lowercased() else { continue }
            let labels = host.split(separator: ".").map(String.init)
            for label in labels.dropLast() where !["www", "m", "amp", "blog", "blogs", "news", "fakehost"].contains(label) {
                result.insert(lettersAndDigits(label))
            }
        }
        return result
    }
}
