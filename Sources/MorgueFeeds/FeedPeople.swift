/// Author names as feeds give them.
enum FeedPeople {
    /// A name from RSS's `<author>`, which the spec makes an e-mail address:
    /// "jane@example.com (Jane Doe)" gives "Jane Doe", "Jane Doe" stays,
    /// a bare address gives nil (it is not a name).
    static func nameFromRSSAuthor(_ text: String?) -> String? {
        guard let text = FeedText.plain(text) else { return nil }
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let inside = FeedText.plain(String(text[text.index(after: open)..<close]))
            if let inside, !inside.contains("@") { return inside }
        }
        if text.contains("@") {
            // "Jane Doe <jane@example.com>"
            if let open = text.firstIndex(of: "<") {
                return FeedText.plain(String(text[..<open]))
            }
            return nil
        }
        return text
    }

    /// Names without repeats, in order.
    static func unique(_ names: [String?]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for case let name? in names where seen.insert(name).inserted {
            result.append(name)
        }
        return result
    }
}
