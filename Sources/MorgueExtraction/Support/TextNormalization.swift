/// Whitespace and character clean-up shared by every stage.
enum TextNormalization {
    /// Collapses every run of white space (including non-breaking and
    /// zero-width spaces) to one space and trims the ends.
    static func collapse(_ s: String) -> String {
        var out = collapseKeepingEdges(s)
        if out.first == " " { out.removeFirst() }
        if out.last == " " { out.removeLast() }
        return out
    }

    /// White space, including no-break and ideographic spaces.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Zero-width characters that pages sprinkle into text.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060, 0xFEFF, 0xAD: return true
        default: return false
        }
    }
}

extension TextNormalization {
    /// Collapses white-space runs to one space but keeps one space at either
    /// end when the input had white space there, so that inline runs join
    /// with the right spacing ("a <b>b</b> c").
    static func collapseKeepingEdges(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var inSpace = false
        for scalar in s.unicodeScalars {
            if isSpace(scalar) {
                inSpace = true
                continue
            }
            if isInvisible(scalar) { continue }
            if inSpace { out.unicodeScalars.append(" "); inSpace = false }
            out.unicodeScalars.append(scalar)
        }
        if inSpace { out.unicodeScalars.append(" ") }
        return out
    }
}
