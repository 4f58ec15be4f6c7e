/// A guard against start tags with a flood of attributes.
///
/// libxml2's HTML parser compares every attribute of a tag with all the
/// ones before it, and appends each to the end of a list it walks: a tag
/// with 100,000 attributes (a hostile page of two megabytes) takes it half
/// a minute. No real page has more than a few dozen on one element, so the
/// attributes of a start tag past `maxAttributes` are cut before parsing.
/// The scan (`TagScan`) runs on the bytes (ASCII-compatible charsets), and
/// copies nothing unless a tag is cut.
enum AttributeFlood {
    /// Most attributes (valued or not) kept on one start tag.
    static let maxAttributes = 1_000

    /// The bytes with every start tag's attributes past `maxAttributes`
    /// cut (the tag still closes), or nil when no tag has that many.
    static func capped(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count > maxAttributes * 2 else { return nil }
        let cuts = bytes.withUnsafeBufferPointer { TagScan.cuts(in: $0, cuttingCode: false) }
        guard !cuts.isEmpty else { return nil }
        return ByteSplice.applying(cuts.map { ($0, []) }, to: bytes)
    }
}
