import Foundation
import MorgueModel
import Testing
@testable import MorgueExport

/// Whether `name` is one safe file name: ASCII letters, digits, `-` and `.md`.
private func isSafeFileName(_ name: String) -> Bool {
    name.hasSuffix(".md") && name != "." && name != ".." && !name.hasPrefix(".") && !name.hasPrefix("-")
        && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
}

@Suite struct SlugTests {
    @Test(arguments: [
        ("Protesters fill Hong Kong streets", "protesters-fill-hong-kong-streets"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c", "a-b-c"),
        ("Evil\u{1B}[31m red\u{1B}]0;x\u{7} title\u{0}", "evil-red-title"),
        ("Zürich Café: Øresund, Straße & Łódź", "zurich-cafe-oresund-strasse-lodz"),
        ("Don’t panic, it's fine", "dont-panic-its-fine"),
        ("  --Leading and trailing--  ", "leading-and-trailing"),
        ("Привет мир", "privet-mir"),
    ])
    func slugOf(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test(arguments: ["", "   ", ".", "..", "/", "\u{1B}[0m", "🔥🔥🔥", "—", "\u{0}"])
    func titlesWithoutLettersGiveTheFallback(title: String) {
        #expect(Slug.make(title) == "")
        #expect(Slug.make(from: title, fallback: "article-7") == "article-7")
    }

    @Test func cjkTitlesGiveAnAsciiSlug() {
        for title in ["北京奥运会开幕", "日本語のニュース", "한국 뉴스"] {
            let slug = Slug.make(title)
            #expect(!slug.isEmpty)
            #expect(slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        }
    }

    @Test func longTitlesAreCutBetweenWords() {
        let title = Array(repeating: "headline", count: 40).joined(separator: " ")
        let slug = Slug.make(title)
        #expect(slug.count <= Slug.maxLength)
        #expect(slug.count > Slug.maxLength - 9)
        #expect(slug.split(separator: "-").allSatisfy { $0 == "headline" })
    }

    @Test func oneLongWordIsCutToTheLimit() {
        let slug = Slug.make(String(repeating: "x", count: 500))
        #expect(slug == String(repeating: "x", count: Slug.maxLength))
    }
}

@Suite struct ExportFileNameTests {
    @Test func datedByPublishedDateAsPrinted() {
        let record = ExportRecord(Fixtures.wireStory, archivedAt: Fixtures.archivedAt)
        #expect(ExportFileName.base(for: record) == "2015-09-17-protesters-fill-hong-kong-streets")
    }

    @Test func datedByArchiveDayWithoutAPublishedDate() {
        let record = ExportRecord(Fixtures.article(title: "Hi", published: "Sept 17"), archivedAt: Fixtures.archivedAt)
        #expect(ExportFileName.base(for: record) == "2024-05-01-hi")
    }

    @Test func undatedWithoutEitherDate() {
        #expect(ExportFileName.base(for: ExportRecord(Fixtures.article(title: "Hi"))) == "undated-hi")
    }

    @Test func fallbackNamesUseTheArchiveIdThenTheHash() {
        #expect(ExportFileName.base(for: ExportRecord(Fixtures.article(title: "北"), id: 7)).hasPrefix("undated-"))
        #expect(ExportFileName.base(for: ExportRecord(Fixtures.article(title: "🔥"), id: 7)) == "undated-article-7")
        let hashed = ExportRecord(Fixtures.article(title: nil, hash: "ABCDEF0123456789ff/../x"))
        #expect(ExportFileName.base(for: hashed) == "undated-article-abcdef012345")
        #expect(ExportFileName.base(for: ExportRecord(Fixtures.bare)) == "undated-article")
    }

    @Test func suffixesCountFromTwo() {
        #expect(ExportFileName.name(base: "b", attempt: 1) == "b.md")
        #expect(ExportFileName.name(base: "b", attempt: 2) == "b-2.md")
        #expect(ExportFileName.name(base: "b", attempt: 3) == "b-3.md")
    }
}

@Suite struct MarkdownExporterTests {
    @Test func writesOneSafeFilePerArticleInsideTheFolder() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("nested/export", isDirectory: true)
        let titles = ["../../etc/passwd", "a/b\\c", "Evil\u{1B}[31m\u{0}", "", "北京奥运会开幕", String(repeating: "long words ", count: 60)]
        let records = titles.enumerated().map { ExportRecord(Fixtures.article(title: $1, hash: "h\($0)"), id: Int64($0)) }
        let urls = try MarkdownExporter().export(records, to: folder)
        #expect(urls.count == records.count)
        #expect(Set(urls).count == urls.count)
        for (url, record) in zip(urls, records) {
            #expect(url.deletingLastPathComponent().standardizedFileURL.path == folder.standardizedFileURL.path)
            #expect(isSafeFileName(url.lastPathComponent), "\(url.lastPathComponent)")
            #expect(url.lastPathComponent.utf8.count < 100)
            #expect(try String(contentsOf: url, encoding: .utf8) == MarkdownDocument.render(record))
        }
        #expect(urls[0].lastPathComponent == "undated-etc-passwd.md")
        #expect(urls[3].lastPathComponent == "undated-article-3.md")
    }

    @Test func identicalTitlesGetDistinctNames() throws {
        let folder = try Fixtures.temporaryFolder()
        let records = (1...3).map { ExportRecord(Fixtures.article(title: "Same title", hash: "hash\($0)")) }
        let names = try MarkdownExporter().export(records, to: folder).map(\.lastPathComponent)
        #expect(names == ["undated-same-title.md", "undated-same-title-2.md", "undated-same-title-3.md"])
    }

    @Test func theSameArticleTwiceInOneExportGetsTwoFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        let record = ExportRecord(Fixtures.article(title: "Twice", hash: "same"))
        let names = try MarkdownExporter().export([record, record], to: folder).map(\.lastPathComponent)
        #expect(names == ["undated-twice.md", "undated-twice-2.md"])
    }

    @Test func anUnrelatedFileInTheFolderIsNeverOverwritten() throws {
        let folder = try Fixtures.temporaryFolder()
        let mine = folder.appendingPathComponent("undated-notes.md")
        try "my own notes\n".write(to: mine, atomically: true, encoding: .utf8)
        let urls = try MarkdownExporter().export([ExportRecord(Fixtures.article(title: "Notes", hash: "h"))], to: folder)
        #expect(urls.map(\.lastPathComponent) == ["undated-notes-2.md"])
        #expect(try String(contentsOf: mine, encoding: .utf8) == "my own notes\n")
    }

    @Test func anEarlierExportOfAnotherArticleIsNeverOverwritten() throws {
        let folder = try Fixtures.temporaryFolder()
        let first = try MarkdownExporter().export([ExportRecord(Fixtures.article(title: "Notes", hash: "aaa"))], to: folder)
        let before = try String(contentsOf: first[0], encoding: .utf8)
        let second = try MarkdownExporter().export([ExportRecord(Fixtures.article(title: "Notes", hash: "bbb"))], to: folder)
        #expect(second.map(\.lastPathComponent) == ["undated-notes-2.md"])
        #expect(try String(contentsOf: first[0], encoding: .utf8) == before)
    }

    @Test func anEarlierExportOfTheSameArticleIsReplaced() throws {
        let folder = try Fixtures.temporaryFolder()
        var article = Fixtures.article(title: "Notes", hash: "0123abc")
        let first = try MarkdownExporter().export([ExportRecord(article)], to: folder)
        article.section = "Updated section"
        let second = try MarkdownExporter().export([ExportRecord(article)], to: folder)
        #expect(second == first)
        #expect(try String(contentsOf: second[0], encoding: .utf8).contains("section: Updated section\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["undated-notes.md"])
    }

    @Test func anArticleWithoutAHashNeverReplacesAFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let record = ExportRecord(Fixtures.article(title: "Notes"))
        _ = try MarkdownExporter().export([record], to: folder)
        let again = try MarkdownExporter().export([record], to: folder)
        #expect(again.map(\.lastPathComponent) == ["undated-notes-2.md"])
    }

    @Test func aSymbolicLinkIsNeitherFollowedNorReplaced() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = try Fixtures.temporaryFolder().appendingPathComponent("target.md")
        let record = ExportRecord(Fixtures.article(title: "Notes", hash: "0123abc"))
        try MarkdownDocument.render(record).write(to: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("undated-notes.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let urls = try MarkdownExporter().export([record], to: folder)
        #expect(urls.map(\.lastPathComponent) == ["undated-notes-2.md"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    }

    @Test func aFileWhereTheFolderShouldBeIsAnError() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("not-a-folder")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ExportError.notAFolder(path: file.path)) {
            try MarkdownExporter().export([ExportRecord(Fixtures.bare)], to: file)
        }
    }

    @Test func aFolderThatCannotBeCreatedIsAnErrorNamingIt() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let folder = file.appendingPathComponent("inside")
        #expect {
            try MarkdownExporter().export([ExportRecord(Fixtures.bare)], to: folder)
        } throws: { error in
            guard case .cannotCreateFolder(let path, _) = error as? ExportError else { return false }
            return path == folder.path
        }
    }
}
