import Foundation
import MorgueArchiving

/// `import --summary-json FILE`: the import's summary for scripts: counts,
/// and every failed or skipped page with its reason.
enum ImportSummaryFile {
    static func write(_ report: ImportReport, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(report)
            try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UserFacingError("cannot write the summary to \(path): \(error.localizedDescription)")
        }
    }
}
