/// A `TextPattern`'s prefilter in a form cheap enough for every element of
/// a page: the fragments are grouped by their first byte, so the text is
/// read once, byte by byte, instead of once per fragment. It admits exactly
/// the texts the pattern's own prefilter admits; a pattern without a
/// prefilter admits everything.
struct FragmentFilter: Sendable {
    private enum Test: Sendable {
        case all
        case fragments
        case digits(Int)
    }

    private let test: Test
    /// The fragments (lower-case ASCII), sorted by first byte.
    private let fragments: [[UInt8]]
    /// For each byte, the index in `fragments` where the fragments starting with it begin.
    private let firstByteStart: [Int]
    /// How many fragments start with each byte (0 for most bytes).
    private let firstByteCount: [Int]

    init(_ pattern: TextPattern) {
        var sorted: [[UInt8]] = []
        var start = [Int](repeating: 0, count: 256), count = [Int](repeating: 0, count: 256)
        switch pattern.prefilter {
        case nil:
            test = .all
        case .digits(let minimum):
            test = .digits(minimum)
        case .anyOf(let list):
            if list.contains(where: \.isEmpty) {
                test = .all  // an empty fragment is in every text
            } else {
                test = .fragments
                sorted = list.sorted { $0[0] < $1[0] }
                for (index, fragment) in sorted.enumerated().reversed() {
                    start[Int(fragment[0])] = index
                    count[Int(fragment[0])] += 1
                }
            }
        }
        fragments = sorted
        firstByteStart = start
        firstByteCount = count
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
            return firstByteStart.withUnsafeBufferPointer { starts in
                firstByteCount.withUnsafeBufferPointer { counts in
                    var i = 0
                    while i < bytes.count {
                        let b = Int(Self.lower(bytes[i]))
                        let count = counts[b]
                        if count != 0 {
                            let start = starts[b]
                            for k in start..<(start + count) where Self.matches(fragments[k], in: bytes, at: i) {
                                return true
                            }
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
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

    func firstMatch(in text: String) -> TextMatch? { filter.admits(text) ? pattern.firstMatch(in: text) : nil }
}
