import Testing
@testable import MorgueFetch

@Suite struct TerminalTextTests {
    @Test func controlCharactersAreReplaced() {
        let shown = TerminalText.sanitized("text/html\u{1b}[2J\r\n\u{07}\u{9b}31m")
        #expect(shown == "text/html\u{FFFD}[2J\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}31m")
    }

    @Test func bidirectionalOverridesAreReplaced() {
        #expect(TerminalText.sanitized("abc\u{202E}fdp.exe") == "abc\u{FFFD}fdp.exe")
        #expect(TerminalText.sanitized("x\u{2066}y") == "x\u{FFFD}y")
    }

    @Test func ordinaryTextIsKept() {
        let text = "https://例え.jp/ニュース?q=é&n=1 — «quoted»"
        #expect(TerminalText.sanitized(text) == text)
    }

    @Test func longTextIsCut() {
        let shown = TerminalText.sanitized(String(repeating: "a", count: 1_000), maxLength: 10)
        #expect(shown == String(repeating: "a", count: 10) + "…")
    }
}
