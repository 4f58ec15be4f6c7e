import Foundation
import GRDB
import MorgueModel

extension Archive {
    /// The article with this id, with its captures; nil when there is none.
    public func article(id: Int64) throws(StoreError) -> StoredArticle? {
        let path = self.path
        return try reading("reading article \(id)") { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT id, archived_at, article_json FROM article WHERE id = ?", arguments: [id])
            else { return nil }
            let captures = try Self.captureSummaries(articleIDs: [id], in: db)[id] ?? []
            return try Self.storedArticle(row, captures: captures, path: path)
        }
    }

    /// One page of the listing, newest first (by archive time, then id).
    public func list(limit: Int, offset: Int = 0) throws(StoreError) -> [ArticleSummary] {
        try reading("listing articles") { db in
            try Self.summaries(db, sql: """
                SELECT id, title, site_name, published, url, archived_at FROM article
                ORDER BY archived_at DESC, id DESC LIMIT ? OFFSET ?
                """, arguments: [max(limit, 0), max(offset, 0)])
        }
    }

    /// Every article archived from this URL (as fetched or as canonical),
    /// newest first: the versions of one story over time.
    public func articles(url: String) throws(StoreError) -> [ArticleSummary] {
        try reading("looking up \(url)") { db in
            try Self.summaries(db, sql: """
                SELECT id, title, site_name, published, url, archived_at FROM article
                WHERE url = ?1 OR canonical_url = ?1
                ORDER BY archived_at DESC, id DESC
                """, arguments: [url])
        }
    }

    /// The captures of an article, oldest first.
    public func captures(articleID: Int64) throws(StoreError) -> [CaptureSummary] {
        try reading("reading captures of article \(articleID)") { db in
            try Self.captureSummaries(articleIDs: [articleID], in: db)[articleID] ?? []
        }
    }

    /// The page bytes of a capture exactly as they were stored; nil when there is no such capture.
    public func rawHTML(captureID: Int64) throws(StoreError) -> Data? {
        try reading("reading capture \(captureID)") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT raw FROM capture WHERE id = ?", arguments: [captureID])
            else { return nil }
            // An empty BLOB reads back as an empty value, never as NULL (the column is NOT NULL).
            let raw: Data? = row["raw"]
            return raw ?? Data()
        }
    }

    /// True when bytes with this SHA-256 (hex, as `CaptureInput.sha256`) are
    /// already archived: lets an import skip a file without extracting it.
    public func hasCapture(sha256: String) throws(StoreError) -> Bool {
        try reading("looking up a capture") { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM capture WHERE raw_sha256 = ?)",
                arguments: [sha256.lowercased()]) ?? false
        }
    }

    /// The article that bytes with this SHA-256 were archived as, if any: lets
    /// an import report "already archived as #N" without extracting again.
    public func articleID(forCaptureSHA256 sha256: String) throws(StoreError) -> Int64? {
        try reading("looking up a capture") { db in
            try Int64.fetchOne(
                db, sql: "SELECT article_id FROM capture WHERE raw_sha256 = ? LIMIT 1",
                arguments: [sha256.lowercased()])
        }
    }

    /// The number of articles.
    public var count: Int {
        get throws(StoreError) {
            try reading("counting articles") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
        }
    }

    /// The number of captures (pages stored), at least `count`.
    public var captureCount: Int {
        get throws(StoreError) {
            try reading("counting captures") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM capture") ?? 0 }
        }
    }

    // MARK: Rows

    static func summaries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ArticleSummary] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            ArticleSummary(
                id: row["id"], title: row["title"], siteName: row["site_name"],
                published: row["published"], url: row["url"], archivedAt: row["archived_at"])
        }
    }

    /// Decodes a row holding `id`, `archived_at` and `article_json`.
    static func storedArticle(_ row: Row, captures: [CaptureSummary], path: String) throws -> StoredArticle {
        let id: Int64 = row["id"]
        let json: String = row["article_json"]
        let article: Article
        do {
            article = try ArticleEncoding.article(fromJSON: json)
        } catch {
            throw StoreError.corruptRecord(path: path, articleID: id, reason: "its stored JSON does not decode (\(error))")
        }
        return StoredArticle(id: id, archivedAt: row["archived_at"], article: article, captures: captures)
    }

    /// The capture summaries of several articles, grouped by article, oldest first.
    static func captureSummaries(articleIDs: [Int64], in db: Database) throws -> [Int64: [CaptureSummary]] {
        guard !articleIDs.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: articleIDs.count).joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, article_id, source_kind, source, requested_url, final_url, fetched_at, http_status,
                   content_type, etag, last_modified, raw_sha256, raw_size, extractor_version, archived_at
            FROM capture WHERE article_id IN (\(placeholders)) ORDER BY id
            """, arguments: StatementArguments(articleIDs))
        var grouped: [Int64: [CaptureSummary]] = [:]
        for row in rows {
            let kind: String = row["source_kind"]
            let location: String = row["source"]
            // The schema's CHECK allows only the two kinds CaptureSource knows.
            let source = CaptureSource(kind: kind, location: location) ?? .file(path: location)
            let summary = CaptureSummary(
                id: row["id"], articleID: row["article_id"], source: source,
                requestedURL: row["requested_url"], finalURL: row["final_url"], fetchedAt: row["fetched_at"],
                httpStatus: row["http_status"], contentType: row["content_type"], etag: row["etag"],
                lastModified: row["last_modified"], sha256: row["raw_sha256"], byteCount: row["raw_size"],
                extractorVersion: row["extractor_version"], archivedAt: row["archived_at"])
            grouped[summary.articleID, default: []].append(summary)
        }
        return grouped
    }
}
