import GRDB

/// Every article of an archive, oldest first (by id), read a page at a time so
/// an export never holds the whole archive in memory.
///
/// Pages are read by id (`id > last seen`), so articles archived while the
/// walk runs are reached, and none is skipped or repeated.
///
///     var articles = archive.allArticles()
///     while let stored = try articles.next() { ... }
public struct ArchivedArticles: Sendable {
    private let archive: Archive
    private let pageSize: Int
    private var page: [StoredArticle] = []
    private var pageIndex = 0
    private var lastID: Int64 = 0
    private var exhausted = false

    init(archive: Archive, pageSize: Int) {
        self.archive = archive
        self.pageSize = max(pageSize, 1)
    }

    /// The next article, or nil after the last one.
    public mutating func next() throws(StoreError) -> StoredArticle? {
        if pageIndex == page.count {
            guard !exhausted else { return nil }
            page = try archive.articles(after: lastID, limit: pageSize)
            pageIndex = 0
            exhausted = page.count < pageSize
            guard let last = page.last else { return nil }
            lastID = last.id
        }
        defer { pageIndex += 1 }
        return page[pageIndex]
    }
}

extension Archive {
    /// All articles, oldest first, read `pageSize` at a time.
    public func allArticles(pageSize: Int = 200) -> ArchivedArticles {
        ArchivedArticles(archive: self, pageSize: pageSize)
    }

    /// Up to `limit` articles with an id above `id`, by id, with their captures.
    func articles(after id: Int64, limit: Int) throws(StoreError) -> [StoredArticle] {
        let path = self.path
        return try reading("reading articles") { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, archived_at, article_json FROM article WHERE id > ? ORDER BY id LIMIT ?",
                arguments: [id, limit])
            let captures = try Self.captureSummaries(articleIDs: rows.map { $0["id"] }, in: db)
            return try rows.map { row in
                try Self.storedArticle(row, captures: captures[row["id"]] ?? [], path: path)
            }
        }
    }
}
