/// Writes strings as YAML scalars that always read back as the same string,
/// whatever a page put in them, and reads back the scalars morgue wrote.
///
/// A value is written plain only when it plainly cannot mean anything else:
/// it starts with a letter, holds only letters, digits, spaces and harmless
/// punctuation, has no `: ` or ` #`, and is not a word YAML reads as a
/// boolean or null. Everything else is double-quoted with escapes, so
/// colons, quotes, `#`, a leading `-`, newlines and control characters stay text.
public enum YAMLScalar {
    /// The YAML spelling of `value`.
    public static func quote(_ value: String) -> String {
        isSafePlain(value) ? value : doubleQuoted(value)
    }

    /// The string a scalar written by `quote(_:)` stands for; nil when the
    /// text is not a plain or double-quoted scalar morgue could have written.
    public static func unquote(_ scalar: String) -> String? {
        guard scalar.hasPrefix("\"") else {
            return isSafePlain(scalar) ? scalar : nil
        }
        var out = ""
        var iterator = scalar.unicodeScalars.dropFirst().makeIterator()
        while let c = iterator.next() {
            switch c {
            case "\"":
                return iterator.next() == nil ? out : nil
            case "\\":
                guard let e = iterator.next() else { return nil }
                switch e {
                case "\\": out += "\\"
                case "\"": out += "\""
                case "n": out += "\n"
                case "t": out += "\t"
                case "r": out += "\r"
                case "0": out += "\0"
                case "N": out += "\u{85}"
                case "L": out += "\u{2028}"
                case "P": out += "\u{2029}"
                case "x", "u":
                    var hex = ""
                    for _ in 0..<(e == "x" ? 2 : 4) {
                        guard let h = iterator.next() else { return nil }
                        hex.unicodeScalars.append(h)
                    }
                    guard let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else { return nil }
                    out.unicodeScalars.append(s)
                default: return nil
                }
            default:
                out.unicodeScalars.append(c)
            }
        }
        return nil
    }

    // MARK: Plain

    /// Words YAML 1.1 or 1.2 read as booleans or null.
    private static let reservedWords: Set<String> = [
        "y", "yes", "n", "no", "true", "false", "on", "off", "null",
    ]

    private static let plainPunctuation: Set<Unicode.Scalar> = [
        " ", ".", ",", "'", "(", ")", "/", "&", "!", "?", "%", "+", "_", ";", "-", "=", "@", ":", "~", "$",
    ]

    private static func isSafePlain(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first.properties.isAlphabetic,
              value.unicodeScalars.last != " ", !value.hasSuffix(":"),
              !value.contains(": "), !value.contains(" #"),
              !reservedWords.contains(value.lowercased())
        else { return false }
        for scalar in value.unicodeScalars {
            if plainPunctuation.contains(scalar) { continue }
            if isSpecial(scalar) { return false }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                continue
            default:
                return false
            }
        }
        return true
    }

    /// Scalars that never appear in a plain scalar: ASCII punctuation not
    /// listed as harmless, controls, and YAML's own line breaks and BOM.
    private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || plainPunctuation.contains(scalar))
        }
        return [0x85, 0x2028, 0x2029, 0xFEFF].contains(scalar.value) || (0x80...0x9F).contains(scalar.value)
    }

    // MARK: Double-quoted

    private static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) {
                    out += "\\x" + hex(v, width: 2)
                } else if v == 0xFEFF {
                    out += "\\uFEFF"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
