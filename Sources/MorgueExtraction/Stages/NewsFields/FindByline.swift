import Foundation
import MorgueDOM

/// Finds who wrote the story.
///
/// Keeps, strongest first: JSON-LD authors, microdata authors, then
/// `rel=author` links and elements classed as a byline (byline, author,
/// contributor, writer, …) — and the printed byline element whenever its
/// names agree with the structured ones, so the byline reads as printed;
/// author meta tags. An organization as author (or a name from the news
/// organization table) is kept as the organization.
/// Drops: a structured author that is only the site's own name (the
/// printed byline, or a byline line in the body, then names the writer);
/// author URLs; author biographies, avatars and comment authors; byline
/// elements that do not read as names (precision first: no byline beats a
/// wrong one).
enum FindByline {
    /// Longest element text read as a byline.
    static let maxBylineLength = 200

    static func run(document: HTMLDocument, metadata: PageMetadata) -> BylineFinding? {
        let siteName = metadata.siteName.map(FindHeadline.fold)
        let structuredSource = metadata.sources[.authors] ?? .meta
        let structured = metadata.structuredAuthors.filter { name in
            let folded = FindHeadline.fold(name)
            return folded != siteName && !BylineVocabulary.notNameWords.contains(folded)
        }
        var organization = metadata.structuredOrganization
        if organization == nil, structured.count < metadata.structuredAuthors.count,
           let site = metadata.siteName, metadata.structuredAuthors.contains(where: { FindHeadline.fold($0) == siteName }) {
            organization = site
        }

        let printed = printedBylines(document)
        if !structured.isEmpty {
            if let match = printed.first(where: { agrees($0.byline.authors, structured) }) {
                var byline = match.byline
                byline.organization = byline.organization ?? organization
                return BylineFinding(byline: byline, source: structuredSource, node: match.node)
            }
            let text = structured.joined(separator: ", ")
            return BylineFinding(byline: Byline(text: text, authors: structured, organization: organization),
                                 source: structuredSource, node: nil)
        }
        if let first = printed.first(where: { !$0.byline.authors.isEmpty }) {
            var byline = first.byline
            byline.organization = byline.organization ?? organization
            return BylineFinding(byline: byline, source: .bylineElement, node: first.node)
        }
        if let organization {
            return BylineFinding(byline: Byline(text: organization, authors: [], organization: organization),
                                 source: metadata.sources[.organization] ?? structuredSource, node: nil)
        }
        if let first = printed.first {
            return BylineFinding(byline: first.byline, source: .bylineElement, node: first.node)
        }
        return nil
    }

    /// True when a printed name and a structured name are the same person.
    static func agrees(_ printed: [String], _ structured: [String]) -> Bool {
        let a = printed.map(FindHeadline.fold), b = structured.map(FindHeadline.fold)
        return a.contains { p in
            b.contains { s in p == s || (p.count >= 4 && s.contains(p)) || (s.count >= 4 && p.contains(s)) }
        }
    }

    // MARK: Printed bylines

    struct Printed {
        var byline: Byline
        var node: Node
    }

    /// Bylines printed in the body, in document order: elements with a
    /// byline class or id, `rel=author` links and `itemprop=author`
    /// elements, read as names. Only elements whose every part is
    /// accounted for (names, organizations, roles, dates) count.
    static func printedBylines(_ document: HTMLDocument) -> [Printed] {
        guard let body = document.body else { return [] }
        var result: [Printed] = []
        body.walk { node in
            guard node.isElement else { return false }
            if FindHeadline.isForeign(node) || node.isElement("figure") || node.isElement("figcaption")
                || node.isElement("time") || node.isElement("script") || node.isElement("style") {
                return false
            }
            guard isBylineElement(node) else { return true }
            let text = ElementText.spaced(node)
            guard !text.isEmpty, text.count <= maxBylineLength else { return true }
            if let analysis = BylineParsing.analyse(text), analysis.unexplained.isEmpty,
               !result.contains(where: { $0.byline == analysis.byline }) {
                result.append(Printed(byline: analysis.byline, node: node))
                return false
            }
            return true
        }
        return result
    }

    static func isBylineElement(_ node: Node) -> Bool {
        if let rel = node.attribute("rel")?.lowercased(), rel.split(separator: " ").contains("author") { return true }
        if let prop = node.attribute("itemprop")?.lowercased(), prop.split(separator: " ").contains("author") { return true }
        let names = DateElements.classAndID(node)
        guard names.count > 1 else { return false }
        return BylineHints.bylineClass.matches(names) && !BylineHints.notByline.matches(names)
    }
}
