/// A search as the user typed it, split into terms that must all appear
/// (in the title or the text), as substrings, case-insensitively.
///
/// Words are separated by spaces; a double-quoted run is one term
/// (`"prime minister"`). Nothing in the query is search syntax otherwise:
/// `AND`, `*`, `:` and the like are matched literally.
struct SearchQuery: Equatable {
    /// The terms, without their quotes, never empty strings.
    var terms: [String]

    /// The shortest substring the trigram index can look up; shorter terms
    /// are matched by scanning.
    static let indexedTermLength = 3

    init(_ query: String) {
        var terms: [String] = []
        var current = ""
        var quoted = false
        for character in query {
            if character == "\"" {
                if !current.isEmpty { terms.append(current) }
                current = ""
                quoted.toggle()
            } else if !quoted && character.isWhitespace {
                if !current.isEmpty { terms.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { terms.append(current) }
        self.terms = terms.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// Terms long enough for the trigram index.
    var indexedTerms: [String] { terms.filter { $0.count >= Self.indexedTermLength } }
    /// Terms too short for it.
    var scannedTerms: [String] { terms.filter { $0.count < Self.indexedTermLength } }

    /// An FTS5 query where each indexed term is one quoted phrase (quotes
    /// doubled), so no user text is read as FTS5 syntax; nil when no term is
    /// long enough.
    var matchExpression: String? {
        let phrases = indexedTerms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return phrases.isEmpty ? nil : phrases.joined(separator: " AND ")
    }

    /// A LIKE pattern matching `term` anywhere, with `%`, `_` and `\` escaped (ESCAPE '\').
    static func likePattern(_ term: String) -> String {
        var escaped = ""
        for character in term {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }
}
