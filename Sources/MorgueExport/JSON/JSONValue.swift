/// A JSON document whose objects keep their keys in the order they were
/// written, so an article prints in the field order of its contract.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, already spelled as JSON.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One key of an object and its value.
    struct Member: Equatable, Sendable {
        var key: String
        var value: JSONValue
    }
}

extension JSONValue {
    /// The JSON text: compact on one line, or pretty with two-space indents
    /// starting at `depth` levels (for elements of an enclosing array).
    ///
    /// Slashes are not escaped. Control characters (C0, DEL, C1) and the
    /// Unicode line and paragraph separators are escaped, so the text is
    /// always one line when compact and never drives a terminal.
    func serialized(pretty: Bool, depth: Int = 0) -> String {
        var out = ""
        write(to: &out, pretty: pretty, depth: depth)
        return out
    }

    private func write(to out: inout String, pretty: Bool, depth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                if pretty { JSONValue.newline(&out, depth: depth + 1) }
                item.write(to: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty { JSONValue.newline(&out, depth: depth) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                if pretty { JSONValue.newline(&out, depth: depth + 1) }
                JSONValue.writeString(member.key, to: &out)
                out += pretty ? ": " : ":"
                member.value.write(to: &out, pretty: pretty, depth: depth + 1)
            }
            if pretty { JSONValue.newline(&out, depth: depth) }
            out += "}"
        }
    }

    private static func newline(_ out: inout String, depth: Int) {
        out += "\n"
        out += String(repeating: "  ", count: depth)
    }

    private static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 {
                    out += "\\u" + hex4(v)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
