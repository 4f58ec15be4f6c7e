import Foundation
import MorgueModel
import MorgueStore
import Testing
@testable import MorgueArchiving

/// The parallel import ends as the one-page-at-a-time import does.
@Suite struct ParallelImportTests {
    let folder: TemporaryFolder
    let pages: String

    init() throws {
        folder = try TemporaryFolder()
        pages = folder.file("saved")
    }

    /// Forty stories in nested folders, the same bytes twice, the same story
    /// with other bytes, a section front, an empty and a binary page.
    func writeFolder() throws {
        for seed in 0..<40 {
            try folder.write("saved/\(seed % 4)/story-\(seed).html", StoryPages.bytes(seed))
        }
        try folder.write("saved/copy/story-3.html", StoryPages.bytes(3))
        try folder.write("saved/resaved/story-7.html", StoryPages.bytes(7) + Array("\n<!-- cached -->\n".utf8))
        try folder.write("saved/front.html", FixturePages.bytes(FixturePages.sectionFront))
        try folder.write("saved/empty.html", [])
        try folder.write("saved/logo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array(repeating: 0, count: 100))
    }

    /// What an archive holds, independent of ids: each story with the files its captures came from.
    func contents(_ archive: Archive) throws -> [String: [String]] {
        var stories: [String: [String]] = [:]
        for summary in try archive.list(limit: 1000) {
            let stored = try #require(try archive.article(id: summary.id))
            stories[stored.article.contentHash ?? "?"] = stored.captures.map(\.source.location).sorted()
        }
        return stories
    }

    @Test func endsAsTheSequentialImportDoes() throws {
        try writeFolder()
        let sequentialArchive = try Archive(path: folder.file("sequential.sqlite"))
        let parallelArchive = try Archive(path: folder.file("parallel.sqlite"))
        let sequential = Importer(archiver: Archiver(archive: sequentialArchive)).run([pages])
        var seen: [String] = []
        let parallel = ParallelImporter(archive: parallelArchive, options: ImportOptions(jobs: 4, batchSize: 7)).run([pages]) { event in
            if case .page(let page, _) = event { seen.append(page.source) }
        }
        #expect(parallel.batch == sequential)
        #expect(parallel.batch.archived == 40)
        #expect(parallel.batch.newCaptures == 1)
        #expect(parallel.batch.alreadyArchived == 1)
        #expect(try contents(parallelArchive) == contents(sequentialArchive))
        #expect(seen == (try PageFile.find(in: pages)), "pages are reported in the order of the files")
        #expect(parallel.filesDone == parallel.filesTotal)
        #expect(!parallel.interrupted)
    }

    @Test func namesMissingAndEmptyFoldersAsTheSequentialImportDoes() throws {
        try folder.write("one/story.html", StoryPages.bytes(1))
        try folder.write("nothing/readme.txt", "no pages")
        let paths = [folder.file("missing"), folder.file("nothing"), folder.file("one")]
        let sequential = Importer(archiver: Archiver(archive: try Archive(path: folder.file("a.sqlite")))).run(paths)
        let parallel = ParallelImporter(archive: try Archive(path: folder.file("b.sqlite"))).run(paths)
        #expect(parallel.batch == sequential)
        #expect(parallel.filesTotal == 1)
    }

    @Test func theWriterSeesEarlierPagesOfItsOwnBatch() throws {
        // One batch holds them all: the copy and the resaved story must see the first.
        try folder.write("saved/a.html", StoryPages.bytes(1))
        try folder.write("saved/b.html", StoryPages.bytes(1))
        try folder.write("saved/c.html", StoryPages.bytes(1) + Array("<!-- resaved -->".utf8))
        let archive = try Archive(path: folder.file("archive.sqlite"))
        var outcomes: [ArchiveResult] = []
        let report = ParallelImporter(archive: archive, options: ImportOptions(jobs: 3, batchSize: 100)).run([pages]) { event in
            if case .page(let page, _) = event, case .success(let result) = page.outcome { outcomes.append(result) }
        }
        #expect(report.batch.archived == 1)
        guard outcomes.count == 3, case .archived(let id, let title) = outcomes[0] else {
            Issue.record("unexpected outcomes \(outcomes)")
            return
        }
        #expect(outcomes[1] == .alreadyArchived(articleID: id))
        #expect(outcomes[2] == .newCapture(articleID: id, title: title))
        #expect(try archive.count == 1)
        #expect(try archive.captureCount == 2)
    }

    @Test func progressCountsFilesPagesAndFailures() throws {
        try writeFolder()
        var last = ImportProgress()
        var started: ImportProgress?
        let report = ParallelImporter(archive: try Archive(path: folder.file("archive.sqlite")), options: ImportOptions(jobs: 2))
            .run([pages]) { event in
                switch event {
                case .started(let progress): started = progress
                case .page(_, let progress), .progress(let progress): last = progress
                }
            }
        #expect(started?.filesTotal == 45)
        #expect(started?.filesDone == 0)
        #expect(last.filesDone == 45)
        #expect(last.pages == 45)
        #expect(last.stored == 41)
        #expect(last.failures == 2)
        #expect(report.batch.failed.count == 2)
    }

    @Test func keepsNonArticlesWhenAsked() throws {
        try writeFolder()
        let report = ParallelImporter(
            archive: try Archive(path: folder.file("archive.sqlite")), options: ImportOptions(keepNonArticles: true)
        ).run([pages])
        #expect(report.batch.archived == 41)
        #expect(report.batch.skipped.isEmpty)
    }

    @Test func aStoppedImportWritesWhatItReadAndTheNextRunFinishesIt() throws {
        for seed in 0..<60 { try folder.write("saved/story-\(String(format: "%02d", seed)).html", StoryPages.bytes(seed)) }
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let stop = ImportStop()
        var reported = 0
        let first = ParallelImporter(archive: archive, options: ImportOptions(jobs: 2, batchSize: 5)).run([pages], stop: stop) { event in
            if case .page = event {
                reported += 1
                stop.stop()
            }
        }
        #expect(first.interrupted)
        #expect(first.filesDone < 60)
        #expect(first.batch.archived == reported)
        #expect(try archive.count == first.batch.archived, "every page reported is committed, nothing more")
        #expect(first.lines.last?.hasPrefix("interrupted after \(first.filesDone) of 60 files") == true)

        let second = ParallelImporter(archive: archive, options: ImportOptions(jobs: 2)).run([pages])
        #expect(!second.interrupted)
        #expect(second.batch.archived == 60 - first.batch.archived)
        #expect(second.batch.alreadyArchived == first.batch.archived)
        #expect(try archive.count == 60)
        #expect(try archive.captureCount == 60)
    }

    @Test func aReRunWithNewFilesReportsRecalledAndNewPagesInFileOrder() throws {
        // Every other file is archived first; the re-run recalls those (they
        // write nothing) while batches of the new ones are still being committed.
        for seed in stride(from: 0, to: 30, by: 2) {
            try folder.write("saved/story-\(String(format: "%02d", seed)).html", StoryPages.bytes(seed))
        }
        let archive = try Archive(path: folder.file("archive.sqlite"))
        _ = ParallelImporter(archive: archive, options: ImportOptions(jobs: 2)).run([pages])
        for seed in stride(from: 1, to: 30, by: 2) {
            try folder.write("saved/story-\(String(format: "%02d", seed)).html", StoryPages.bytes(seed))
        }
        var seen: [String] = []
        var recalled = 0
        let report = ParallelImporter(archive: archive, options: ImportOptions(jobs: 2, batchSize: 2)).run([pages]) { event in
            if case .page(let page, _) = event {
                seen.append(page.source)
                if page.recalled { recalled += 1 }
            }
        }
        #expect(seen == (try PageFile.find(in: pages)), "pages are reported in the order of the files")
        #expect(recalled == 15)
        #expect(report.batch.archived == 15)
        #expect(try archive.count == 30)
    }
}
