import GRDB

extension Archive {
    /// Checks the file (`PRAGMA integrity_check`), the links between tables
    /// (`PRAGMA foreign_key_check`) and the full-text index against the
    /// articles. Returns the problems found, one line each; empty when the
    /// archive is sound.
    public func integrityProblems() throws(StoreError) -> [String] {
        try writing("checking integrity") { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0]
                let rowID: Int64? = row[1]
                let parent: String = row[2]
                problems.append("\(table) row \(rowID.map(String.init) ?? "?") refers to a missing \(parent)")
            }
            do {
                try db.execute(sql: "INSERT INTO article_search(article_search, rank) VALUES ('integrity-check', 1)")
            } catch let error as DatabaseError {
                problems.append("the search index does not match the articles (\(error.message ?? "corrupt"))")
            }
            return problems.map(StoreError.printable)
        }
    }
}
