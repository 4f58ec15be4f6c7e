import MorgueDOM

/// The page's `<meta>` tags, looked up by `property`, `name` or
/// `http-equiv`, case-insensitively. A `property` may hold several
/// space-separated names ("dc:title og:title"). Tags are collected from the
/// whole document, since a lenient parser may move them out of `<head>`.
/// Tags with `itemprop` belong to microdata and are read there. RDFa
/// pairs of `property` and `content` on other elements count too, with a
/// "schema:" prefix removed (`<span property="schema:dateCreated" content=…>`).
struct MetaTags {
    private var values: [String: [String]] = [:]

    init(document: HTMLDocument, elements: MetadataElements? = nil) {
        let elements = elements ?? MetadataElements(document: document)
        for node in elements.tagged {
            if !node.isElement("meta") {
                if let property = node.attribute("property"), let content = node.attribute("content").map(TextNormalization.collapse),
                   !content.isEmpty {
                    for key in property.lowercased().split(separator: " ") {
                        let bare = key.hasPrefix("schema:") ? String(key.dropFirst(7)) : String(key)
                        values[bare, default: []].append(content)
                    }
                }
                continue
            }
            guard let content = node.attribute("content").map(TextNormalization.collapse), !content.isEmpty else {
                continue
            }
            var keys: [String] = []
            for attribute in ["property", "name", "http-equiv"] {
                if let value = node.attribute(attribute) { keys += AttributeTokens.tokens(value) }
            }
            // Each key once: a tag names one or two, which the list tells without a Set.
            var distinct: [String] = []
            if keys.count <= 4 {
                for key in keys where !distinct.contains(key) { distinct.append(key) }
            } else {
                distinct = Array(Set(keys))
            }
            for key in distinct { values[key, default: []].append(content) }
        }
    }

    /// The first value under the first of `keys` that is present.
    func first(_ keys: [String]) -> (key: String, value: String)? {
        for key in keys {
            if let value = values[key]?.first { return (key, value) }
        }
        return nil
    }

    func first(_ key: String) -> String? { values[key]?.first }

    /// Every value under `key`, in document order.
    func all(_ key: String) -> [String] { values[key] ?? [] }
}
