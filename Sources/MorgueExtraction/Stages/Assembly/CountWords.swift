/// Counts the words of a text: runs between white space, and in Chinese,
/// Japanese and Korean text (written without spaces) each ideograph, kana
/// or hangul syllable.
enum CountWords {
    static func run(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                words += 1
                inWord = false
            } else if TextNormalization.isSpace(scalar) {
                inWord = false
            } else if !inWord {
                words += 1
                inWord = true
            }
        }
        return words
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
