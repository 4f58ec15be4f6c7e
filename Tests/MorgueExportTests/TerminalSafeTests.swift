import Testing
@testable import MorgueExport

@Suite struct TerminalSafeTests {
    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m text", "red text"),
        ("\u{1B}[1;38;5;196mbold\u{1B}[m", "bold"),
        ("clear\u{1B}[2J\u{1B}[H screen", "clear screen"),
        ("\u{1B}]0;new window title\u{07}headline", "headline"),
        ("\u{1B}]8;;https://evil.example/\u{1B}\\click here\u{1B}]8;;\u{1B}\\", "click here"),
        ("\u{1B}]52;c;cGF5bG9hZA==\u{9C}clipboard", "clipboard"),
        ("\u{1B}Pdevice control\u{1B}\\dcs", "dcs"),
        ("\u{1B}_application\u{07}apc", "apc"),
        ("\u{1B}(Bcharset \u{1B}7saved\u{1B}8", "charset saved"),
        ("\u{9B}31mC1 CSI\u{9B}0m", "C1 CSI"),
        ("\u{9D}0;title\u{9C}C1 OSC", "C1 OSC"),
        ("next\u{85}line \u{84}\u{8D}\u{9A}c1", "nextline c1"),
        ("bell\u{07} null\u{0} back\u{08}space del\u{7F}", "bell null backspace del"),
        ("lone escape \u{1B}", "lone escape "),
        ("unterminated \u{1B}]0;title never ends", "unterminated "),
        ("left \u{202E}thgir\u{202C} and \u{2066}isolate\u{2069}", "left thgir and isolate"),
        ("Zürich — 北京 ✓ «quoted» \u{200F}", "Zürich — 北京 ✓ «quoted» \u{200F}"),
    ])
    func removesWhatATerminalWouldActOn(input: String, output: String) {
        #expect(TerminalSafe.sanitize(input) == output)
    }

    @Test func keepsLineBreaksAndTabs() {
        #expect(TerminalSafe.sanitize("a\tb\nc\n\nd") == "a\tb\nc\n\nd")
    }

    @Test func carriageReturnsCannotOverwriteALine() {
        #expect(TerminalSafe.sanitize("safe\rEVIL") == "safe\nEVIL")
        #expect(TerminalSafe.sanitize("windows\r\nlines\r\n") == "windows\nlines\n")
    }

    @Test func oneLineOutputTurnsBreaksIntoSpaces() {
        #expect(TerminalSafe.sanitize("a\tb\nc\r\nd\re", keepingLineBreaks: false) == "a b c d e")
    }
}
