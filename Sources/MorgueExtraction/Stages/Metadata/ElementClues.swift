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
        appendClassAndID(node, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the bytes of `classAndID(node)` to `buffer`: the class, a
    /// space and the id (either may be missing: " id", "class ", " "), ASCII
    /// letters lower-cased. A walk that reuses one buffer makes no String.
    static func appendClassAndID(_ node: Node, to buffer: inout [UInt8]) {
        let start = buffer.count
        node.appendAttribute("class", to: &buffer)
        buffer.append(0x20)
        node.appendAttribute("id", to: &buffer)
        for i in start..<buffer.count { buffer[i] = ASCIIText.lower(buffer[i]) }
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
        isForeign(node, packedName: node.packedName, namesLookForeign: namesLookForeign)
    }

    /// `isForeign(node, namesLookForeign:)`, with the element's `Node.packedName` already read.
    static func isForeign(_ node: Node, packedName: UInt64, namesLookForeign: Bool) -> Bool {
        switch packedName {
        case PackedTags.nav, PackedTags.footer, PackedTags.aside: return true
        default: return namesLookForeign && !wrapsMainContent(node)
        }
    }

    /// Whether a class-and-id string names furniture, a page builder's layout classes aside.
    static func namesLookForeign(_ names: String) -> Bool {
        // (Class patterns need fragments of three letters or more, so a name
        // of one character never matches; the byte count is the cheap test.)
        guard names.utf8.count > 1, HeadlineHints.foreignContainer.matches(names) else { return false }
        // Most names hold neither layout classes nor a header's parts: the same string needs no second match.
        let bare = withoutHeaderParts(withoutLayoutClasses(names))
        return bare == names || HeadlineHints.foreignContainer.matches(bare)
    }

    /// The class-and-id string with a header's own bottom row named as the header ("art_header_footer",
    /// BEM's "article-header__footer" → "…header"): that row holds the story's byline and dates, it
    /// is no page footer.
    static func withoutHeaderParts(_ names: String) -> String {
        guard PlainTextSearch.contains("header", in: names), PlainTextSearch.contains("footer", in: names) else { return names }
        var result = names
        for joined in ["header__footer", "header-footer", "header_footer"] {
            result = result.replacingOccurrences(of: joined, with: "header")
        }
        return result
    }

    /// The class-and-id string without a page builder's layout classes
    /// ("elementor-widget-heading"), which say nothing of what a box holds.
    static func withoutLayoutClasses(_ names: String) -> String {
        guard HeadlineHints.layoutClassPrefixes.contains(where: { PlainTextSearch.contains($0, in: names) }) else { return names }
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
        // Each element's tag is read once, as one packed integer.
        node.walk { child in
            if found { return false }
            switch child.packedName {
            case PackedTags.main:
                found = true
            case PackedTags.article:
                found = !HeadlineHints.foreignContainer.matches(classAndID(child))
            case PackedTags.div:
                found = mayNameStoryBody(child) && ClassHints.storyBody.matches(ClassAndID(child))
                    && hasAtLeast(minWrapperText, charactersIn: child.textContent)
            case PackedTags.h1:
                hasHeadline = true
            default:
                break
            }
            return !found && child.isElement
        }
        return found || (hasHeadline && hasAtLeast(minWrapperText, charactersIn: node.textContent))
    }

    /// Whether an element's class may name a story body: every such name
    /// holds "body" or "content" or "text" (in any ASCII case), which the
    /// attribute's bytes tell in place, before the class is split into words.
    static func mayNameStoryBody(_ node: Node) -> Bool {
        node.attribute("class", satisfies: { $0.count >= 4 && storyBodyWords.occurs(in: $0) })
    }

    private static let storyBodyWords = NeedleSet(["body", "content", "text"], ignoringASCIICase: true)

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
        // Read in place: no copy of the value is made.
        node.attribute(attribute, satisfies: { bytes in
            bytes.count == value.utf8CodeUnitCount
                && value.withUTF8Buffer { expected in zip(bytes, expected).allSatisfy { ASCIIText.lower($0) == $1 } }
        })
    }

    /// True when the space-separated `attribute` ("rel", "itemprop") holds
    /// `token`, in any case.
    static func hasToken(_ node: Node, _ attribute: String, _ token: String) -> Bool {
        node.attribute(attribute).map { AttributeTokens.holds($0, token) } ?? false
    }

    /// `hasToken` for an attribute named at compile time and a token given as bytes: the value's
    /// bytes are read in place (and made a String only when they are not plain ASCII).
    static func hasToken(_ node: Node, _ attribute: StaticString, bytes token: [UInt8]) -> Bool {
        var answer = false
        _ = node.attribute(attribute, satisfies: { bytes in
            answer = AttributeTokens.holds(bytes: bytes, token)
                ?? AttributeTokens.holds(String(decoding: bytes, as: UTF8.self), String(decoding: token, as: UTF8.self))
            return true
        })
        return answer
    }
}

