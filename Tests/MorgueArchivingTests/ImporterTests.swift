import Foundation
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Importing folders of saved pages: bad pages are counted and named, the
/// rest archived.
@Suite struct ImporterTests {
    let folder: TemporaryFolder
    let archive: Archive
    let pages: String

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("archive.sqlite"))
        pages = folder.file("saved")
    }

    /// Three stories (one in a subfolder), an empty page, a binary file
    /// named like a page, and a section front.
    func writeMixedFolder() throws -> (stories: [String], empty: String, binary: String, sectionFront: String) {
        var stories: [String] = []
        for (index, name) in FixturePages.stories.enumerated() {
            let place = index == 0 ? "saved/2024/\(name).html" : "saved/\(name).html"
            stories.append(try folder.write(place, FixturePages.bytes(name)))
        }
        let empty = try folder.write("saved/empty.html", [])
        let binary = try folder.write("saved/logo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array(repeating: 0, count: 200))
        let front = try folder.write("saved/front.html", FixturePages.bytes(FixturePages.sectionFront))
        try folder.write("saved/notes.txt", "not a page, not looked at")
        return (stories, empty, binary, front)
    }

    @Test func archivesTheGoodPagesAndNamesEachFailureWithItsReason() throws {
        let mixed = try writeMixedFolder()
        let report = Importer(archiver: Archiver(archive: archive)).run([pages])
        #expect(report.archived == 3)
        #expect(report.alreadyArchived == 0)
        #expect(report.total == 6)
        #expect(report.hasFailures)
        #expect(report.failed.map(\.source).sorted() == [mixed.empty, mixed.binary].sorted())
        #expect(report.failed.first { $0.source == mixed.empty }?.reason == ArchivingError.emptyFile(source: mixed.empty).reason)
        #expect(report.failed.first { $0.source == mixed.empty }?.message == ArchivingError.emptyFile(source: mixed.empty).description)
        #expect(report.failed.first { $0.source == mixed.binary }?.reason == ArchivingError.binaryFile(source: mixed.binary).reason)
        #expect(report.skipped.map(\.source) == [mixed.sectionFront])
        #expect(report.skipped.first?.reason.hasPrefix("not an article") == true)
        #expect(try archive.count == 3)
        let sources = try archive.list(limit: 10).flatMap { try archive.captures(articleID: $0.id).map(\.source.location) }
        #expect(Set(sources) == Set(mixed.stories))
    }

    @Test func aSecondRunFindsEveryStoryAlreadyArchived() throws {
        let mixed = try writeMixedFolder()
        let importer = Importer(archiver: Archiver(archive: archive))
        _ = importer.run([pages])
        let again = importer.run([pages])
        #expect(again.archived == 0)
        #expect(again.newCaptures == 0)
        #expect(again.alreadyArchived == mixed.stories.count)
        #expect(again.failed.count == 2)
        #expect(again.skipped.count == 1)
        #expect(try archive.count == 3)
        #expect(try archive.captureCount == 3)
    }

    @Test func reportsProgressForEveryPageInOrder() throws {
        _ = try writeMixedFolder()
        var seen: [(done: Int, total: Int, path: String, failed: Bool)] = []
        _ = Importer(archiver: Archiver(archive: archive)).run([pages]) { done, total, path, outcome in
            if case .failure = outcome { seen.append((done, total, path, true)) } else { seen.append((done, total, path, false)) }
        }
        #expect(seen.map(\.done) == Array(1...6))
        #expect(seen.allSatisfy { $0.total == 6 })
        #expect(seen.map(\.path) == (try PageFile.find(in: pages)))
        #expect(seen.filter(\.failed).count == 2)
    }

    @Test func namesAMissingFolderAndAFolderWithoutPagesAndGoesOn() throws {
        let story = try folder.write("one/story.html", FixturePages.bytes("no-byline"))
        try folder.write("nothing/readme.txt", "no pages here")
        let missing = folder.file("missing")
        let report = Importer(archiver: Archiver(archive: archive)).run([missing, folder.file("nothing"), folder.file("one")])
        #expect(report.archived == 1)
        #expect(report.failed.map(\.source) == [missing, folder.file("nothing")])
        #expect(report.failed.map(\.message) == [
            ArchivingError.missingFile(path: missing).description,
            ArchivingError.noHTMLFiles(folder: folder.file("nothing")).description,
        ])
        #expect(try archive.captures(articleID: 1).map(\.source.location) == [story])
    }

    @Test func keepsNonArticlesWhenAsked() throws {
        let mixed = try writeMixedFolder()
        let report = Importer(archiver: Archiver(archive: archive, keepNonArticles: true)).run([pages])
        #expect(report.archived == 4)
        #expect(report.skipped.isEmpty)
        #expect(report.failed.map(\.source).sorted() == [mixed.empty, mixed.binary].sorted())
    }

    @Test func importsFilesGivenByName() throws {
        let story = try folder.write("loose.htm", FixturePages.bytes("reuters-dateline"))
        let report = Importer(archiver: Archiver(archive: archive)).run([story, story])
        #expect(report.archived == 1)
        #expect(report.alreadyArchived == 1)
        #expect(!report.hasFailures)
    }
}
