import MorgueExtraction

/// The user-facing words for extraction failures.
enum ExtractionMessages {
    static func describe(_ error: ExtractionError) -> String {
        switch error {
        case .empty: return "empty file"
        case .binary: return "binary file, not HTML"
        case .unparseable: return "not parseable as HTML"
        }
    }
}
