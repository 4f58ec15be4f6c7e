import Foundation

/// A regular expression from one of the vocabulary tables, compiled once
/// (hold it in a `static let`). The patterns are literals of this module,
/// so a pattern that does not compile is a programming error that every
/// test run would reveal at once.
struct TextPattern: Sendable {
    let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = true) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            fatalError("vocabulary pattern does not compile: \(pattern)")
        }
    }

    /// The first match in `text`, or nil.
    func firstMatch(in text: String) -> TextMatch? {
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: range).map { TextMatch(text: text, result: $0) }
    }

    /// Every non-overlapping match in `text`.
    func matches(in text: String) -> [TextMatch] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { TextMatch(text: text, result: $0) }
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// `text` with every match replaced by `template` (`$1` names a group).
    func replacingMatches(in text: String, with template: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: template)
    }
}

/// One match of a `TextPattern`, with its groups as Swift strings.
struct TextMatch {
    let text: String
    let result: NSTextCheckingResult

    /// The whole match's range in `text`.
    var range: Range<String.Index> { Range(result.range, in: text) ?? text.startIndex..<text.startIndex }
    var value: String { String(text[range]) }

    /// The text of a capture group, nil when the group did not take part.
    subscript(group: Int) -> String? {
        guard group < result.numberOfRanges, let r = Range(result.range(at: group), in: text) else { return nil }
        return String(text[r])
    }

    func range(of group: Int) -> Range<String.Index>? {
        guard group < result.numberOfRanges else { return nil }
        return Range(result.range(at: group), in: text)
    }
}
