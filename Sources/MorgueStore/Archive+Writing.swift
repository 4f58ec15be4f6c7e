import Foundation
import GRDB
import MorgueModel

extension Archive {
    /// Archives one article with the capture it was extracted from, in one
    /// transaction:
    ///
    /// 1. the same raw bytes (SHA-256) are already stored: `.alreadyArchived`,
    ///    nothing is written;
    /// 2. the same story (`contentHash`) is already stored: the capture is
    ///    added to that article, `.newCapture`;
    /// 3. otherwise a new article row is written with its captions and
    ///    capture, `.archived`. A changed version of a URL already archived
    ///    lands here too: both versions are kept.
    @discardableResult
    public func archive(article: Article, capture: CaptureInput) throws(StoreError) -> ArchiveOutcome {
        let stamp = now()
        let sha256 = capture.sha256
        return try writing("archiving \(capture.source.location)") { db in
            try Self.archive(article, capture, sha256: sha256, at: stamp, in: db)
        }
    }

    /// Archives many items in ONE transaction, in order, returning an outcome
    /// per item. Later items see earlier ones (the same bytes twice in a batch
    /// give `.archived` then `.alreadyArchived`).
    ///
    /// The batch is all or nothing: when any item fails (a constraint such as
    /// an impossible HTTP status, or a database error), the whole batch is
    /// rolled back and `.batchItemFailed` names the item. A caller that wants
    /// to keep the good items can retry them one by one.
    public func archive(_ items: [ArchiveItem]) throws(StoreError) -> [ArchiveOutcome] {
        guard !items.isEmpty else { return [] }
        let stamp = now()
        let hashes = items.map(\.capture.sha256)
        let path = self.path
        return try writing("archiving a batch of \(items.count)") { db in
            var outcomes: [ArchiveOutcome] = []
            outcomes.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                do {
                    outcomes.append(try Self.archive(item.article, item.capture, sha256: hashes[index], at: stamp, in: db))
                } catch {
                    throw StoreError.batchItemFailed(
                        path: path, index: index, source: item.capture.source.location, reason: Self.reason(error))
                }
            }
            return outcomes
        }
    }

    // MARK: Rows

    static func archive(
        _ article: Article, _ capture: CaptureInput, sha256: String, at stamp: Date, in db: Database
    ) throws -> ArchiveOutcome {
        if let known = try Int64.fetchOne(db, sql: "SELECT article_id FROM capture WHERE raw_sha256 = ?", arguments: [sha256]) {
            return .alreadyArchived(articleID: known)
        }
        if let contentHash = article.contentHash,
           let known = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE content_hash = ?", arguments: [contentHash]) {
            try insertCapture(capture, sha256: sha256, articleID: known, extractorVersion: article.extractorVersion, at: stamp, in: db)
            return .newCapture(articleID: known)
        }
        let articleID = try insertArticle(article, at: stamp, in: db)
        try insertCapture(capture, sha256: sha256, articleID: articleID, extractorVersion: article.extractorVersion, at: stamp, in: db)
        return .archived(articleID: articleID)
    }

    private static func insertArticle(_ article: Article, at stamp: Date, in db: Database) throws -> Int64 {
        let arguments: StatementArguments = [
            article.title, article.siteName, article.section, article.url, article.canonicalURL,
            article.language, article.published, article.modified, article.byline,
            try ArticleEncoding.json(article.authors), article.organization,
            article.dateline?.text, article.dateline?.location, article.dateline?.agency, article.dateline?.date,
            article.text, article.markdown, article.wordCount, article.isArticle,
            try ArticleEncoding.json(article.notes), try ArticleEncoding.json(article.corrections),
            article.contentHash, article.extractorVersion, stamp, try ArticleEncoding.json(article),
        ]
        try db.execute(sql: """
            INSERT INTO article (
                title, site_name, section, url, canonical_url,
                language, published, modified, byline,
                authors, organization,
                dateline_text, dateline_location, dateline_agency, dateline_date,
                text, markdown, word_count, is_article,
                notes, corrections,
                content_hash, extractor_version, archived_at, article_json
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: arguments)
        let articleID = db.lastInsertedRowID
        for (position, caption) in article.captions.enumerated() {
            try db.execute(
                sql: "INSERT INTO caption (article_id, position, text, credit, image_url) VALUES (?, ?, ?, ?, ?)",
                arguments: [articleID, position, caption.text, caption.credit, caption.imageURL])
        }
        return articleID
    }

    private static func insertCapture(
        _ capture: CaptureInput, sha256: String, articleID: Int64, extractorVersion: String, at stamp: Date, in db: Database
    ) throws {
        let arguments: StatementArguments = [
            articleID, capture.raw, capture.raw.count, sha256,
            capture.source.kind, capture.source.location,
            capture.requestedURL, capture.finalURL, capture.fetchedAt, capture.httpStatus,
            capture.contentType, capture.etag, capture.lastModified,
            extractorVersion, stamp,
        ]
        try db.execute(sql: """
            INSERT INTO capture (
                article_id, raw, raw_size, raw_sha256,
                source_kind, source,
                requested_url, final_url, fetched_at, http_status,
                content_type, etag, last_modified,
                extractor_version, archived_at
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: arguments)
    }
}
