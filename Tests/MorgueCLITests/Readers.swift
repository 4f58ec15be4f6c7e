import Foundation
import Testing

/// Reads what `morgue` printed: JSON documents and Markdown front matter.
enum Readers {
    /// A JSON object; fails the test when the text is not one.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    /// A JSON array of objects; fails the test when the text is not one.
    static func objects(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], "not a JSON array of objects: \(text)")
    }

    /// A parsed JSON value written back with sorted keys, for comparing two documents.
    static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The front matter that opens a Markdown document, with the body after
    /// it: scalars by key, lists by key. Nil when the document does not open
    /// with a well-formed `---` fenced block of `key: value` and `  - item`
    /// lines.
    static func frontMatter(_ document: String) -> (scalars: [String: String], lists: [String: [String]], body: String)? {
        var lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "---" else { return nil }
        lines.removeFirst()
        var scalars: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var listKey: String?
        while !lines.isEmpty {
            let line = lines.removeFirst()
            if line == "---" {
                return (scalars, lists, lines.joined(separator: "\n"))
            }
            if line.hasPrefix("  - "), let key = listKey {
                guard let item = scalar(String(line.dropFirst(4))) else { return nil }
                lists[key, default: []].append(item)
                continue
            }
            guard let colon = line.range(of: ":") else { return nil }
            let key = String(line[..<colon.lowerBound])
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" }), scalars[key] == nil, lists[key] == nil else { return nil }
            let rest = line[colon.upperBound...]
            if rest.isEmpty {
                listKey = key
                lists[key] = []
            } else {
                guard rest.hasPrefix(" "), let value = scalar(String(rest.dropFirst())) else { return nil }
                scalars[key] = value
                listKey = nil
            }
        }
        return nil
    }

    /// A plain or double-quoted YAML scalar as morgue writes them.
    static func scalar(_ text: String) -> String? {
        guard text.hasPrefix("\"") else {
            return text.isEmpty || text.contains(": ") || text.contains(" #") ? nil : text
        }
        guard text.count >= 2, text.hasSuffix("\"") else { return nil }
        var out = ""
        var scalars = text.unicodeScalars.dropFirst().dropLast().makeIterator()
        while let c = scalars.next() {
            guard c == "\\" else {
                if c == "\"" { return nil }
                out.unicodeScalars.append(c)
                continue
            }
            switch scalars.next() {
            case "\\": out += "\\"
            case "\"": out += "\""
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "0": out += "\0"
            case "N": out += "\u{85}"
            case "L": out += "\u{2028}"
            case "P": out += "\u{2029}"
            case let e? where e == "x" || e == "u":
                var hex = ""
                for _ in 0..<(e == "x" ? 2 : 4) {
                    guard let h = scalars.next() else { return nil }
                    hex.unicodeScalars.append(h)
                }
                guard let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else { return nil }
                out.unicodeScalars.append(s)
            default: return nil
            }
        }
        return out
    }

    /// Markdown inline text with its backslash escapes undone.
    static func unescapingMarkdown(_ text: String) -> String {
        var out = ""
        var escaped = false
        for c in text {
            if !escaped, c == "\\" { escaped = true; continue }
            escaped = false
            out.append(c)
        }
        return out
    }

    /// The id at the start of a `morgue list` row.
    static func listedID(_ row: String) -> Int? {
        Int(row.split(separator: " ", maxSplits: 1).first ?? "")
    }

    /// The title at the end of a `morgue list` row: after the id, date and site columns.
    static func listedTitle(_ row: String) -> String {
        // id (5) + 2 + date (10) + 2 + site (24) + 2
        String(row.dropFirst(5 + 2 + 10 + 2 + 24 + 2))
    }
}
