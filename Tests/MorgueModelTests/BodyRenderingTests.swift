import Testing
@testable import MorgueModel

@Suite("Body rendering")
struct BodyRenderingTests {
    let blocks: [Block] = [
        .paragraph([.text("WASHINGTON (AP) — The "), .emphasis([.text("Senate")]), .text(" voted "),
                    .strong([.text("late")]), .text(" on "), .link(url: "https://example.com/vote", [.text("Tuesday")]), .text(".")]),
        .heading(level: 2, [.text("What comes next")]),
        .list(ordered: false, items: [[.text("First")], [.text("Second")]]),
        .list(ordered: true, items: [[.text("One")], [.text("Two")]]),
        .quote([.paragraph([.text("We are ready,")]), .paragraph([.text("she said.")])]),
        .table(rows: [["County", "Limit"], ["Ashe", "$80,000"]], hasHeader: true),
    ]

    @Test("trimming drops white space at either end, and keeps a text with visible ends as it is")
    func trimming() {
        for (text, trimmed) in [("Story.", "Story."), ("  Story. \n", "Story."), ("\u{00A0}Story\u{2009}", "Story"),
                                ("\r\nStory\r\n", "Story"), ("a\u{301} b", "a\u{301} b"), (" \t ", ""), ("", ""),
                                ("x", "x"), ("\u{1F}x\u{7F}", "\u{1F}x\u{7F}"),
                                ("“Quoted.” ", "“Quoted.”"), (" Story“", "Story“"), ("x \u{301}", "x")] {
            #expect(BodyRendering.trimmed(text) == trimmed)
        }
        #expect(BodyRendering.isVisibleASCII(UInt8(ascii: "a")) && !BodyRendering.isVisibleASCII(0x20))
        #expect(!BodyRendering.isVisibleASCII(0x0A) && !BodyRendering.isVisibleASCII(0xC2))
    }

    @Test("plain text: one paragraph per block, list item and table row")
    func plainText() {
        #expect(BodyRendering.plainText(blocks) == """
            WASHINGTON (AP) — The Senate voted late on Tuesday.

            What comes next

            First

            Second

            One

            Two

            We are ready,

            she said.

            County | Limit

            Ashe | $80,000
            """)
    }

    @Test("Markdown keeps subheads, lists, quotes, tables, emphasis and links")
    func markdown() {
        #expect(BodyRendering.markdown(blocks) == """
            WASHINGTON (AP) — The *Senate* voted **late** on [Tuesday](https://example.com/vote).

            ## What comes next

            - First
            - Second

            1. One
            2. Two

            > We are ready,
            >
            > she said.

            | County | Limit |
            | --- | --- |
            | Ashe | $80,000 |
            """)
    }

    @Test("Markdown escapes characters that would start markup, including raw HTML")
    func escaping() {
        let blocks: [Block] = [.paragraph([.text("a*b_c [d] <script>x</script> `e`")])]
        #expect(BodyRendering.markdown(blocks) == #"a\*b\_c \[d\] \<script>x\</script> \`e\`"#)
    }

    @Test("emphasis markers hug their words; empty links disappear")
    func emphasisSpacing() {
        let blocks: [Block] = [.paragraph([.text("a"), .emphasis([.text(" b ")]), .text("c"), .link(url: "https://x", [.text(" ")])])]
        #expect(BodyRendering.markdown(blocks) == "a *b* c")
    }

    @Test("strong inside strong is printed once, and touching runs of one mark are joined")
    func nestedAndTouchingMarks() {
        let nested: [Block] = [.paragraph([.strong([.strong([.text("DP World Tour,")])]), .text(" 1. Tag")])]
        #expect(BodyRendering.markdown(nested) == "**DP World Tour,** 1. Tag")
        let touching: [Block] = [.paragraph([.strong([.text("Elektronisches ")]), .strong([.text("Katzenspielzeug")])])]
        #expect(BodyRendering.markdown(touching) == "**Elektronisches Katzenspielzeug**")
        let emphasised: [Block] = [.paragraph([.emphasis([.text("a "), .emphasis([.text("b")])]), .text(" c")])]
        #expect(BodyRendering.markdown(emphasised) == "*a b* c")
    }

    @Test("a paragraph opening like a Markdown block keeps reading as a paragraph")
    func paragraphsOpeningLikeBlocks() {
        func md(_ text: String) -> String { BodyRendering.markdown([.paragraph([.text(text)])]) }
        #expect(md("+ 10") == "\\+ 10")
        #expect(md("- or so they say") == "\\- or so they say")
        #expect(md("1. FC Köln siegt") == "1\\. FC Köln siegt")
        #expect(md("2) sagen wir mal") == "2\\) sagen wir mal")
        #expect(md("> quoted") == "\\> quoted")
        #expect(md("# 1 hit") == "\\# 1 hit")
        // What does not open a block stays as it is.
        #expect(md("#Instagram is working on it") == "#Instagram is working on it")
        #expect(md("2022 was a year") == "2022 was a year")
        #expect(md("-30-") == "-30-")
        #expect(md("1.5 million people") == "1.5 million people")
        // After a line break, where a list item could interrupt the paragraph.
        let broken: [Block] = [.paragraph([.text("Zutaten:"), .lineBreak, .text("1. Mehl"), .lineBreak, .text("- Zucker")])]
        #expect(BodyRendering.markdown(broken) == "Zutaten:  \n1\\. Mehl  \n\\- Zucker")
    }

    @Test("strong touching emphasised strong is one strong run with emphasis inside")
    func strongTouchingEmphasisedStrong() {
        // <strong>Keynote „</strong><em><strong>Neuland?!“ </strong></em>
        let blocks: [Block] = [.paragraph([.strong([.text("Keynote „")]),
                                           .emphasis([.strong([.text("Neuland?!“ ")])]), .text("am Freitag")])]
        #expect(BodyRendering.markdown(blocks) == "**Keynote „*Neuland?!“*** am Freitag")
        let leading: [Block] = [.paragraph([.emphasis([.strong([.text("Make a List of ")])]),
                                            .strong([.text("Everything")])])]
        #expect(BodyRendering.markdown(leading) == "***Make a List of* Everything**")
        // Beside emphasis it stays emphasis, and joins that run instead.
        let label: [Block] = [.paragraph([.emphasis([.strong([.text("Update:")])]), .emphasis([.text(" Added a tweet.")])])]
        #expect(BodyRendering.markdown(label) == "***Update:** Added a tweet.*")
    }
}
