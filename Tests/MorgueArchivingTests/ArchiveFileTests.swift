import Foundation
import MorgueExtraction
import MorgueFetch
import MorgueStore
import Testing
@testable import MorgueArchiving

/// Archiving saved pages from disk.
@Suite struct ArchiveFileTests {
    let folder: TemporaryFolder
    let archive: Archive

    init() throws {
        folder = try TemporaryFolder()
        archive = try Archive(path: folder.file("archive.sqlite"))
    }

    /// A fixture copied into this test's folder.
    func copy(_ fixture: String, as name: String? = nil, prefix: [UInt8] = []) throws -> String {
        try folder.write(name ?? fixture + ".html", prefix + FixturePages.bytes(fixture))
    }

    @Test func archivesAStoryWithItsExtractedTitleAndExactBytes() throws {
        let path = try copy("ap-wire-story")
        let bytes = try PageFile.read(path)
        let expected = try Extractor().extract(PageInput(bytes: bytes))
        let result = try Archiver(archive: archive).archiveFile(path)
        guard case .archived(let id, let title) = result else {
            Issue.record("expected .archived, got \(result)")
            return
        }
        #expect(title == expected.title)
        let stored = try #require(try archive.article(id: id))
        #expect(stored.article.contentHash == expected.contentHash)
        #expect(stored.article.text == expected.text)
        let capture = try #require(stored.captures.first)
        #expect(capture.source == .file(path: path))
        #expect(try archive.rawHTML(captureID: capture.id) == Data(bytes))
    }

    @Test func archivingTheSameFileAgainChangesNothing() throws {
        let path = try copy("reuters-dateline")
        let archiver = Archiver(archive: archive)
        guard case .archived(let id, _) = try archiver.archiveFile(path) else {
            Issue.record("the first run did not archive the page")
            return
        }
        #expect(try archiver.archiveFile(path) == .alreadyArchived(articleID: id))
        #expect(try archive.count == 1)
        #expect(try archive.captureCount == 1)
    }

    @Test func knownBytesAreNotExtractedAgain() throws {
        // Stored once on purpose; were it extracted again, a run that refuses
        // non-articles would report it as not an article.
        let path = try copy(FixturePages.sectionFront)
        guard case .archived(let id, _) = try Archiver(archive: archive, keepNonArticles: true).archiveFile(path) else {
            Issue.record("keepNonArticles did not store the section front")
            return
        }
        #expect(try Archiver(archive: archive).archiveFile(path) == .alreadyArchived(articleID: id))
    }

    @Test func theSameBytesUnderAnotherNameAreAlreadyArchived() throws {
        let first = try copy("no-byline", as: "first.html")
        let second = try copy("no-byline", as: "copy/second.htm")
        let archiver = Archiver(archive: archive)
        guard case .archived(let id, _) = try archiver.archiveFile(first) else {
            Issue.record("the first copy was not archived")
            return
        }
        #expect(try archiver.archiveFile(second) == .alreadyArchived(articleID: id))
    }

    @Test func aGzippedCopyOfAnArchivedPageIsAlreadyArchived() throws {
        let plain = try copy("no-byline")
        let gzipped = try folder.write("no-byline.html.gz", try Gzip.compress(FixturePages.bytes("no-byline")))
        let archiver = Archiver(archive: archive)
        guard case .archived(let id, _) = try archiver.archiveFile(gzipped) else {
            Issue.record("the gzipped page was not archived")
            return
        }
        #expect(try archiver.archiveFile(plain) == .alreadyArchived(articleID: id))
    }

    @Test func changedBytesOfTheSameStoryAreANewCapture() throws {
        let original = try copy("ap-wire-story", as: "monday.html")
        let resaved = try folder.write(
            "tuesday.html", try FixturePages.bytes("ap-wire-story") + Array("\n<!-- served by cache 7 -->\n".utf8))
        let archiver = Archiver(archive: archive)
        guard case .archived(let id, let title) = try archiver.archiveFile(original) else {
            Issue.record("the first page was not archived")
            return
        }
        #expect(try archiver.archiveFile(resaved) == .newCapture(articleID: id, title: title))
        #expect(try archive.count == 1)
        #expect(try archive.captures(articleID: id).map(\.source) == [.file(path: original), .file(path: resaved)])
    }

    @Test func aSectionFrontIsNotAnArticleAndIsNotStored() throws {
        let path = try copy(FixturePages.sectionFront)
        let result = try Archiver(archive: archive).archiveFile(path)
        guard case .notAnArticle(let reason) = result else {
            Issue.record("expected .notAnArticle, got \(result)")
            return
        }
        let notes = try Extractor().extract(PageInput(bytes: PageFile.read(path))).notes
        #expect(notes.contains(reason))
        #expect(try archive.count == 0)
    }

