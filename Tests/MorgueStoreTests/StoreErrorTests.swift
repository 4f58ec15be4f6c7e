import Testing
@testable import MorgueStore

@Suite("Store errors")
struct StoreErrorTests {
    @Test("each error carries its path and describes itself in one line that names it")
    func oneLineWithPath() {
        let path = "/home/ann/archive.sqlite"
        let errors: [StoreError] = [
            .pathIsDirectory(path: path),
            .cannotCreateFolder(path: path, reason: "permission denied"),
            .notWritable(path: path),
            .notAnArchive(path: path),
            .cannotOpen(path: path, reason: "disk I/O error"),
            .newerSchema(path: path, unknownVersions: ["v9"]),
            .migrationFailed(path: path, reason: "disk full"),
            .corruptRecord(path: path, articleID: 3, reason: "bad JSON"),
            .batchItemFailed(path: path, index: 0, source: "a.html", reason: "CHECK constraint failed"),
            .databaseFailure(path: path, operation: "listing articles", reason: "database is locked"),
        ]
        for error in errors {
            #expect(error.path == path)
            #expect(error.description.contains(path))
            #expect(!error.description.contains("\n"))
        }
        #expect(Set(errors.map(\.description)).count == errors.count)
    }

    @Test("control characters in a path cannot reach the terminal")
    func controlCharacters() {
        let error = StoreError.notAnArchive(path: "/tmp/evil\u{1B}[31mred\nsecond\u{9B}line")
        let description = error.description
        #expect(!description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(description.contains("\\u{1b}[31mred"))
    }
}
