import Foundation
import Testing
@testable import MorgueArchiving

/// Walking a folder one file at a time, in the order of the full paths.
@Suite struct PageWalkerTests {
    @Test func givesTheOrderOfTheFullPathsWithoutListingEverythingFirst() throws {
        let folder = try TemporaryFolder()
        // Names where a folder's name is a prefix of a file's, and the
        // separator sorts after other punctuation.
        for name in ["a-b.html", "a/x.html", "a.html", "a/b/c.html", "a0.html", "B.html", "z/1.html", "a/b.html"] {
            try folder.write(name, "<p>x</p>")
        }
        let walked = Array(try PageWalker(root: folder.path, accepts: PageFile.isPage))
        #expect(walked == walked.sorted())
        #expect(walked.count == 8)
    }

    @Test func takesWARCFilesWhenAsked() throws {
        let folder = try TemporaryFolder()
        let warc = try folder.write("crawl.warc.gz", [0x1f, 0x8b])
        let plain = try folder.write("more/crawl.WARC", "WARC/1.1")
        let page = try folder.write("page.htm", "<p>x</p>")
        try folder.write("notes.txt", "x")
        let walked = Array(try PageWalker(root: folder.path) { PageFile.isPage($0) || PageFile.isWARC($0) })
        #expect(walked == [warc, plain, page].sorted())
        #expect(try PageFile.find(in: folder.path) == [page])
    }
}
