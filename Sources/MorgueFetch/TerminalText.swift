/// Makes text that came from a server (a header, a redirect target, an error
/// message) safe to print on one terminal line.
enum TerminalText {
    /// Replaces control characters (including ESC, CR, LF and the C1 range)
    /// with U+FFFD and cuts the text to `maxLength` characters.
    static func sanitized(_ text: String, maxLength: Int = 300) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == maxLength {
                result.append("…")
                break
            }
            let value = scalar.value
            let isControl = value < 0x20 || value == 0x7f || (0x80...0x9f).contains(value)
            // Bidirectional overrides can make a line read differently than it is.
            let isBidiControl = (0x202a...0x202e).contains(value) || (0x2066...0x2069).contains(value)
            result.unicodeScalars.append(isControl || isBidiControl ? "\u{FFFD}" : scalar)
            count += 1
        }
        return result
    }
}
