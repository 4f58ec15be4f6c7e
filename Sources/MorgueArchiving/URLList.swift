import Foundation

/// A list of URLs as a user writes it in a file: one a line, blank lines
/// skipped, `#` starting a comment (at the start of a line, or after white
/// space, so a URL's own `#fragment` stays), white space around each URL
/// trimmed.
public enum URLList {
    public static func parse(_ text: String) -> [String] {
        var urls: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var content = Substring(line)
            if let comment = commentStart(in: content) { content = content[..<comment] }
            let url = content.trimmingCharacters(in: .whitespaces)
            if !url.isEmpty { urls.append(url) }
        }
        return urls
    }

    private static func commentStart(in line: Substring) -> Substring.Index? {
        var previous: Character?
        for index in line.indices {
            if line[index] == "#", previous == nil || previous!.isWhitespace { return index }
            previous = line[index]
        }
        return nil
    }
}
