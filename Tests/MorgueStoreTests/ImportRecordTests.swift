import Foundation
import GRDB
import MorgueModel
import Testing
@testable import MorgueStore

@Suite("Import records")
struct ImportRecordTests {
    let folder: TemporaryFolder
    let archive: Archive
    let file = ImportedFile(path: "/pages/story.html", size: 1200, modifiedNanoseconds: 1_700_000_000_123_456_789)

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("archive.sqlite"))
    }

    func sha(_ item: ArchiveItem) -> String { item.capture.sha256 }

    @Test("schema v2 adds the import tables to an archive left at v1, keeping its articles")
    func migratesV1() throws {
        let path = folder.file("old.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try ArchiveSchema.migrator.migrate(queue, upTo: "v1")
        }
        let before = try DatabaseQueue(path: path).read { db in try db.tableExists("import_file") }
        #expect(!before)
        let reopened = try Archive(path: path)
        try reopened.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>v1</p>"))
        #expect(try reopened.count == 1)
        let tables = try DatabaseQueue(path: path).read { db in
            (try db.tableExists("import_file"), try db.tableExists("import_entry"))
        }
        #expect(tables == (true, true))
    }

    @Test("a page file's record is read back: details, finished, outcome")
    func roundTrip() throws {
        let item = Fixtures.item(title: "One", text: "first story", html: "<p>1</p>")
        let key = ImportEntryKey(path: file.path)
        let outcomes = try archive.applyImport([
            .beginFile(file), .archive(item, sha256: sha(item), entry: key), .finishFile(path: file.path),
        ])
        let outcome = try #require(outcomes[1])
        let record = try #require(try archive.importRecord(path: file.path))
        #expect(record.file == file)
        #expect(record.finished)
        #expect(record.entries == [ImportEntry(member: 0, outcome: .stored(articleID: outcome.articleID), extractorVersion: Fixtures.extractorVersion)])
        #expect(try archive.importRecord(path: "/pages/other.html") == nil)
    }

    @Test("every kind of outcome is kept, by member, in order")
    func outcomes() throws {
        let warc = ImportedFile(path: "/crawl.warc.gz", size: 9_000, modifiedNanoseconds: 5)
        let recorded: [(Int64, ImportEntryOutcome)] = [
            (700, .ignored(reason: "request record")),
            (0, .notArticle(reason: "index page")),
            (350, .failed(.badGzip, detail: "truncated")),
            (1_000, .failed(.empty, detail: nil)),
        ]
        try archive.applyImport([.beginFile(warc)] + recorded.map {
            .record(ImportEntryKey(path: warc.path, member: $0.0), $0.1, extractorVersion: "9.9")
        })
        let record = try #require(try archive.importRecord(path: warc.path))
        #expect(!record.finished)
        #expect(record.entries.map(\.member) == [0, 350, 700, 1_000])
        #expect(record.entries.map(\.outcome) == recorded.sorted { $0.0 < $1.0 }.map(\.1))
        #expect(record.entries.allSatisfy { $0.extractorVersion == "9.9" })
    }

    @Test("a file met again with other details loses its old entries")
    func changedFile() throws {
        try archive.applyImport([
            .beginFile(file), .record(ImportEntryKey(path: file.path), .failed(.binary, detail: nil), extractorVersion: "1"),
            .finishFile(path: file.path),
        ])
        var changed = file
        changed.modifiedNanoseconds += 1
        try archive.applyImport([.beginFile(changed)])
        let record = try #require(try archive.importRecord(path: file.path))
        #expect(record.file == changed)
        #expect(!record.finished)
        #expect(record.entries.isEmpty)
    }

    @Test("a file met again unchanged keeps its entries (an import going on)")
    func unchangedFile() throws {
        let key = ImportEntryKey(path: file.path, member: 10)
        try archive.applyImport([.beginFile(file), .record(key, .ignored(reason: "metadata record"), extractorVersion: "1")])
        try archive.applyImport([.beginFile(file), .record(ImportEntryKey(path: file.path, member: 20), .ignored(reason: "request record"), extractorVersion: "1")])
        #expect(try archive.importRecord(path: file.path)?.entries.map(\.member) == [10, 20])
    }

    @Test("later steps of a batch see earlier ones: the same bytes twice, the same story twice")
    func dedupesWithinABatch() throws {
        let first = Fixtures.item(title: "One", text: "first story", html: "<p>1</p>")
        let again = Fixtures.item(title: "One", text: "first story", html: "<p>1</p>")
        let resaved = Fixtures.item(title: "One", text: "first story", html: "<p>1 again</p>")
        let outcomes = try archive.applyImport([
            .archive(first, sha256: sha(first), entry: nil),
            .archive(again, sha256: sha(again), entry: nil),
            .archive(resaved, sha256: sha(resaved), entry: nil),
        ])
        let id = try #require(outcomes[0]).articleID
        #expect(outcomes == [.archived(articleID: id), .alreadyArchived(articleID: id), .newCapture(articleID: id)])
        #expect(try archive.count == 1)
        #expect(try archive.captureCount == 2)
    }

    @Test("a failing step rolls the whole batch back and is named")
    func allOrNothing() throws {
        let good = Fixtures.item(title: "One", text: "first story", html: "<p>1</p>")
        var bad = Fixtures.item(title: "Two", text: "second story", html: "<p>2</p>")
        bad.capture.httpStatus = 999
        #expect(throws: StoreError.self) {
            try archive.applyImport([
                .beginFile(file), .archive(good, sha256: sha(good), entry: ImportEntryKey(path: file.path)),
                .archive(bad, sha256: sha(bad), entry: nil),
            ])
        }
        #expect(try archive.count == 0)
        #expect(try archive.importRecord(path: file.path) == nil)
    }

    @Test("an entry for a file whose record was not begun is refused")
    func entryNeedsItsFile() throws {
        #expect(throws: StoreError.self) {
            try archive.applyImport([.record(ImportEntryKey(path: "/nowhere.html"), .failed(.empty, detail: nil), extractorVersion: "1")])
        }
    }
}
