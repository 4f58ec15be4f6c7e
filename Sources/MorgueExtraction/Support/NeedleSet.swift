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
    /// One bit per pair of text bytes that opens a needle; a one-byte
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
        // The pairs are those of the text's bytes as they stand: with `ignoringASCIICase`, every
        // byte that folds to a needle's byte sets its bit, so the scan folds nothing.
        func textBytes(_ byte: UInt8) -> [UInt8] {
            guard ignoringASCIICase else { return [byte] }
            switch byte {
            case 0x61...0x7A: return [byte, byte - 32]  // a small letter, and its capital
            case 0x41...0x5A: return []  // a capital folds to another byte
            default: return [byte]
            }
        }
        let anyByte = (0...255).map(UInt8.init)
        var pairs = [UInt64](repeating: 0, count: 1024)
        for needle in needles {
            guard let first = needle.first else { continue }
            let seconds = needle.count > 1 ? textBytes(needle[1]) : anyByte
            for opening in textBytes(first) {
                for second in seconds {
                    let pair = Int(opening) << 8 | Int(second)
                    pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                }
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
            /// Whether the needles opening with the pair at `i` are all visited (none ended the scan).
            func visitNeedles(at i: Int, opening: Int, next: Int) -> Bool {
                let pair = opening << 8 | next
                guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return true }
                for index in starts[opening] where matches(needles[index], h, at: i) {
                    if !visit(index) { return false }
                }
                return true
            }
            var current = Int(h[0])
            for i in 0..<(count - 1) {
                let next = Int(h[i + 1])
                if !visitNeedles(at: i, opening: current, next: next) { return }
                current = next
            }
            // Past the last byte, 0 stands in for the second byte (only one-byte needles set those pairs).
            _ = visitNeedles(at: count - 1, opening: current, next: 0)
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
