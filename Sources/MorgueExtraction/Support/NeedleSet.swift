/// A set of byte strings looked for together in one pass over a text,
/// instead of one pass per needle: at each position of the text, the pair
/// of bytes there is looked up in a bit table of the pairs that open a
/// needle, and only then are the needles starting with that byte compared.
///
/// With `ignoringASCIICase`, the needles are lower-case and the text's
/// ASCII letters match in either case (other bytes match exactly).
struct NeedleSet: Sendable {
    let needles: [[UInt8]]
    let ignoringASCIICase: Bool
    private let hasEmptyNeedle: Bool
    /// For every byte value, the indices of the needles starting with it.
    private let starts: [[Int]]
    /// One bit per pair of (folded) bytes that opens a needle; a one-byte
    /// needle sets every pair it opens.
    private let openingPairs: [UInt64]

    init(_ needles: [[UInt8]], ignoringASCIICase: Bool = false) {
        self.needles = needles
        self.ignoringASCIICase = ignoringASCIICase
        var starts = [[Int]](repeating: [], count: 256)
        for (index, needle) in needles.enumerated() {
            guard let first = needle.first else { continue }
            starts[Int(first)].append(index)
            if ignoringASCIICase, first >= 0x61, first <= 0x7A { starts[Int(first - 32)].append(index) }
        }
        self.starts = starts
        var pairs = [UInt64](repeating: 0, count: 1024)
        for needle in needles {
            guard let first = needle.first else { continue }
            let seconds: [UInt8] = needle.count > 1 ? [needle[1]] : (0...255).map { UInt8($0) }
            for second in seconds {
                let pair = Int(first) << 8 | Int(second)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        openingPairs = pairs
        hasEmptyNeedle = needles.contains(where: \.isEmpty)
    }

    init(_ needles: [String], ignoringASCIICase: Bool = false) {
        self.init(needles.map { Array($0.utf8) }, ignoringASCIICase: ignoringASCIICase)
    }

    /// Whether `text` holds any of the needles.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { occurs(in: $0) }
    }

    func occurs(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { occurs(in: $0) }
    }

    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmptyNeedle { return true }
        var found = false
        scan(bytes) { _ in found = true; return false }
        return found
    }

    /// The indices of the needles `text` holds, each once, in no particular order.
    func occurrences(in text: String) -> Set<Int> {
        var found = Set<Int>()
        for (index, needle) in needles.enumerated() where needle.isEmpty { found.insert(index) }
        var text = text
        text.withUTF8 { bytes in scan(bytes) { found.insert($0); return true } }
        return found
    }

    /// Calls `visit` with the index of each needle found (possibly more than
    /// once) until it returns false.
    private func scan(_ h: UnsafeBufferPointer<UInt8>, _ visit: (Int) -> Bool) {
        let count = h.count
        guard count > 0 else { return }
        openingPairs.withUnsafeBufferPointer { pairs in
            let fold = ignoringASCIICase
            var current = Int(fold ? ASCIIText.lower(h[0]) : h[0])
            var i = 0
            while i < count {
                // Past the last byte, 0 stands in for the second byte (only one-byte needles set those pairs).
                let next = i + 1 < count ? Int(fold ? ASCIIText.lower(h[i + 1]) : h[i + 1]) : 0
                let pair = current << 8 | next
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                    for index in starts[Int(h[i])] where matches(needles[index], h, at: i) {
                        if !visit(index) { return }
                    }
                }
                current = next
                i += 1
            }
        }
    }

    private func matches(_ needle: [UInt8], _ h: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + needle.count <= h.count else { return false }
        var k = 1
        while k < needle.count {
            var c = h[i + k]
            if ignoringASCIICase, c >= 0x41, c <= 0x5A { c += 32 }
            if c != needle[k] { return false }
            k += 1
        }
        return true
    }
}
