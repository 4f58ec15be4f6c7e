import Foundation
import GRDB
import Testing
@testable import MorgueStore

@Suite("Migrations")
struct MigrationTests {
    @Test("a new archive gets every table, the search index, and records its schema version")
    func createsSchema() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        _ = try Archive(path: path)

        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            for table in ["article", "caption", "capture", "article_search"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            let indexed = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index'")
            #expect(indexed.contains("article_by_url"))
            #expect(indexed.contains("article_by_canonical_url"))
            let uniqueColumns = try db.indexes(on: "capture").filter(\.isUnique).map(\.columns)
            #expect(uniqueColumns.contains(["raw_sha256"]))
            let uniqueArticleColumns = try db.indexes(on: "article").filter(\.isUnique).map(\.columns)
            #expect(uniqueArticleColumns.contains(["content_hash"]))
            #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == ArchiveSchema.migrator.migrations)
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == ArchiveSchema.applicationID)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
        }
    }

    @Test("a new archive has 16 KB pages, and its connections write without waiting on the disk at each commit")
    func connectionsUseNormalSynchronous() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        #expect(try archive.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 16384)
        // 1 is NORMAL: consistent through a crash, no fsync per commit.
        #expect(try archive.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 1)
        #expect(try archive.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 1)
    }

    @Test("an archive left at v1 reopens, is brought up to date, and keeps its articles")
    func reopensV1Archive() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try ArchiveSchema.migrator.migrate(queue, upTo: "v1")
        }
        let first = try Archive(path: path)
        let outcome = try first.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>v1</p>"))

        let reopened = try Archive(path: path)
        #expect(try reopened.count == 1)
        #expect(try reopened.article(id: outcome.articleID)?.article == Fixtures.fullArticle())
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try ArchiveSchema.migrator.hasCompletedMigrations(db) })
    }

    @Test("an empty SQLite file is taken as a new archive")
    func migratesEmptyDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("empty.sqlite")
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 0") }

        let archive = try Archive(path: path)
        #expect(try archive.count == 0)
        try archive.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>x</p>"))
        #expect(try archive.count == 1)
    }

    @Test("an archive written by a newer morgue is refused, untouched")
    func refusesNewerSchema() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        _ = try Archive(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999')")
        }

        #expect(throws: StoreError.newerSchema(path: path, unknownVersions: ["v999"])) {
            try Archive(path: path)
        }
    }

    @Test("another program's SQLite database is not taken over")
    func refusesForeignDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE contacts (name TEXT)")
        }

        #expect(throws: StoreError.notAnArchive(path: path)) { try Archive(path: path) }
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'")
        }
        #expect(tables == ["contacts"])
    }
}
