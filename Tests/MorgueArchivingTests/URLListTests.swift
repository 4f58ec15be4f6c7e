import Testing
@testable import MorgueArchiving

@Suite struct URLListTests {
    @Test func oneURLALineWithCommentsAndBlankLines() {
        let text = """
            # morning run
            https://a.example/one

              https://b.example/two   # the second
            \thttps://c.example/three#section
            #https://d.example/commented-out
            https://e.example/four\r
            """
        #expect(URLList.parse(text) == [
            "https://a.example/one", "https://b.example/two", "https://c.example/three#section", "https://e.example/four",
        ])
    }

    @Test func windowsLineEndingsAndAnEmptyList() {
        #expect(URLList.parse("https://a.example/1\r\nhttps://a.example/2\r\n") == ["https://a.example/1", "https://a.example/2"])
        #expect(URLList.parse("") == [])
        #expect(URLList.parse("# nothing\n\n   \n") == [])
    }
}
