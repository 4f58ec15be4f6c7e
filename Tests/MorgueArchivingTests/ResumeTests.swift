import Foundation
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Importing the same files again: unchanged files are not read, their
/// outcomes come from the archive's import records; changed files are read.
@Suite struct ResumeTests {
    let folder: TemporaryFolder
    let archive: Archive
    let pages: String

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("archive.sqlite"))
        pages = folder.file("saved")
    }

    func importer(keepNonArticles: Bool = false) -> ParallelImporter {
        ParallelImporter(archive: archive, options: ImportOptions(jobs: 2, keepNonArticles: keepNonArticles))
    }

    /// Two stories, a section front, a binary page and an empty one.
    func writeFolder() throws -> (story: String, other: String, front: String, binary: String, empty: String) {
        (try folder.write("saved/story.html", StoryPages.bytes(1)),
         try folder.write("saved/other.html", StoryPages.bytes(2)),
         try folder.write("saved/front.html", FixturePages.bytes(FixturePages.sectionFront)),
         try folder.write("saved/logo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array(repeating: 0, count: 100)),
         try folder.write("saved/empty.html", []))
    }

    /// Bytes of another story, as long as `length`.
    func otherStory(length: Int, seed: Int) -> [UInt8] {
        var bytes = StoryPages.bytes(seed)
        if bytes.count < length { bytes += Array(repeating: 0x20, count: length - bytes.count) }
        return Array(bytes.prefix(length))
    }

    @Test func aSecondRunRecallsEveryOutcomeWithoutReadingTheFiles() throws {
        let files = try writeFolder()
        let first = importer().run([pages])
        #expect(first.batch.archived == 2)
        #expect(first.recalled == 0)

        // Other bytes behind unchanged details: were the files read, the new
        // story would be archived and the new front would be one.
        let storyLength = try PageFile.read(files.story).count
        try FileTimes.replaceUnnoticed(files.story, with: otherStory(length: storyLength, seed: 99))
        let frontLength = try PageFile.read(files.front).count
        try FileTimes.replaceUnnoticed(files.front, with: otherStory(length: frontLength, seed: 98))
        try FileTimes.replaceUnnoticed(files.binary, with: Array(repeating: 0x20, count: 106))

        var recalled: [String] = []
        let second = importer().run([pages]) { event in
            if case .page(let page, _) = event, page.recalled { recalled.append(page.source) }
        }
        #expect(second.recalled == 5)
        #expect(recalled.sorted() == [files.story, files.other, files.front, files.binary, files.empty].sorted())
        #expect(second.batch.archived == 0)
        #expect(second.batch.alreadyArchived == 2)
        #expect(second.batch.skipped == first.batch.skipped)
        #expect(second.batch.failed == first.batch.failed)
        #expect(try archive.count == 2)
    }

    @Test func aFileWithANewModificationTimeIsReadAgain() throws {
        let files = try writeFolder()
        _ = importer().run([pages])
        let length = try PageFile.read(files.story).count
        let time = try FileTimes.modified(files.story)
        try FileTimes.replaceUnnoticed(files.story, with: otherStory(length: length, seed: 50))
        try FileTimes.setModified(files.story, timespec(tv_sec: time.tv_sec + 10, tv_nsec: time.tv_nsec))

        let second = importer().run([pages])
        #expect(second.batch.archived == 1)
        #expect(second.recalled == 4)
        #expect(try archive.count == 3)
    }

    @Test func aFileWithANewSizeIsReadAgain() throws {
        let files = try writeFolder()
        _ = importer().run([pages])
        let time = try FileTimes.modified(files.empty)
        try Data(StoryPages.bytes(60)).write(to: URL(fileURLWithPath: files.empty))
        try FileTimes.setModified(files.empty, time)

        let second = importer().run([pages])
        #expect(second.batch.archived == 1)
        #expect(second.batch.failed.map(\.source) == [files.binary])
        #expect(try archive.count == 3)
    }

    @Test func pagesFoundNotToBeArticlesAreReadAgainWhenNonArticlesAreKept() throws {
        let files = try writeFolder()
        _ = importer().run([pages])
        let second = importer(keepNonArticles: true).run([pages])
        #expect(second.batch.archived == 1)
        #expect(second.recalled == 4)
        let stored = try archive.list(limit: 10).compactMap { try archive.article(id: $0.id) }
        #expect(stored.contains { $0.captures.first?.source == .file(path: files.front) })
    }

    @Test func theRecordsNameEachFileWithItsDetailsAndOutcome() throws {
        let files = try writeFolder()
        _ = importer().run([pages])
        let record = try #require(try archive.importRecord(path: files.binary))
        #expect(record.finished)
        #expect(record.file.size == 106)
        #expect(record.entries.map(\.outcome) == [.failed(.binary, detail: nil)])
        let story = try #require(try archive.importRecord(path: files.story))
        guard case .stored(let id) = story.entries.first?.outcome else {
            Issue.record("the story's outcome is \(String(describing: story.entries.first))")
            return
        }
        #expect(try archive.captures(articleID: id).map(\.source) == [.file(path: files.story)])
        let front = try archive.importRecord(path: files.front)?.entries.first?.outcome
        guard case .notArticle(let reason) = front else {
            Issue.record("the section front's outcome is \(String(describing: front))")
            return
        }
        #expect(!reason.isEmpty)
    }
}
