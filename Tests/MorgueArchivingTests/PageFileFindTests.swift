import Foundation
import Testing
@testable import MorgueArchiving

/// Finding the saved pages below a folder.
@Suite struct PageFileFindTests {
    static let page = "<html><body><p>story</p></body></html>"

    @Test func findsPagesInNestedFolders() throws {
        let folder = try TemporaryFolder()
        let top = try folder.write("top.html", Self.page)
        let deep = try folder.write("2024/05/01/deep.html", Self.page)
        let found = try PageFile.find(in: folder.path)
        #expect(Set(found) == [top, deep])
    }

    @Test func takesEveryPageExtensionInAnyCaseAndGzippedPages() throws {
        let folder = try TemporaryFolder()
        let pages = try ["a.html", "b.htm", "c.xhtml", "d.shtml", "E.HTML", "f.Htm", "g.html.gz", "h.htm.GZ"]
            .map { try folder.write($0, Self.page) }
        for other in ["notes.txt", "style.css", "photo.jpg", "archive.gz", "html", "page.html.bak", "page.html.zip"] {
            try folder.write(other, Self.page)
        }
        let found = try PageFile.find(in: folder.path)
        #expect(Set(found) == Set(pages))
    }

    @Test func skipsHiddenFilesAndFolders() throws {
        let folder = try TemporaryFolder()
        let visible = try folder.write("visible/story.html", Self.page)
        try folder.write(".git/objects/story.html", Self.page)
        try folder.write(".cache/story.html", Self.page)
        try folder.write("visible/.draft.html", Self.page)
        #expect(try PageFile.find(in: folder.path) == [visible])
    }

    @Test func returnsPagesInTheSameSortedOrderEveryTime() throws {
        let folder = try TemporaryFolder()
        // Written out of order, so the order on disk is not the sorted one.
        for name in ["zeta.html", "b/2.html", "alpha.html", "b/10.html", "B.html", "a/z.htm"] {
            try folder.write(name, Self.page)
        }
        let found = try PageFile.find(in: folder.path)
        #expect(found == found.sorted())
        #expect(found.count == 6)
        #expect(try PageFile.find(in: folder.path) == found)
    }

    @Test func namesPagesBelowTheFolderAsGiven() throws {
        let folder = try TemporaryFolder()
        try folder.write("saved/one.html", Self.page)
        let found = try PageFile.find(in: folder.file("saved"))
        #expect(found == [folder.file("saved/one.html")])
    }

    @Test func aTrailingSlashDoesNotDoubleTheSeparator() throws {
        let folder = try TemporaryFolder()
        try folder.write("saved/one.html", Self.page)
        #expect(try PageFile.find(in: folder.file("saved/")) == [folder.file("saved/one.html")])
    }

    @Test func readsALinkToAPage() throws {
        let outside = try TemporaryFolder()
        let target = try outside.write("kept.html", Self.page)
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.html"), withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: folder.file("dangling.html"), withDestinationPath: outside.file("gone.html"))
        #expect(try PageFile.find(in: folder.path) == [folder.file("link.html")])
    }

    @Test func findsNothingInAFolderWithoutPages() throws {
        let folder = try TemporaryFolder()
        try folder.write("readme.txt", "not a page")
        try FileManager.default.createDirectory(atPath: folder.file("empty"), withIntermediateDirectories: true)
        #expect(try PageFile.find(in: folder.path).isEmpty)
    }

    @Test func refusesAMissingFolder() throws {
        let folder = try TemporaryFolder()
        let missing = folder.file("nowhere")
        #expect(throws: ArchivingError.missingFile(path: missing)) { try PageFile.find(in: missing) }
    }

    @Test func takesAFileGivenByItself() throws {
        let folder = try TemporaryFolder()
        let page = try folder.write("story.html", Self.page)
        let other = try folder.write("story.txt", Self.page)
        #expect(try PageFile.find(in: page) == [page])
        #expect(try PageFile.find(in: other) == [other])
    }

    @Test func doesNotFollowALinkToAFolderOutsideTheTree() throws {
        let outside = try TemporaryFolder()
        try outside.write("elsewhere.html", Self.page)
        let folder = try TemporaryFolder()
        let own = try folder.write("own.html", Self.page)
        try FileManager.default.createSymbolicLink(atPath: folder.file("link"), withDestinationPath: outside.path)
        #expect(try PageFile.find(in: folder.path) == [own])
    }
}
