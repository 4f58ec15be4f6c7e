import MorgueArchiving

/// How each URL of a batch is told to the user, as it finishes: the line
/// always names the URL, since URLs finish in no particular order.
enum BatchLines {
    /// Prints the outcome (stdout when it went well, stderr otherwise) and
    /// says whether it was a failure or a page with no article.
    @discardableResult
    static func print(_ outcome: URLBatch.Outcome) -> (failed: Bool, notAnArticle: Bool) {
        switch outcome.result {
        case .success(let result):
            let line = ResultLines.describe(result, source: outcome.url)
            switch result {
            case .archived, .newCapture:
                Console.out("\(outcome.url): \(line)")
            case .alreadyArchived:
                Console.out(line)
            case .notAnArticle:
                Console.error(line)
                return (false, true)
            }
            return (false, false)
        case .failure(let error):
            Console.error(error.description)
            return (true, false)
        }
    }
}
