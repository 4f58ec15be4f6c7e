import GRDB

extension Archive {
    /// Articles whose title or text contain every term of `query`, best
    /// matches first (newest first when every term is shorter than three
    /// characters). Finds substrings in any script: "统计局" finds
    /// "国家统计局", "warm" finds "warming".
    public func search(_ query: String, limit: Int = 50) throws(StoreError) -> [ArticleSummary] {
        let parsed = SearchQuery(query)
        guard !parsed.terms.isEmpty, limit > 0 else { return [] }
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let match = parsed.matchExpression {
            conditions.append("article_search MATCH ?")
            arguments += [match]
        }
        for term in parsed.scannedTerms {
            conditions.append("(article_search.title LIKE ? ESCAPE '\\' OR article_search.text LIKE ? ESCAPE '\\')")
            let pattern = SearchQuery.likePattern(term)
            arguments += [pattern, pattern]
        }
        let order = parsed.matchExpression == nil
            ? "article.archived_at DESC, article.id DESC"
            : "article_search.rank, article.archived_at DESC, article.id DESC"
        arguments += [limit]
        let sql = """
            SELECT article.id, article.title, article.site_name, article.published, article.url, article.archived_at
            FROM article_search JOIN article ON article.id = article_search.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order) LIMIT ?
            """
        return try reading("searching") { db in try Self.summaries(db, sql: sql, arguments: arguments) }
    }
}
