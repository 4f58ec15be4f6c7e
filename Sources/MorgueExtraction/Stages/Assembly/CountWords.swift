/// Counts the words of a text: runs between white space, and in Chinese,
/// Japanese and Korean text (written without spaces) each ideograph, kana
/// or hangul syllable.
enum CountWords {
    static func run(_ text: String) -> Int {
        var words = 0
        var inWord = false
        // Scalar by scalar, read from the UTF-8 bytes (an ASCII byte is its own scalar).
        UTF8Scalars.forEach(in: text) { value in
            if value < 0x80 {
                if ASCIIText.isSpace(UInt8(truncatingIfNeeded: value)) {
                    inWord = false
                } else if !inWord {
                    words += 1
                    inWord = true
                }
            } else if isCJK(value) {
                words += 1
                inWord = false
            } else if let scalar = Unicode.Scalar(value), TextNormalization.isSpace(scalar) {
                inWord = false
            } else if !inWord {
                words += 1
                inWord = true
            }
        }
        return words
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        isCJK(scalar.value)
    }

    static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}

/// The Unicode scalars of a string read from its UTF-8 bytes, which costs
/// a few instructions a byte where `String.unicodeScalars` costs tens.
enum UTF8Scalars {
    /// Calls `body` with the value of each scalar of `text`, in order.
    @inline(__always)
    static func forEach(in text: String, _ body: (UInt32) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    body(UInt32(lead))
                    index += 1
                    continue
                }
                // A Swift string is valid UTF-8: the lead byte tells the width.
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for offset in 1..<width where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                body(value)
                index += width
            }
        }
    }
}
