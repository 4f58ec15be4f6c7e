import Foundation

/// A regular expression from one of the vocabulary tables, compiled once
/// (hold it in a `static let`). The patterns are literals of this module,
/// so a pattern that does not compile is a programming error that every
/// test run would reveal at once.
struct TextPattern: Sendable {
    let regex: NSRegularExpression
    /// A cheap test every match must pass, checked before the regular
    /// expression runs (most text on a page fails it at once).
    let prefilter: Prefilter?

    /// What a text must hold before a pattern can match in it.
    enum Prefilter: Sendable {
        /// One of these lower-case fragments, their ASCII letters in any case.
        case anyOf(NeedleSet)
        /// At least this many ASCII digits.
        case digits(Int)
        /// At least `minimum` ASCII digits, two of them joined by `joint`
        /// ("12.03.2021" holds "2.0"; "2021-03-04" holds "1-0").
        case joinedDigits(minimum: Int, joint: UInt8)

        /// The least number of digits this prefilter asks for.
        var leastDigits: Int {
            switch self {
            case .anyOf: return 0
            case .digits(let minimum), .joinedDigits(let minimum, _): return minimum
            }
        }

        func admits(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { admits($0) }
        }

        func admits(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer { admits($0) }
        }

        /// One pass over the bytes, whatever the number of fragments.
        func admits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            switch self {
            case .anyOf(let fragments):
                return fragments.occurs(in: bytes)
            case .digits(let minimum):
                return ByteSearch.digitCount(bytes, upTo: minimum) >= minimum
            case .joinedDigits(let minimum, let joint):
                return ByteSearch.digitCount(bytes, upTo: minimum) >= minimum && ByteSearch.hasDigits(bytes, joinedBy: joint)
            }
        }
    }

    /// - Parameters:
    ///   - requiring: lower-case fragments of which every match holds at least one (ASCII letters
    ///     match in either case, other characters byte for byte).
    ///   - digits: the least number of digits every match holds.
    ///   - joint: an ASCII character every match holds between two digits.
    init(_ pattern: String, caseInsensitive: Bool = true, requiring fragments: [String] = [], digits: Int = 0,
         joinedBy joint: Character? = nil) {
        if !fragments.isEmpty {
            prefilter = .anyOf(NeedleSet(fragments, ignoringASCIICase: true))
        } else if let joint, let byte = joint.asciiValue {
            prefilter = .joinedDigits(minimum: max(digits, 2), joint: byte)
        } else if digits > 0 {
            prefilter = .digits(digits)
        } else {
            prefilter = nil
        }
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            fatalError("vocabulary pattern does not compile: \(pattern)")
        }
    }

    /// The lower-case fragments every match holds one of, when the prefilter is made of them.
    var requiredFragments: [[UInt8]]? {
        if case .anyOf(let fragments) = prefilter { return fragments.needles }
        return nil
    }

    /// The first match in `text`, or nil.
    func firstMatch(in text: String) -> TextMatch? {
        if let prefilter, !prefilter.admits(text) { return nil }
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: range).map { TextMatch(text: text, result: $0) }
    }

    /// Every non-overlapping match in `text`.
    func matches(in text: String) -> [TextMatch] {
        if let prefilter, !prefilter.admits(text) { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { TextMatch(text: text, result: $0) }
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// Whether `bytes` pass the prefilter (every text does when there is none):
    /// texts that fail it cannot match.
    func admits(_ bytes: [UInt8]) -> Bool { prefilter?.admits(bytes) ?? true }

    /// `text` with every match replaced by `template` (`$1` names a group).
    func replacingMatches(in text: String, with template: String) -> String {
        if let prefilter, !prefilter.admits(text) { return text }
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
