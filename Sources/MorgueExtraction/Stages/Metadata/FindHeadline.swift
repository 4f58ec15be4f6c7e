import Foundation
import MorgueDOM

/// Finds the story's headline.
///
/// Keeps: the text of an `<h1>`, an `itemprop=headline` element or a
/// headline-classed heading when its words agree with the structured
/// title or the `<title>`; else the structured title (`og:title`, JSON-LD
/// `headline`); else the `<title>`.
/// Drops: the site name around a title ("Story | Site", "Site: Story",
/// "Story - Site" when "Site" is the site's name or host), while keeping
/// headlines that contain a dash of their own; headings in navigation,
/// teasers, comments and footers.
enum FindHeadline {
    /// Share of a heading's words that must appear in a reference title.
    static let minPrecision = 0.8
    /// Share of the reference title's words the heading must cover.
    static let minCoverage = 0.6
    /// Longest text taken as a headline.
    static let maxLength = 400

    static func run(document: HTMLDocument, metadata: PageMetadata) -> String? {
        let hosts = hostWords(metadata)
        let references = [metadata.title, metadata.documentTitle].compactMap { $0 }.flatMap { title in
            [title, stripSiteName(title, siteName: metadata.siteName, hosts: hosts)]
        }
        let candidates = headingCandidates(document)
        var best: (text: String, coverage: Double)?
        for candidate in candidates {
            for reference in references {
                guard let coverage = agreement(candidate, reference) else { continue }
                if best == nil || coverage > best!.coverage + 0.001 { best = (candidate, coverage) }
            }
        }
        if let best { return best.text }
        if let title = metadata.title {
            return stripSiteName(title, siteName: metadata.siteName, hosts: hosts)
        }
        if let title = metadata.documentTitle, !title.isEmpty {
            return stripSiteName(title, siteName: metadata.siteName, hosts: hosts)
        }
        return candidates.first
    }

    // MARK: Headings

    /// Texts of `<h1>`, `itemprop=headline` and headline-classed headings
    /// outside navigation and teasers, in document order.
    static func headingCandidates(_ document: HTMLDocument) -> [String] {
        guard let body = document.body else { return [] }
        var result: [String] = []
        body.walk { node in
            guard node.isElement else { return false }
            if isForeign(node) { return false }
            let isHeadline = node.isElement("h1")
                || (node.attribute("itemprop")?.lowercased().split(separator: " ").contains("headline") ?? false)
                || ((node.isElement("h2") || node.isElement("h3") || node.isElement("div") || node.isElement("span"))
                    && hasHeadlineClass(node))
            if isHeadline, !node.isElement("meta") {
                let text = TextNormalization.collapse(node.textContent)
                if !text.isEmpty, text.count <= maxLength, !result.contains(text) { result.append(text) }
                return false
            }
            return true
        }
        return result
    }

    static func hasHeadlineClass(_ node: Node) -> Bool {
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        return HeadlineHints.headlineClass.matches(names)
    }

    static func isForeign(_ node: Node) -> Bool {
        if node.isElement("nav") || node.isElement("footer") || node.isElement("aside") { return true }
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        return !names.trimmingCharacters(in: .whitespaces).isEmpty && HeadlineHints.foreignContainer.matches(names)
    }

    // MARK: Agreement

    /// How much of `reference` the heading covers, when the heading's
    /// words are (nearly) all in the reference; nil when they disagree.
    static func agreement(_ heading: String, _ reference: String) -> Double? {
        let h = fold(heading), r = fold(reference)
        if h == r { return 1 }
        let hw = words(h), rw = words(r)
        if hw.count <= 1 || rw.count <= 1 {
            // Unspaced scripts and one-word titles: compare as strings.
            guard !h.isEmpty, r.contains(h) else { return nil }
            let coverage = Double(h.count) / Double(max(r.count, 1))
            return coverage >= minCoverage ? coverage : nil
        }
        let referenceSet = Set(rw)
        let shared = hw.filter(referenceSet.contains).count
        let precision = Double(shared) / Double(hw.count)
        let coverage = Double(Set(hw).intersection(referenceSet).count) / Double(referenceSet.count)
        return precision >= minPrecision && coverage >= minCoverage ? coverage : nil
    }

    static func fold(_ text: String) -> String {
        TextNormalization.collapse(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    // MARK: Site names

    /// The title without the site's name before or after it.
    static func stripSiteName(_ title: String, siteName: String?, hosts: Set<String>) -> String {
        let title = TextNormalization.collapse(title)
        for separator in HeadlineHints.strongSeparators + HeadlineHints.dashSeparators + [": "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            if separator != ": ", !head.isEmpty, isSiteName(tail, siteName: siteName, hosts: hosts) {
                return stripSiteName(head, siteName: siteName, hosts: hosts)
            }
            if let first = title.range(of: separator) {
                let lead = String(title[..<first.lowerBound]), rest = String(title[first.upperBound...])
                if !rest.isEmpty, isSiteName(lead, siteName: siteName, hosts: hosts) {
                    return stripSiteName(rest, siteName: siteName, hosts: hosts)
                }
            }
        }
        // No site name known: a trailing part after a strong separator is
        // the site's when it is clearly shorter than the headline.
        for separator in HeadlineHints.strongSeparators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            if words(fold(tail)).count <= 4, words(fold(head)).count >= 3 { return head }
        }
        return title
    }

    static func isSiteName(_ part: String, siteName: String?, hosts: Set<String>) -> Bool {
        let p = fold(part)
        guard !p.isEmpty else { return false }
        if let siteName {
            let s = fold(siteName)
            if p == s || (s.count >= 3 && (p.contains(s) || s.contains(p))) { return true }
        }
        let compact = p.filter { $0.isLetter || $0.isNumber }
        return compact.count >= 3 && hosts.contains(where: { $0 == compact || ($0.count >= 4 && compact.hasPrefix($0)) })
    }

    /// The registrable-looking words of the page's host: "www.breitbart.com" → "breitbart".
    static func hostWords(_ metadata: PageMetadata) -> Set<String> {
        var result = Set<String>()
        for url in [metadata.canonicalURL, metadata.baseURL].compactMap({ $0 }) {
            guard let host = URL(string: url)?.host?.lowercased() else { continue }
            let labels = host.split(separator: ".").map(String.init)
            for label in labels.dropLast() where !["www", "m", "amp", "blog", "blogs", "news", "fakehost"].contains(label) {
                result.insert(label.filter { $0.isLetter || $0.isNumber })
            }
        }
        return result
    }
}
