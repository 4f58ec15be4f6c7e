/// Rewrites a page's bytes before parsing: each range, in order and not
/// overlapping, is replaced by its bytes (cut when they are empty). Used by
/// the guards that mend a page the way browsers read it.
enum ByteSplice {
    static func applying(_ edits: [(range: Range<Int>, replacement: [UInt8])], to bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.replacement.count })
        var kept = 0
        for edit in edits {
            result.append(contentsOf: bytes[kept..<edit.range.lowerBound])
            result.append(contentsOf: edit.replacement)
            kept = edit.range.upperBound
        }
        result.append(contentsOf: bytes[kept...])
        return result
    }
}
