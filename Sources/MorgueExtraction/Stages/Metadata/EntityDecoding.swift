import MorgueDOM

/// Decodes HTML character references left in metadata values (JSON-LD
/// strings and some `content` attributes arrive as "Rock &amp; Roll" or
/// "Don&#8217;t"). The decoding is libxml2's own, on a one-paragraph
/// document; strings without an ampersand pass through untouched.
enum EntityDecoding {
    static func decode(_ text: String) -> String {
        guard PlainTextSearch.contains("&", in: text) else { return text }
        let escaped = PlainTextSearch.replacing("<", with: "&lt;", in: text)
        guard let document = try? HTMLDocument(html: "<p>" + escaped + "</p>"), let body = document.body else {
            return text
        }
        return body.textContent
    }
}
