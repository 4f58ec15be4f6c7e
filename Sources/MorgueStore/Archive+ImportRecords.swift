import Foundation
import GRDB
import MorgueModel

extension Archive {
    /// What the archive remembers of the file at `path` (absolute) from
    /// earlier imports; nil when no import recorded it.
    public func importRecord(path: String) throws(StoreError) -> ImportRecord? {
        try reading("looking up the import record of \(path)") { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT id, size, modified_ns, finished FROM import_file WHERE path = ?", arguments: [path])
            else { return nil }
            let fileID: Int64 = row["id"]
            let file = ImportedFile(path: path, size: row["size"], modifiedNanoseconds: row["modified_ns"])
            let entries = try Row.fetchAll(db, sql: """
                SELECT member, outcome, article_id, detail, extractor_version FROM import_entry
                WHERE file_id = ? ORDER BY member
                """, arguments: [fileID]).compactMap(Self.importEntry)
            return ImportRecord(file: file, finished: row["finished"], entries: entries)
        }
    }

    /// Applies the steps of an import in ONE transaction, in order, returning
    /// the archive outcome of each `.archive` step (nil for the others). Later
    /// steps see earlier ones, as in `archive(_:)`; the batch is all or nothing,
    /// and a failing step is named by `.batchItemFailed`.
    @discardableResult
    public func applyImport(_ steps: [ImportStep]) throws(StoreError) -> [ArchiveOutcome?] {
        guard !steps.isEmpty else { return [] }
        let stamp = now()
        let path = self.path
        return try writing("recording an import batch of \(steps.count)") { db in
            // An import writes batch after batch: a larger page cache on the
            // writing connection keeps the search index's pages in memory
            // between batches instead of reading them back (32 MB).
            try db.execute(sql: "PRAGMA cache_size = -32768")
            var files: [String: Int64] = [:]
            var outcomes: [ArchiveOutcome?] = []
            outcomes.reserveCapacity(steps.count)
            for (index, step) in steps.enumerated() {
                do {
                    outcomes.append(try Self.apply(step, files: &files, at: stamp, in: db))
                } catch {
                    throw StoreError.batchItemFailed(
                        path: path, index: index, source: step.location, reason: Self.reason(error))
                }
            }
            return outcomes
        }
    }

    // MARK: Rows

    private static func apply(
        _ step: ImportStep, files: inout [String: Int64], at stamp: Date, in db: Database
    ) throws -> ArchiveOutcome? {
        switch step {
        case .beginFile(let file):
            files[file.path] = try beginFile(file, at: stamp, in: db)
            return nil
        case .archive(let item, let sha256, let entry):
            let outcome = try archive(item.article, item.capture, sha256: sha256, at: stamp, in: db)
            if let entry {
                try record(
                    .stored(articleID: outcome.articleID), at: entry, extractorVersion: item.article.extractorVersion,
                    files: &files, in: db)
            }
            return outcome
        case .record(let entry, let outcome, let extractorVersion):
            try record(outcome, at: entry, extractorVersion: extractorVersion, files: &files, in: db)
            return nil
        case .finishFile(let path):
            try db.execute(sql: "UPDATE import_file SET finished = 1 WHERE path = ?", arguments: [path])
            return nil
        }
    }

    /// The file's row id; its entries are dropped when its details changed.
    private static func beginFile(_ file: ImportedFile, at stamp: Date, in db: Database) throws -> Int64 {
        if let row = try Row.fetchOne(
            db, sql: "SELECT id, size, modified_ns FROM import_file WHERE path = ?", arguments: [file.path]) {
            let id: Int64 = row["id"]
            let size: Int64 = row["size"]
            let modified: Int64 = row["modified_ns"]
            if size != file.size || modified != file.modifiedNanoseconds {
                try db.execute(sql: "DELETE FROM import_entry WHERE file_id = ?", arguments: [id])
                try db.execute(
                    sql: "UPDATE import_file SET size = ?, modified_ns = ?, finished = 0, recorded_at = ? WHERE id = ?",
                    arguments: [file.size, file.modifiedNanoseconds, stamp, id])
            }
            return id
        }
        try db.execute(
            sql: "INSERT INTO import_file (path, size, modified_ns, finished, recorded_at) VALUES (?, ?, ?, 0, ?)",
            arguments: [file.path, file.size, file.modifiedNanoseconds, stamp])
        return db.lastInsertedRowID
    }

    private static func record(
        _ outcome: ImportEntryOutcome, at key: ImportEntryKey, extractorVersion: String,
        files: inout [String: Int64], in db: Database
    ) throws {
        let fileID: Int64
        if let known = files[key.path] {
            fileID = known
        } else if let stored = try Int64.fetchOne(db, sql: "SELECT id FROM import_file WHERE path = ?", arguments: [key.path]) {
            fileID = stored
            files[key.path] = stored
        } else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "no import record was begun for \(key.path)")
        }
        let (name, articleID, detail) = columns(outcome)
        try db.execute(sql: """
            INSERT OR REPLACE INTO import_entry (file_id, member, outcome, article_id, detail, extractor_version)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [fileID, key.member, name, articleID, detail, extractorVersion])
    }

    private static func columns(_ outcome: ImportEntryOutcome) -> (String, Int64?, String?) {
        switch outcome {
        case .stored(let id): return ("stored", id, nil)
        case .notArticle(let reason): return ("not_article", nil, reason)
        case .failed(let kind, let detail): return (kind.rawValue, nil, detail)
        case .ignored(let reason): return ("ignored", nil, reason)
        }
    }

    /// An entry row read back; nil for a stored entry whose article is gone.
    private static func importEntry(_ row: Row) -> ImportEntry? {
        let name: String = row["outcome"]
        let detail: String? = row["detail"]
        let outcome: ImportEntryOutcome
        switch name {
        case "stored":
            guard let id: Int64 = row["article_id"] else { return nil }
            outcome = .stored(articleID: id)
        case "not_article": outcome = .notArticle(reason: detail ?? "")
        case "ignored": outcome = .ignored(reason: detail ?? "")
        default:
            guard let kind = ImportFailureKind(rawValue: name) else { return nil }
            outcome = .failed(kind, detail: detail)
        }
        return ImportEntry(member: row["member"], outcome: outcome, extractorVersion: row["extractor_version"])
    }
}

extension ImportStep {
    /// What the step concerns, for error messages.
    var location: String {
        switch self {
        case .beginFile(let file): return file.path
        case .archive(let item, _, _): return item.capture.source.location
        case .record(let key, _, _): return key.path
        case .finishFile(let path): return path
        }
    }
}
