/// A `TextPattern`'s prefilter in a form cheap enough for every element of
/// a page: the text is read once, byte by byte, and a fragment is compared
/// only where the text holds its first two bytes (looked up in a bit table
/// of byte pairs), instead of searching the text once per fragment. It
/// admits exactly the texts the pattern's own prefilter admits; a pattern
/// without a prefilter admits everything.
struct FragmentFilter: Sendable {
    private enum Test: Sendable {
        case all
        case fragments
        case digits(Int)
    }

    private let test: Test
    /// The fragments (lower-case ASCII).
    private let fragments: [[UInt8]]
    /// One bit per pair of bytes that opens a fragment (a one-byte fragment
    /// sets every pair it opens).
    private let openingPairs: [UInt64]

    init(_ pattern: TextPattern) {
        var list: [[UInt8]] = []
        var pairs = [UInt64](repeating: 0, count: 1024)
        switch pattern.prefilter {
        case nil:
            test = .all
        case .digits(let minimum):
            test = .digits(minimum)
        case .anyOf(let fragments):
            if fragments.contains(where: \.isEmpty) {
                test = .all  // an empty fragment is in every text
            } else {
                test = .fragments
                list = fragments
                for fragment in fragments {
                    let seconds: [UInt8] = fragment.count > 1 ? [fragment[1]] : (0...255).map { UInt8($0) }
                    for second in seconds {
                        let pair = Int(fragment[0]) << 8 | Int(second)
                        pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                    }
                }
            }
        }
        fragments = list
        openingPairs = pairs
    }

    func admits(_ text: String) -> Bool {
        if case .all = test { return true }
        var text = text
        return text.withUTF8 { admits($0) }
    }

    func admits(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { admits($0) }
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
        case .fragments:
            guard !bytes.isEmpty else { return false }
            return openingPairs.withUnsafeBufferPointer { pairs in
                var previous = Int(Self.lower(bytes[0]))
                var i = 1
                // A pair is looked up at each position; past the last byte, a 0 stands in for
                // the second byte of a one-byte fragment at the end (any second byte is set for those).
                while i <= bytes.count {
                    let current = i < bytes.count ? Int(Self.lower(bytes[i])) : 0
                    let pair = previous << 8 | current
                    if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0, matchesFragment(in: bytes, at: i - 1) {
                        return true
                    }
                    previous = current
                    i += 1
                }
                return false
            }
        }
    }

    private func matchesFragment(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for fragment in fragments where Self.matches(fragment, in: bytes, at: start) { return true }
        return false
    }

    private static func matches(_ fragment: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + fragment.count <= bytes.count else { return false }
        var k = 0
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
}
