import Foundation
import Testing
@testable import MorgueStore

@Suite("Opening an archive")
struct OpeningTests {
    @Test("missing parent folders are created")
    func createsParentFolders() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("a/b/c/archive.sqlite")
        let archive = try Archive(path: path)

        #expect(archive.path == path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a folder given as the archive path is refused with its path")
    func refusesDirectory() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError.pathIsDirectory(path: folder.path)) { try Archive(path: folder.path) }
    }

    @Test("a file standing where the parent folder should be is reported")
    func refusesFileAsParent() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.file("blocker")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))

        let error = #expect(throws: StoreError.self) { try Archive(path: blocker + "/archive.sqlite") }
        guard case .cannotCreateFolder(let path, _)? = error else {
            Issue.record("expected cannotCreateFolder, got \(String(describing: error))")
            return
        }
        #expect(path == blocker)
    }

    @Test("a file that is not SQLite is refused and left as it was")
    func refusesNonSQLiteFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.txt")
        let content = Data(String(repeating: "not a database\n", count: 100).utf8)
        try content.write(to: URL(fileURLWithPath: path))

        #expect(throws: StoreError.notAnArchive(path: path)) { try Archive(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test("a read-only archive file is reported as not writable", .enabled(if: getuid() != 0, "root can write anywhere"))
    func refusesReadOnlyFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        _ = try Archive(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)

        #expect(throws: StoreError.notWritable(path: path)) { try Archive(path: path) }
    }

    @Test("a folder that cannot be written is reported as not writable", .enabled(if: getuid() != 0, "root can write anywhere"))
    func refusesReadOnlyFolder() throws {
        let folder = try TemporaryFolder()
        let locked = folder.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }

        #expect(throws: StoreError.notWritable(path: locked + "/archive.sqlite")) {
            try Archive(path: locked + "/archive.sqlite")
        }
    }

    @Test("a temporary archive works and its folder goes away with it")
    func temporaryArchive() throws {
        var archive: Archive? = try Archive.temporary()
        let path = try #require(archive?.path)
        try archive?.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>t</p>"))
        #expect(try archive?.count == 1)
        #expect(FileManager.default.fileExists(atPath: path))

        archive = nil
        #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
    }

    @Test("two archives on one file see each other's writes")
    func sharedFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("archive.sqlite")
        let writer = try Archive(path: path)
        let reader = try Archive(path: path)

        let outcome = try writer.archive(article: Fixtures.fullArticle(), capture: Fixtures.capture("<p>s</p>"))
        #expect(try reader.article(id: outcome.articleID) != nil)
    }
}
