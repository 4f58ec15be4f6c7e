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

    /// `text` with typographic apostrophes (U+2019, bytes E2 80 99) as plain
    /// ones, so that "editors’ picks" compares as "editors' picks".
    static func plainApostrophes(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        guard utf8.contains(0xE2) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            if utf8[i] == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0x99 {
                bytes.append(0x27)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
    /// with the right spacing ("a <b>b</b> c"). Works on UTF-8 bytes: text
    /// that needs no change (most of it) is returned as it is.
    static func collapseKeepingEdges(_ s: String) -> String {
        var s = s
        if !s.withUTF8(needsWork) { return s }
        return s.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var inSpace = false
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                // ASCII: white space as `ASCIIText.isSpace` takes it; nothing is invisible.
                if lead < 0x80 {
                    if ASCIIText.isSpace(lead) {
                        inSpace = true
                    } else {
                        if inSpace { out.append(0x20); inSpace = false }
                        out.append(lead)
                    }
                    i += 1
                    continue
                }
                let width = scalarWidth(lead)
                let value = decode(bytes, at: i, width: width)
                if let scalar = Unicode.Scalar(value), isSpace(scalar) {
                    inSpace = true
                } else if let scalar = Unicode.Scalar(value), isInvisible(scalar) {
                    // dropped
                } else {
                    if inSpace { out.append(0x20); inSpace = false }
                    for k in 0..<width where i + k < bytes.count { out.append(bytes[i + k]) }
                }
                i += width
            }
            if inSpace { out.append(0x20) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether the bytes hold anything `collapseKeepingEdges` would change:
    /// a white-space byte other than a lone space, two spaces in a row, or a
    /// special space or an invisible character (typographic quotes and dashes,
    /// whose bytes open like a special space's, are read to tell them apart).
    private static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = false
        for (i, b) in bytes.enumerated() {
            if b >= 0x80 {
                if mayOpenSpaceOrInvisible(b), let scalar = Unicode.Scalar(decode(bytes, at: i, width: scalarWidth(b))),
                   isSpace(scalar) || isInvisible(scalar) {
                    return true
                }
                previousSpace = false
                continue
            }
            if b == 0x20 {
                if previousSpace { return true }
                previousSpace = true
                continue
            }
            if b < 0x20 { return true }
            previousSpace = false
        }
        return false
    }

    /// Whether the character a byte opens may be a space (`isSpace`) or an
    /// invisible (`isInvisible`): in valid UTF-8, as a Swift string is, only
    /// U+0080–U+00BF (lead byte C2), U+1000–U+3FFF (E1–E3) and U+F000–U+FFFF
    /// (EF) hold them; other bytes open other characters, or continue one.
    private static func mayOpenSpaceOrInvisible(_ byte: UInt8) -> Bool {
        byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF
    }

    private static func scalarWidth(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    private static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> UInt32 {
        guard i + width <= b.count else { return 0xFFFD }
        switch width {
        case 1: return UInt32(b[i])
        case 2: return UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        case 3: return UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        default:
            return UInt32(b[i] & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                | UInt32(b[i + 3] & 0x3F)
        }
    }
}