    @Test func aSectionFrontIsStoredWhenNonArticlesAreKept() throws {
        let path = try copy(FixturePages.sectionFront)
        let result = try Archiver(archive: archive, keepNonArticles: true).archiveFile(path)
        guard case .archived(let id, _) = result else {
            Issue.record("expected .archived, got \(result)")
            return
        }
        #expect(try archive.article(id: id)?.article.isArticle == false)
    }

    @Test func theGivenURLIsTheProvenance() throws {
        let url = "https://news.example.com/2024/05/01/story.html"
        let path = try copy("no-byline")
        guard case .archived(let id, _) = try Archiver(archive: archive).archiveFile(path, url: url) else {
            Issue.record("not archived")
            return
        }
        let stored = try #require(try archive.article(id: id))
        #expect(stored.article.url == url)
        #expect(stored.captures.first?.requestedURL == url)
        #expect(stored.captures.first?.source == .file(path: path))
    }

    @Test func theSavedFromCommentIsTheProvenanceWhenNoURLIsGiven() throws {
        let saved = "https://www.example.org/local/2024/06/02/council.html"
        let path = try copy("no-byline", prefix: Array("<!-- saved from url=(\(String(format: "%04d", saved.count)))\(saved) -->\n".utf8))
        guard case .archived(let id, _) = try Archiver(archive: archive).archiveFile(path) else {
            Issue.record("not archived")
            return
        }
        let stored = try #require(try archive.article(id: id))
        #expect(stored.captures.first?.requestedURL == saved)
        #expect(stored.article.url == saved)
    }

    @Test func theGivenURLWinsOverTheSavedFromComment() throws {
        let given = "https://news.example.com/right"
        let path = try copy("no-byline", prefix: Array("<!-- saved from url=(0025)https://example.org/wrong -->\n".utf8))
        guard case .archived(let id, _) = try Archiver(archive: archive).archiveFile(path, url: given) else {
            Issue.record("not archived")
            return
        }
        let stored = try #require(try archive.article(id: id))
        #expect(stored.captures.first?.requestedURL == given)
        #expect(stored.article.url == given)
    }

    @Test func aPageWithoutProvenanceHasNoURL() throws {
        // No URL given, no saving tool's comment, no canonical link or og:url.
        let path = try folder.write("plain.html", StoryPages.bytes(1))
        guard case .archived(let id, _) = try Archiver(archive: archive).archiveFile(path) else {
            Issue.record("not archived")
            return
        }
        let stored = try #require(try archive.article(id: id))
        #expect(stored.captures.first?.requestedURL == nil)
        #expect(stored.captures.first?.finalURL == nil)
        #expect(stored.captures.first?.httpStatus == nil)
        #expect(stored.captures.first?.fetchedAt == nil)
    }

    @Test func aRelativePathIsRecordedAsAnAbsoluteOne() throws {
        let path = try copy("no-byline")
        let relative = try #require(relativePath(from: FileManager.default.currentDirectoryPath, to: path))
        guard case .archived(let id, _) = try Archiver(archive: archive).archiveFile(relative) else {
            Issue.record("not archived")
            return
        }
        let recorded = try #require(try archive.captures(articleID: id).first?.source.location)
        #expect(recorded.hasPrefix("/"))
        #expect(URL(fileURLWithPath: recorded).resolvingSymlinksInPath() == URL(fileURLWithPath: path).resolvingSymlinksInPath())
    }

    @Test func refusesAnEmptyFile() throws {
        let path = try folder.write("empty.html", [])
        #expect(throws: ArchivingError.emptyFile(source: path)) { try Archiver(archive: archive).archiveFile(path) }
        #expect(try archive.count == 0)
    }

    @Test func refusesABlankFile() throws {
        let path = try folder.write("blank.html", " \n\t\n ")
        #expect(throws: ArchivingError.emptyFile(source: path)) { try Archiver(archive: archive).archiveFile(path) }
    }

    @Test func refusesABinaryFile() throws {
        let path = try folder.write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0, count: 64))
        #expect(throws: ArchivingError.binaryFile(source: path)) { try Archiver(archive: archive).archiveFile(path) }
        #expect(try archive.count == 0)
    }

    @Test func refusesAMissingFileAndAFolder() throws {
        let missing = folder.file("missing.html")
        #expect(throws: ArchivingError.missingFile(path: missing)) { try Archiver(archive: archive).archiveFile(missing) }
        #expect(throws: ArchivingError.isDirectory(path: folder.path)) { try Archiver(archive: archive).archiveFile(folder.path) }
    }
}

/// `target` relative to `base` ("../../x/y.html"), both absolute.
func relativePath(from base: String, to target: String) -> String? {
    let from = URL(fileURLWithPath: base).standardizedFileURL.resolvingSymlinksInPath().pathComponents
    let to = URL(fileURLWithPath: target).standardizedFileURL.resolvingSymlinksInPath().pathComponents
    guard from.first == "/", to.first == "/" else { return nil }
    var common = 0
    while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
    let ups = Array(repeating: "..", count: from.count - common)
    return (ups + to[common...]).joined(separator: "/")
}
