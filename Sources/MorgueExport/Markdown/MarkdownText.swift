/// Turns page text (a title, a byline, a caption) into one line of Markdown
/// that shows exactly that text: nothing in it can start emphasis, a link,
/// raw HTML or a block such as a list or a heading.
enum MarkdownText {
    /// `text` on one line (runs of whitespace and line breaks become one
    /// space), with Markdown's punctuation escaped.
    static func inline(_ text: String) -> String {
        let line = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        var out = ""
        out.reserveCapacity(line.utf8.count)
        for ch in line {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out.append("\\"); out.append(ch)
            default:
                out.append(ch)
            }
        }
        return escapingBlockStart(out)
    }

    /// Escapes what would make a line a heading, quote, list item or rule.
    private static func escapingBlockStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#+-=".contains(first) { return "\\" + line }
        // "1. " or "1) " opens an ordered list.
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, let after = line.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }

    /// An image or link destination Markdown reads back as the same URL;
    /// nil unless it is an http or https URL.
    static func destination(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default:
                if scalar.value < 0x21 || (0x7F...0x9F).contains(scalar.value) {
                    out += "%" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
