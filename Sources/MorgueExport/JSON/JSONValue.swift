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

    /// Appends `s` as a JSON string, escaped in one pass over its UTF-8
    /// bytes: every scalar to escape is known by its bytes (C0 and DEL are
    /// single bytes, C1 is `C2 80`…`C2 9F`, U+2028 and U+2029 are
    /// `E2 80 A8` and `E2 80 A9`).
    private static func writeString(_ s: String, to out: inout String) {
        var text = s
        let escaped: [UInt8] = text.withUTF8 { source in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count + 2)
            bytes.append(0x22)
            var i = 0
            let count = source.count
            while i < count {
                let byte = source[i]
                switch byte {
                case 0x22: bytes += [0x5C, 0x22]
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                case 0x09: bytes += [0x5C, 0x74]
                case 0x08: bytes += [0x5C, 0x62]
                case 0x0C: bytes += [0x5C, 0x66]
                case 0x00..<0x20, 0x7F:
                    bytes += unicodeEscape(UInt32(byte))
                case 0xC2 where i + 1 < count && (0x80...0x9F).contains(source[i + 1]):
                    bytes += unicodeEscape(UInt32(source[i + 1]))
                    i += 1
                case 0xE2 where i + 2 < count && source[i + 1] == 0x80 && (source[i + 2] == 0xA8 || source[i + 2] == 0xA9):
                    bytes += unicodeEscape(source[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    i += 2
                default:
                    bytes.append(byte)
                }
                i += 1
            }
            bytes.append(0x22)
            return bytes
        }
        out += String(decoding: escaped, as: UTF8.self)
    }

    /// `\uXXXX`, lower-case hex.
    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        Array(("\\u" + hex4(value)).utf8)
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
