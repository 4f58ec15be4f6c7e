import Testing
@testable import MorgueArchiving

/// Reading where a saved page came from out of the comments saving tools write.
@Suite struct SavedPageOriginTests {
    @Test func readsTheBrowserSavedFromComment() {
        let page = "<!DOCTYPE html>\n<!-- saved from url=(0038)https://news.example.com/2024/05/story -->\n<html><body>x</body></html>"
        let origin = SavedPageOrigin.read(Array(page.utf8))
        #expect(origin == SavedPageOrigin(url: "https://news.example.com/2024/05/story"))
    }

    @Test func readsTheSavedFromCommentWithoutSpaceBeforeItsEnd() {
        let page = "<!-- saved from url=(0024)http://example.org/a?b=1--><html></html>"
        #expect(SavedPageOrigin.read(Array(page.utf8))?.url == "http://example.org/a?b=1")
    }

    @Test func readsSingleFilesHeader() {
        let page = """
            <!DOCTYPE html> <html lang="en"><!--
             Page saved with SingleFile\u{20}
             url: https://www.example.net/world/2024/06/01/flood-story.html\u{20}
             saved date: Sat Jun 01 2024 09:15:02 GMT+0200 (Central European Summer Time)
            --><head><title>Flood</title></head><body></body></html>
            """
        let origin = SavedPageOrigin.read(Array(page.utf8))
        #expect(origin?.url == "https://www.example.net/world/2024/06/01/flood-story.html")
        #expect(origin?.savedDate == "Sat Jun 01 2024 09:15:02 GMT+0200 (Central European Summer Time)")
    }

    @Test func isAbsentFromAPageWithoutSuchComments() {
        let page = "<!doctype html><!-- a comment --><html><body><p>saved from the fire</p></body></html>"
        #expect(SavedPageOrigin.read(Array(page.utf8)) == nil)
    }

    @Test func ignoresASavedFromCommentThatNamesNoWebURL() {
        // Internet Explorer wrote this for pages that came from disk.
        let page = "<!-- saved from url=(0014)about:internet --><html><body>x</body></html>"
        #expect(SavedPageOrigin.read(Array(page.utf8)) == nil)
    }

    @Test func looksOnlyAtTheStartOfThePage() {
        let filler = String(repeating: "<p>filler</p>\n", count: 400)
        let page = "<html><body>" + filler + "<!-- saved from url=(0024)https://example.com/late --></body></html>"
        #expect(SavedPageOrigin.read(Array(page.utf8)) == nil)
    }
}
