import Foundation
import MorgueDOM

/// Text and links as feeds write them, made into plain values.
enum FeedText {
    /// The text with runs of white space collapsed to one space and trimmed;
    /// nil when nothing is left.
    static func plain(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    /// The text of an element holding plain text.
    static func plain(_ element: XMLTree.Element?) -> String? {
        plain(element?.text)
    }

    /// An Atom text construct (`title`, `summary`): `type="html"` holds
    /// escaped HTML whose text is wanted, `type="xhtml"` holds a `div` of
    /// XHTML, anything else is plain text.
    static func atomText(_ element: XMLTree.Element?) -> String? {
        guard let element else { return nil }
        switch element.attribute("type")?.lowercased() {
        case "html", "text/html":
            return plain(htmlText(element.text))
        default:
            return plain(element.text)
        }
    }

    /// The visible text of an HTML fragment.
    static func htmlText(_ html: String) -> String? {
        guard !html.isEmpty, let document = try? HTMLDocument(html: "<body>" + html + "</body>") else { return nil }
        return document.body?.textContent ?? document.root?.textContent
    }

    /// `link` made absolute against `base`; nil when it is empty or cannot
    /// be made into an absolute URL.
    static func absoluteLink(_ link: String?, base: String?) -> String? {
        guard let trimmed = plain(link) else { return nil }
        let baseURL = base.flatMap { URL(string: $0) }
        guard let resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteURL,
              let scheme = resolved.scheme, !scheme.isEmpty
        else { return nil }
        return resolved.absoluteString
    }

    /// True for an absolute http or https URL.
    static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(url.host ?? "").isEmpty
    }
}
