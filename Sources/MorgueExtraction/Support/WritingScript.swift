/// The writing system a letter belongs to, told from its Unicode block (coarsely: the blocks of one
/// script are one), and the counts of a text's letters by script. A page in Chinese, Japanese,
/// Korean or Thai does not space its words, so its language is told by the script of its text
/// rather than by its words; a label in another script than the page's is told the same way.
enum WritingScript: Hashable, Sendable {
    case latin, greek, cyrillic, armenian, hebrew, arabic, indic(UInt32), thai, lao, georgian, hangul, kana, han
    case other

    /// The script of a letter or combining mark; nil for digits, punctuation, spaces and symbols.
    static func of(_ scalar: Unicode.Scalar) -> WritingScript? {
        let value = scalar.value
        if value < 0x80 {
            let folded = value | 0x20
            return folded >= 0x61 && folded <= 0x7A ? .latin : nil
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .spacingMark else { return nil }
        switch value {
        case 0x00C0...0x024F, 0x1E00...0x1EFF: return .latin
        case 0x0370...0x03FF, 0x1F00...0x1FFF: return .greek
        case 0x0400...0x052F: return .cyrillic
        case 0x0530...0x058F: return .armenian
        case 0x0590...0x05FF: return .hebrew
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        // Devanagari to Sinhala: one block of 128 characters each.
        case 0x0900...0x0DFF: return .indic((value - 0x0900) / 0x80)
        case 0x0E00...0x0E7F: return .thai
        case 0x0E80...0x0EFF: return .lao
        case 0x10A0...0x10FF: return .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return .han
        default: return .other
        }
    }

    /// How many letters (and combining marks) of each script `text` holds.
    static func counts(_ text: String) -> [WritingScript: Int] {
        var counts: [WritingScript: Int] = [:]
        for scalar in text.unicodeScalars {
            if let script = of(scalar) { counts[script, default: 0] += 1 }
        }
        return counts
    }

    /// The script of more than `share` of the letters of `text`, when it has one.
    static func dominant(in text: String, share: Double = 0.5) -> WritingScript? {
        let counts = counts(text)
        let total = counts.values.reduce(0, +)
        guard total > 0, let (script, count) = counts.max(by: { $0.value < $1.value }),
              Double(count) > share * Double(total) else { return nil }
        return script
    }
}
