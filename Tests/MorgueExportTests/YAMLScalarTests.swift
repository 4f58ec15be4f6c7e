import MorgueModel
import Testing
@testable import MorgueExport

@Suite struct YAMLScalarTests {
    @Test(arguments: [
        ("Protesters fill Hong Kong streets", "Protesters fill Hong Kong streets"),
        ("Zürich wins, again (and again)", "Zürich wins, again (and again)"),
        ("https://example.com/a?b=c&d=e", "https://example.com/a?b=c&d=e"),
        ("Don't panic", "Don't panic"),
    ])
    func harmlessTextStaysPlain(value: String, yaml: String) {
        #expect(YAMLScalar.quote(value) == yaml)
    }

    @Test(arguments: [
        ("Breaking: storm hits coast", #""Breaking: storm hits coast""#),
        ("He said \"no\" twice", #""He said \"no\" twice""#),
        ("#1 in the polls", ##""#1 in the polls""##),
        ("Ranked #1 again", ##""Ranked #1 again""##),
        ("- not a list", #""- not a list""#),
        ("'single' quotes", #""'single' quotes""#),
        ("Line one\nline two", #""Line one\nline two""#),
        ("Ends with a colon:", #""Ends with a colon:""#),
        ("C:\\Windows", #""C:\\Windows""#),
        ("Red\u{1B}[31m\u{7F}\u{9B}", #""Red\x1B[31m\x7F\x9B""#),
        ("Tab\there\r", #""Tab\there\r""#),
        ("Next\u{85}line\u{2028}sep\u{2029}", #""Next\Nline\Lsep\P""#),
        ("\u{FEFF}BOM", #""\uFEFFBOM""#),
        ("[bracketed] title", #""[bracketed] title""#),
        ("{braced}", #""{braced}""#),
        ("&anchor *alias !tag", #""&anchor *alias !tag""#),
        ("| literal", #""| literal""#),
        ("> folded", #""> folded""#),
        ("@handle", #""@handle""#),
        ("`tick`", #""`tick`""#),
        ("%YAML 1.2", #""%YAML 1.2""#),
        ("  padded  ", #""  padded  ""#),
        ("", #""""#),
        ("yes", #""yes""#),
        ("No", #""No""#),
        ("NULL", #""NULL""#),
        ("off", #""off""#),
        ("~", #""~""#),
        ("2015-09-17", #""2015-09-17""#),
        ("1.0.0", #""1.0.0""#),
        ("12:30", #""12:30""#),
        (".inf", #"".inf""#),
        ("“Curly” quotes", #""“Curly” quotes""#),
        ("HONG KONG (AP) –", #""HONG KONG (AP) –""#),
    ])
    func hostileTextIsDoubleQuoted(value: String, yaml: String) {
        #expect(YAMLScalar.quote(value) == yaml)
    }

    @Test(arguments: [
        "Breaking: storm", "He said \"no\"", "#1", "- x", "a\nb\r\nc", "C:\\dir\\", "\u{1B}]0;title\u{07}",
        "\u{0}\u{1}\u{85}\u{2028}\u{2029}\u{FEFF}", "plain words", "", "yes", "北京: 新闻",
    ])
    func quotedTextReadsBackAsItself(value: String) {
        #expect(YAMLScalar.unquote(YAMLScalar.quote(value)) == value)
    }

    @Test func unquoteRejectsWhatMorgueNeverWrites() {
        #expect(YAMLScalar.unquote(#""unterminated"#) == nil)
        #expect(YAMLScalar.unquote(#""trailing" junk"#) == nil)
        #expect(YAMLScalar.unquote(#""bad \q escape""#) == nil)
        #expect(YAMLScalar.unquote("- list item") == nil)
    }
}

@Suite struct FrontMatterTests {
    @Test func wireStoryFrontMatter() {
        let record = ExportRecord(Fixtures.wireStory, id: 42, archivedAt: Fixtures.archivedAt)
        #expect(FrontMatter(record).yaml == """
        ---
        title: Protesters fill Hong Kong streets
        authors:
          - Jane Doe
          - John Roe
        organization: The New York Times
        dateline: "HONG KONG (The New York Times) –"
        published: "2015-09-17T10:30:00-04:00"
        site: The New York Times
        section: World
        url: https://www.nytimes.com/2015/09/17/world/asia/hong-kong.html
        canonical_url: https://www.nytimes.com/2015/09/17/world/asia/hong-kong.html
        language: en
        archived: "2024-05-01T12:00:00Z"
        extractor_version: "1.0.0"
        archive_id: 42
        content_hash: "3f2a9c0d7e1b4a5f8c6d2e0b9a7f1c3e5d4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f"
        ---

        """)
    }

    @Test func nullKeysAreLeftOut() {
        #expect(FrontMatter(ExportRecord(Fixtures.bare)).yaml == "---\nextractor_version: \"1.0.0\"\n---\n")
    }

    @Test func hostileValuesStayOnTheirOwnLine() {
        var article = Fixtures.bare
        article.title = "Breaking: \"Evil\" #1\n---\nextractor_version: 666"
        article.authors = ["- Mallory", "Eve: the spy"]
        article.language = "no"
        let yaml = FrontMatter(ExportRecord(article)).yaml
        #expect(yaml == """
        ---
        title: "Breaking: \\"Evil\\" #1\\n---\\nextractor_version: 666"
        authors:
          - "- Mallory"
          - "Eve: the spy"
        language: "no"
        extractor_version: "1.0.0"
        ---

        """)
        #expect(FrontMatter.scalar("title", in: Substring(yaml)) == article.title)
        #expect(FrontMatter.scalar("extractor_version", in: Substring(yaml)) == "1.0.0")
    }
}
