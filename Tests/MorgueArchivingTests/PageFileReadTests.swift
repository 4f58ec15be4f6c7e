import Foundation
import MorgueFetch
import Testing
@testable import MorgueArchiving

/// Reading one saved page, and the errors for the usual mistakes.
@Suite struct PageFileReadTests {
    @Test func readsThePageBytesAsTheyAre() throws {
        let folder = try TemporaryFolder()
        let bytes: [UInt8] = Array("<html><body><p>Caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let path = try folder.write("latin1.html", bytes)
        #expect(try PageFile.read(path) == bytes)
    }

    @Test func refusesAMissingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("gone.html")
        #expect(throws: ArchivingError.missingFile(path: path)) { try PageFile.read(path) }
    }

    @Test func refusesAFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("pages.html")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(throws: ArchivingError.isDirectory(path: path)) { try PageFile.read(path) }
    }

    @Test func decompressesAGzippedPage() throws {
        let folder = try TemporaryFolder()
        let page = try FixturePages.bytes("ap-wire-story")
        let path = try folder.write("story.html.gz", try Gzip.compress(page))
        #expect(try PageFile.read(path) == page)
    }

    @Test func refusesACorruptGzipFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("story.html.gz", [0x1F, 0x8B, 0x08, 0x00] + Array("not deflate data at all".utf8))
        #expect {
            try PageFile.read(path)
        } throws: { error in
            guard case .compressed(let reported, _) = error as? ArchivingError else { return false }
            return reported == path
        }
    }

    @Test func refusesATruncatedGzipFile() throws {
        let folder = try TemporaryFolder()
        let whole = try Gzip.compress(try FixturePages.bytes("no-byline"))
        let path = try folder.write("story.html.gz", Array(whole.prefix(whole.count / 2)))
        #expect {
            try PageFile.read(path)
        } throws: { error in
            guard case .compressed(let reported, _) = error as? ArchivingError else { return false }
            return reported == path
        }
    }

    @Test func refusesAGzipFileThatExpandsPastTheLimit() throws {
        let folder = try TemporaryFolder()
        let bomb = try Gzip.compress([UInt8](repeating: 0x20, count: PageFile.maxBytes + 1))
        let path = try folder.write("bomb.html.gz", bomb)
        #expect {
            try PageFile.read(path)
        } throws: { error in
            guard case .compressed(let reported, _) = error as? ArchivingError else { return false }
            return reported == path
        }
    }

    @Test func refusesAFileLargerThanTheLimit() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("huge.html")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(PageFile.maxBytes + 1))
        try handle.close()
        #expect {
            try PageFile.read(path)
        } throws: { error in
            guard case .unreadable(let reported, _) = error as? ArchivingError else { return false }
            return reported == path
        }
    }

    @Test func refusesAPipeInsteadOfWaitingOnIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("pipe.html")
        #expect(mkfifo(path, 0o644) == 0)
        #expect {
            try PageFile.read(path)
        } throws: { error in
            guard case .unreadable(let reported, _) = error as? ArchivingError else { return false }
            return reported == path
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func refusesAFileWithoutReadPermission() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("locked.html", "<html><body>x</body></html>")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        #expect {
            try PageFile.read(path)
        } throws: { error in
            guard case .unreadable(let reported, _) = error as? ArchivingError else { return false }
            return reported == path
        }
    }

    @Test func readsAnEmptyFileAsNoBytes() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("empty.html", [])
        #expect(try PageFile.read(path).isEmpty)
    }
}
