/// A `TextPattern`'s prefilter in a form cheap enough for every element of
/// a page: the fragments are grouped by their first byte, so the text is
/// read once, byte by byte, instead of once per fragment. It admits exactly
/// the texts the pattern's own prefilter admits; a pattern without a
/// prefilter admits everything.
struct FragmentFilter: Sendable {
    private enum Test: Sendable {
        case all
        /// Fragments (lower-case ASCII) by their first byte.
        case fragments([[[UInt8]]])
        case digits(Int)
    }

    private let test: Test

    init(_ pattern: TextPattern) {
        switch pattern.prefilter {
        case nil:
            test = .all
        case .digits(let minimum):
            test = .digits(minimum)
        case .anyOf(let fragments):
            if fragments.contains(where: \.isEmpty) {
                test = .all
            } else {
                var table = [[[UInt8]]](repeating: [], count: 256)
                for fragment in fragments { table[Int(fragment[0])].append(fragment) }
                test = .fragments(table)
            }
        }
    }

    func admits(_ text: String) -> Bool {
        if case .all = test { return true }
        var text = text
        return text.withUTF8 { admits($0) }
    }

    func admits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch test {
        case .all:
            return true
        case .digits(let minimum):
            var count = 0
            for byte in bytes where byte >= 0x30 && byte <= 0x39 {
                count += 1
                if count >= minimum { return true }
            }
            return count >= minimum
        case .fragments(let table):
            var i = 0
            while i < bytes.count {
                let candidates = table[Int(Self.lower(bytes[i]))]
                if !candidates.isEmpty {
                    for fragment in candidates where Self.matches(fragment, in: bytes, at: i) { return true }
                }
                i += 1
            }
            return false
        }
    }

    func admits(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { admits($0) }
    }

    private static func matches(_ fragment: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + fragment.count <= bytes.count else { return false }
        var k = 1
        while k < fragment.count {
            if lower(bytes[start + k]) != fragment[k] { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
}

/// A `TextPattern` with its prefilter in `FragmentFilter` form, for the
/// class names and short texts that stages test on every element: the
/// regular expression runs only on the few texts the filter admits.
struct QuickPattern: Sendable {
    let pattern: TextPattern
    let filter: FragmentFilter

    init(_ pattern: TextPattern) {
        self.pattern = pattern
        filter = FragmentFilter(pattern)
    }

    func matches(_ text: String) -> Bool { filter.admits(text) && pattern.matches(text) }

    func firstMatch(in text: String) -> TextMatch? { filter.admits(text) ? pattern.firstMatch(in: text) : nil }
}
