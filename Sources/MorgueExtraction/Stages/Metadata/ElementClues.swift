import Foundation
import MorgueDOM

/// What an element's tag, class and id say about its role on the page,
/// shared by the stages that look for headlines, bylines, dates and
/// captions.
enum ElementClues {
    /// The element's class and id, lower-cased, as one string.
    /// Read as bytes into one buffer: every walk asks this of every element.
    static func classAndID(_ node: Node) -> String {
        var bytes: [UInt8] = []
        let hasClass = node.appendAttribute("class", to: &bytes)
        if hasClass { bytes.append(0x20) }
        let hasID = node.appendAttribute("id", to: &bytes)
        if !hasClass {
            guard hasID else { return " " }
            bytes.insert(0x20, at: 0)
        }
        for i in bytes.indices { bytes[i] = ASCIIText.lower(bytes[i]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Navigation, footers, asides, and containers classed as menus,
    /// related stories, comments or the like: their headings, bylines,
    /// dates and captions belong to something else. A classed container
    /// that holds the page's `<main>`, an `<article>` (not itself classed
    /// as a comment or teaser), or an `<h1>` amid a page's worth of text is
    /// a page wrapper named for its layout ("navigation-container",
    /// "with-sidebar"), not furniture; so is a page builder's box
    /// ("elementor-widget-theme-post-title").
    ///
    /// `names` is the element's `classAndID`.
    static func isForeign(_ node: Node, names: String) -> Bool {
        isForeign(node, namesLookForeign: namesLookForeign(names))
    }

    /// `isForeign(node, names:)`, with `namesLookForeign(names)` already known.
    static func isForeign(_ node: Node, namesLookForeign: Bool) -> Bool {
        if node.isElement("nav") || node.isElement("footer") || node.isElement("aside") { return true }
        return namesLookForeign && !wrapsMainContent(node)
    }

    /// Whether a class-and-id string names furniture, a page builder's layout classes aside.
    static func namesLookForeign(_ names: String) -> Bool {
        // (Class patterns need fragments of three letters or more, so a name
        // of one character never matches; the byte count is the cheap test.)
        names.utf8.count > 1 && HeadlineHints.foreignContainer.matches(names)
            && HeadlineHints.foreignContainer.matches(withoutHeaderParts(withoutLayoutClasses(names)))
    }

    /// The class-and-id string with a header's own bottom row named as the header ("art_header_footer",
    /// BEM's "article-header__footer" → "…header"): that row holds the story's byline and dates, it
    /// is no page footer.
    static func withoutHeaderParts(_ names: String) -> String {
        guard names.contains("header"), names.contains("footer") else { return names }
        var result = names
        for joined in ["header__footer", "header-footer", "header_footer"] {
            result = result.replacingOccurrences(of: joined, with: "header")
        }
        return result
    }

    /// The class-and-id string without a page builder's layout classes
    /// ("elementor-widget-heading"), which say nothing of what a box holds.
    static func withoutLayoutClasses(_ names: String) -> String {
        guard HeadlineHints.layoutClassPrefixes.contains(where: {
            FoundationSearch.contains($0, in: names)
        }) else { return names }
        return names.split(separator: " ")
            .filter { token in !HeadlineHints.layoutClassPrefixes.contains(where: { token.hasPrefix($0) }) }
            .joined(separator: " ")
    }

    /// Least text around an `<h1>` for its container to count as a page wrapper.
    static let minWrapperText = 1000

    /// True when a `<main>`, an `<article>` not classed as furniture, a
    /// story body of at least `minWrapperText` characters (classed so:
    /// Blogger sets the post's "post-body" inside a "widget Blog"), or an
    /// `<h1>` amid at least `minWrapperText` characters lies inside `node`.
    static func wrapsMainContent(_ node: Node) -> Bool {
        var found = false, hasHeadline = false
        node.walk { child in
            if found { return false }
            if child.isElement("main")
                || (child.isElement("article") && !HeadlineHints.foreignContainer.matches(classAndID(child))) {
                found = true
            } else if child.isElement("div"), mayNameStoryBody(child), ClassHints.storyBody.matches(ClassAndID(child)),
                      hasAtLeast(minWrapperText, charactersIn: child.textContent) {
                found = true
            }
            if child.isElement("h1") { hasHeadline = true }
            return !found && child.isElement
        }
        return found || (hasHeadline && hasAtLeast(minWrapperText, charactersIn: node.textContent))
    }

    /// Whether an element's class may name a story body: every such name
    /// holds "body" or "content" or "text", which the raw bytes tell before
    /// the class is split into words.
    static func mayNameStoryBody(_ node: Node) -> Bool {
        guard let raw = node.attributeBytes("class"), raw.count >= 4 else { return false }
        let lowered = raw.map(ASCIIText.lower)
        return ByteSearch.contains(lowered, bodyBytes) || ByteSearch.contains(lowered, contentBytes)
            || ByteSearch.contains(lowered, textBytes)
    }

    private static let bodyBytes = Array("body".utf8), contentBytes = Array("content".utf8), textBytes = Array("text".utf8)

    /// `text.count >= minimum`, counting no further than needed: a
    /// wrapper's text is a whole page.
    static func hasAtLeast(_ minimum: Int, charactersIn text: String) -> Bool {
        // A character takes at least one byte.
        if text.utf8.count < minimum { return false }
        var count = 0
        for _ in text {
            count += 1
            if count >= minimum { return true }
        }
        return count >= minimum
    }

    /// Elements whose content is never shown as text.
    static func isInvisible(_ node: Node) -> Bool {
        node.isElement("script") || node.isElement("style") || node.isElement("noscript") || node.isElement("template")
    }

    /// Phrasing elements, which continue a line rather than start one.
    static func isInline(_ node: Node) -> Bool {
        ["a", "span", "em", "i", "b", "strong", "abbr", "q", "sub", "sup", "u", "mark", "time", "small", "cite"]
            .contains(node.name)
    }

    /// Code (`<pre>`, `<code>`): its "BY" and its numbers are a program's,
    /// never the page's byline or dates.
    static func isCode(_ node: Node) -> Bool {
        node.isElement("pre") || node.isElement("code")
    }

    /// Whether the attribute's whole value is `value` (lower-case ASCII), in any ASCII case.
    static func attribute(_ node: Node, _ attribute: StaticString, is value: StaticString) -> Bool {
        guard let bytes = node.attributeBytes(attribute), bytes.count == value.utf8CodeUnitCount else { return false }
        return value.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { ASCIIText.lower($0) == $1 }
        }
    }

    /// True when the space-separated `attribute` ("rel", "itemprop") holds
    /// `token`, in any case.
    static func hasToken(_ node: Node, _ attribute: String, _ token: String) -> Bool {
        node.attribute(attribute)?.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .contains(Substring(token)) ?? false
    }
}

