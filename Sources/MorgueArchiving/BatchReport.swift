/// The tally of a batch (an import, or several files or URLs given at once):
/// what was archived, what was already there, what was skipped and what
/// failed, and why.
public struct BatchReport: Equatable, Sendable, Encodable {
    public struct Failure: Equatable, Sendable, Encodable {
        public let source: String
        public let reason: String
        public let message: String
    }

    public struct Skip: Equatable, Sendable, Encodable {
        public let source: String
        public let reason: String
    }

    public private(set) var archived = 0
    public private(set) var newCaptures = 0
    public private(set) var alreadyArchived = 0
    public private(set) var skipped: [Skip] = []
    public private(set) var failed: [Failure] = []

    public init() {}

    public var total: Int { archived + newCaptures + alreadyArchived + skipped.count + failed.count }
    public var hasFailures: Bool { !failed.isEmpty }

    public mutating func record(_ result: ArchiveResult, source: String) {
        switch result {
        case .archived: archived += 1
        case .newCapture: newCaptures += 1
        case .alreadyArchived: alreadyArchived += 1
        case .notAnArticle(let reason): skipped.append(Skip(source: source, reason: "not an article: \(reason)"))
        }
    }

    public mutating func record(_ error: ArchivingError, source: String) {
        failed.append(Failure(source: source, reason: error.reason, message: error.description))
    }

    /// "archived 12, new captures 1, already archived 3, skipped 1, failed 2 (empty page: 1, binary file: 1)".
    public var summaryLine: String {
        var parts = ["archived \(archived)"]
        if newCaptures > 0 { parts.append("new captures of archived stories \(newCaptures)") }
        parts.append("already archived \(alreadyArchived)")
        parts.append("skipped \(skipped.count)")
        var failedPart = "failed \(failed.count)"
        if !failed.isEmpty {
            var counts: [String: Int] = [:]
            for failure in failed { counts[failure.reason, default: 0] += 1 }
            let reasons = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            failedPart += " (" + reasons.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
        }
        parts.append(failedPart)
        return parts.joined(separator: ", ")
    }

    /// The summary line, then a line per skipped and failed page with its reason.
    public var lines: [String] {
        var lines = [summaryLine]
        for skip in skipped { lines.append("skipped: \(skip.source): \(skip.reason)") }
        for failure in failed { lines.append("failed: \(failure.message)") }
        return lines
    }

    enum CodingKeys: String, CodingKey {
        case archived, newCaptures = "new_captures", alreadyArchived = "already_archived", skipped, failed
    }
}
