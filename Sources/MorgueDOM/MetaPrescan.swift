/// The WHATWG "prescan a byte stream to determine its encoding" algorithm,
/// simplified: looks for `<meta charset=...>` or
/// `<meta http-equiv="content-type" content="...charset=...">`, skipping
/// comments. The standard prescans 1024 bytes, but a browser's parser also
/// obeys a declaration found later in `<head>` (and re-reads the page); so
/// does morgue, up to `limit` bytes: saved and archived copies often carry
/// an injected banner or script block before the page's own `<meta>`.
enum MetaPrescan {
    static let limit = 16 * 1024

    static func charsetLabel(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, limit)
        var i = 0
        while i < end {
            // Skip comments.
            if matches(bytes, at: i, "<!--") {
                var j = i + 4
                while j + 2 < bytes.count, !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) { j += 1 }
                i = j + 3
                continue
            }
            if matchesCaseless(bytes, at: i, "<meta"), i + 5 < bytes.count, isSpaceOrSlash(bytes[i + 5]) {
                var j = i + 5
                var attributes: [(String, String)] = []
                while j < bytes.count, bytes[j] != 0x3E {
                    guard let (name, value, next) = attribute(bytes, from: j) else { break }
                    attributes.append((name, value))
                    j = next
                }
                if let label = charset(from: attributes) { return label }
                i = j + 1
                continue
            }
            i += 1
        }
        return nil
    }

    private static func charset(from attributes: [(String, String)]) -> String? {
        var httpEquivContentType = false
        var contentCharset: String?
        for (name, value) in attributes {
            switch name {
            case "charset":
                let label = value.trimmingCharacters(in: " \t\r\n\u{0C}")
                if !label.isEmpty { return label }
            case "http-equiv":
                httpEquivContentType = value.lowercased() == "content-type"
            case "content":
                contentCharset = charsetFromContent(value)
            default:
                break
            }
        }
        return httpEquivContentType ? contentCharset : nil
    }

    /// "extracting character encodings from meta elements": the value after
    /// `charset=` in a `content` attribute.
    static func charsetFromContent(_ content: String) -> String? {
        let lowered = Array(content.lowercased().utf8)
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count <= lowered.count {
            if Array(lowered[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < lowered.count, isSpace(lowered[j]) { j += 1 }
                guard j < lowered.count, lowered[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < lowered.count, isSpace(lowered[j]) { j += 1 }
                var value: [UInt8] = []
                if j < lowered.count, lowered[j] == 0x22 || lowered[j] == 0x27 {
                    let quote = lowered[j]
                    j += 1
                    while j < lowered.count, lowered[j] != quote { value.append(lowered[j]); j += 1 }
                } else {
                    while j < lowered.count, !isSpace(lowered[j]), lowered[j] != 0x3B { value.append(lowered[j]); j += 1 }
                }
                return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    /// Parses one attribute starting at `start`; returns its lower-cased name, value and the index after it.
    private static func attribute(_ b: [UInt8], from start: Int) -> (String, String, Int)? {
        var i = start
        while i < b.count, isSpaceOrSlash(b[i]) { i += 1 }
        guard i < b.count, b[i] != 0x3E else { return nil }
        var name: [UInt8] = []
        while i < b.count, b[i] != 0x3D, b[i] != 0x3E, !isSpaceOrSlash(b[i]) {
            name.append(lower(b[i])); i += 1
        }
        while i < b.count, isSpace(b[i]) { i += 1 }
        guard i < b.count, b[i] == 0x3D else {
            return (String(decoding: name, as: UTF8.self), "", i)
        }
        i += 1
        while i < b.count, isSpace(b[i]) { i += 1 }
        var value: [UInt8] = []
        if i < b.count, b[i] == 0x22 || b[i] == 0x27 {
            let quote = b[i]
            i += 1
            while i < b.count, b[i] != quote { value.append(b[i]); i += 1 }
            i += 1
        } else {
            while i < b.count, !isSpace(b[i]), b[i] != 0x3E { value.append(b[i]); i += 1 }
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self), i)
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
    private static func isSpaceOrSlash(_ c: UInt8) -> Bool { isSpace(c) || c == 0x2F }
    private static func lower(_ c: UInt8) -> UInt8 { (c >= 65 && c <= 90) ? c + 32 : c }

    private static func matches(_ b: [UInt8], at i: Int, _ s: StaticString) -> Bool {
        s.withUTF8Buffer { p in
            guard i + p.count <= b.count else { return false }
            for k in 0..<p.count where b[i + k] != p[k] { return false }
            return true
        }
    }

    private static func matchesCaseless(_ b: [UInt8], at i: Int, _ s: StaticString) -> Bool {
        s.withUTF8Buffer { p in
            guard i + p.count <= b.count else { return false }
            for k in 0..<p.count where lower(b[i + k]) != p[k] { return false }
            return true
        }
    }
}

