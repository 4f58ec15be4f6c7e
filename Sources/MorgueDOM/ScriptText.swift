/// What becomes of the text of a page's scripts and style sheets when it is
/// parsed.
///
/// Code is four in ten of a news page's bytes, and libxml2 reads a script's
/// text character by character: a reader that never runs code need not pay
/// for it.
public enum ScriptText: Sendable {
    /// Kept as the page has it (what a plain parse gives).
    case kept
    /// Data is kept, code is not: the text of JavaScript (`<script>` with no
    /// type, a JavaScript type or "module") and of `<style>` is cut from the
    /// bytes before parsing, and those elements stay, empty. A script of any
    /// other type keeps its text: JSON-LD, JSON data, templates.
    case dataOnly

    /// The bytes with the text of every style sheet and script of code cut
    /// (and every start tag's flood of attributes, as `AttributeFlood`), or
    /// nil when there is nothing to cut.
    static func cutCode(_ bytes: [UInt8]) -> [UInt8]? {
        let cuts = bytes.withUnsafeBufferPointer { TagScan.cuts(in: $0, cuttingCode: true) }
        guard !cuts.isEmpty else { return nil }
        return ByteSplice.applying(cuts.map { ($0, []) }, to: bytes)
    }

    /// Whether a script's start tag (its bytes after the name, up to ">")
    /// declares code: it has no `type` attribute, or one naming JavaScript or
    /// a module.
    static func holdsCode(tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let value = typeValue(tag) else { return true }
        if value.isEmpty || value == Array("module".utf8) { return true }
        return contains(Array("javascript".utf8), in: value) || contains(Array("ecmascript".utf8), in: value)
    }

    /// The `type` attribute's value, lowercased and unquoted, or nil when the tag has none.
    private static func typeValue(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8]? {
        let name = Array("type".utf8)
        var index = tag.startIndex
        while index + name.count <= tag.endIndex {
            // An attribute's name starts after white space (or a "/").
            let atBoundary = index == tag.startIndex || tag[index - 1] <= 0x20 || tag[index - 1] == 0x2F
            guard atBoundary, (0..<name.count).allSatisfy({ tag[index + $0] | 0x20 == name[$0] }) else {
                index += 1
                continue
            }
            var cursor = index + name.count
            while cursor < tag.endIndex, tag[cursor] <= 0x20 { cursor += 1 }
            guard cursor < tag.endIndex, tag[cursor] == 0x3D else {
                index += 1
                continue
            }
            cursor += 1
            while cursor < tag.endIndex, tag[cursor] <= 0x20 { cursor += 1 }
            var value: [UInt8] = []
            if cursor < tag.endIndex, tag[cursor] == 0x22 || tag[cursor] == 0x27 {
                let quote = tag[cursor]
                cursor += 1
                while cursor < tag.endIndex, tag[cursor] != quote {
                    value.append(lowercased(tag[cursor]))
                    cursor += 1
                }
            } else {
                while cursor < tag.endIndex, tag[cursor] > 0x20, tag[cursor] != 0x3E {
                    value.append(lowercased(tag[cursor]))
                    cursor += 1
                }
            }
            return value.filter { $0 > 0x20 }
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    private static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            (0..<needle.count).allSatisfy { haystack[start + $0] == needle[$0] }
        }
    }
}
