/// Makes page text safe to print to a terminal: a headline cannot change
/// colours, move the cursor, set the window title, plant a hyperlink or
/// reorder what is shown.
///
/// Removed: escape sequences (CSI `ESC [ … final`, OSC/DCS/SOS/PM/APC strings
/// up to BEL or the string terminator, two- and three-character `ESC`
/// sequences) and their one-character C1 forms; every other C0 and C1
/// control character and DEL; and the bidirectional embedding, override and
/// isolate controls (U+202A–U+202E, U+2066–U+2069). A carriage return becomes
/// a line break, so it cannot overwrite a line. Line breaks and tabs are kept,
/// or turned into spaces for one-line output.
public enum TerminalSafe {
    /// `text` without anything a terminal would act on.
    /// - Parameter keepingLineBreaks: false for one-line output (a row of
    ///   `morgue list`): line breaks and tabs become spaces.
    public static func sanitize(_ text: String, keepingLineBreaks: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let v = s.value
            switch v {
            case 0x1B:
                i = endOfEscape(scalars, from: i)
                continue
            case 0x9B:
                i = endOfControlSequence(scalars, from: i + 1)
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                i = endOfControlString(scalars, from: i + 1)
                continue
            case 0x0A, 0x09:
                out.append(keepingLineBreaks ? s : " ")
            case 0x0D:
                out.append(keepingLineBreaks ? "\n" : " ")
                if i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                out.append(s)
            }
            i += 1
        }
        return String(out)
    }

    /// The index after the escape sequence that starts with ESC at `start`.
    private static func endOfEscape(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let next = start + 1
        guard next < s.count else { return next }
        switch s[next] {
        case "[": return endOfControlSequence(s, from: next + 1)
        case "]", "P", "X", "^", "_": return endOfControlString(s, from: next + 1)
        default:
            // ESC, intermediates 0x20–0x2F, then a final 0x30–0x7E.
            var i = next
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
            if i < s.count, (0x30...0x7E).contains(s[i].value) { return i + 1 }
            return next // a lone ESC: drop it, keep what follows
        }
    }

    /// The index after a CSI sequence whose parameters start at `start`:
    /// parameters 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E. A
    /// sequence cut short by any other character ends before it.
    private static func endOfControlSequence(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let v = s[i].value
            if (0x40...0x7E).contains(v) { return i + 1 }
            if !(0x20...0x3F).contains(v) { return i }
            i += 1
        }
        return i
    }

    /// The index after a control string (OSC, DCS, SOS, PM, APC) whose body
    /// starts at `start`: it ends at BEL, `ESC \` or ST (U+009C). An
    /// unterminated string runs to the end of the text, as a terminal would read it.
    private static func endOfControlString(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            switch s[i].value {
            case 0x07, 0x9C: return i + 1
            case 0x1B where i + 1 < s.count && s[i + 1] == "\\": return i + 2
            default: i += 1
            }
        }
        return i
    }
}
