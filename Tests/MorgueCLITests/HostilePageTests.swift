import Foundation
import Testing

/// Pages written to attack the terminal or the file system get neither.
@Suite struct HostilePageTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    /// A title that sets the window title (OSC), turns text red (CSI), and
    /// holds the one-character C1 form of CSI (as a character reference).
    static let escapingTitle = "Pwned \u{1B}]0;pwned\u{07}window \u{1B}[31mRed&#x9b;1m alert"

    /// Bytes a terminal would act on: ESC, BEL, and C1 controls (U+0080–U+009F).
    static func terminalControls(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        if bytes.contains(0x1B) { found.append("ESC") }
        if bytes.contains(0x07) { found.append("BEL") }
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where (0x80...0x9F).contains(scalar.value) {
            found.append("U+00" + String(scalar.value, radix: 16, uppercase: true))
        }
        return found
    }

    func expectNoTerminalControls(_ run: MorgueRun) {
        #expect(Self.terminalControls(in: run.stdoutBytes).isEmpty, "stdout: \(run)")
        #expect(Self.terminalControls(in: run.stderrBytes).isEmpty, "stderr: \(run)")
    }

    @Test func escapeSequencesInATitleNeverReachTheTerminal() throws {
        let page = try sandbox.write("evil.html", Pages.story(title: Self.escapingTitle))
        let archive = try sandbox.morgue("archive", page)
        #expect(archive.status == 0, "\(archive)")
        #expect(archive.stdout.hasPrefix("archived #1: "), "\(archive)")
        expectNoTerminalControls(archive)

        let again = try sandbox.morgue("archive", page, try sandbox.copyFixture("no-byline"), sandbox.file("missing.html"))
        expectNoTerminalControls(again)

        for arguments in [["list"], ["show", "1"], ["show", "1", "--format", "text"], ["show", "1", "--format", "markdown"],
                          ["show", "1", "--format", "json"], ["export", "--format", "json"], ["export", "--format", "ndjson"],
                          ["extract", page, "--format", "text"], ["extract", page, "--format", "markdown"],
                          ["extract", page, "--format", "json"], ["extract", page, "--explain"]] {
            let run = try sandbox.morgue(arguments)
            #expect(run.status == 0, "\(run)")
            // The words of the title are still shown.
            #expect(run.stdout.contains("Pwned"), "\(run)")
            #expect(run.stdout.contains("alert"), "\(run)")
            expectNoTerminalControls(run)
        }
    }

    @Test func theJSONStillHoldsTheTitleAsStored() throws {
        let page = try sandbox.write("evil.html", Pages.story(title: Self.escapingTitle))
        #expect(try sandbox.morgue("archive", page).status == 0)
        let shown = try Readers.object(try sandbox.morgue("show", "1", "--format", "json").stdout)
        let extracted = try Readers.object(try sandbox.morgue("extract", page, "--explain").stdout)
        #expect(shown["title"] as? String == extracted["title"] as? String)
    }

    @Test func escapeSequencesInAFileNameNeverReachTheTerminal() throws {
        let name = "clip \u{1B}]0;pwned\u{07}\u{1B}[2J.html"
        let empty = try sandbox.write(name, [])
        for run in [try sandbox.morgue("archive", empty), try sandbox.morgue("archive", sandbox.file("gone \u{1B}[31m.html")),
                    try sandbox.morgue("extract", empty), try sandbox.morgue("import", sandbox.path)] {
            #expect(run.status == 1, "\(run)")
            #expect(!run.stderr.isEmpty, "\(run)")
            expectNoTerminalControls(run)
        }
    }

    @Test func aLineBreakInATitleKeepsAListRowOnOneLine() throws {
        let page = try sandbox.write("breaks.html", Pages.story(title: "First line&#13;second line&#x2028;third"))
        #expect(try sandbox.morgue("archive", page).status == 0)
        let list = try sandbox.morgue("list")
        #expect(list.stdoutLines.count == 1, "\(list)")
        #expect(list.stdout.contains("First line"), "\(list)")
    }

    @Test func aTitleWithParentFoldersIsExportedInsideTheFolder() throws {
        let pages = [
            Pages.story(title: "../../../../etc/passwd", seed: 1),
            Pages.story(title: "..", seed: 2),
            Pages.story(title: "/tmp/escape \\ ..\\..\\windows", seed: 3),
        ]
        for (index, page) in pages.enumerated() {
            let run = try sandbox.morgue("archive", try sandbox.write("p\(index).html", page))
            #expect(run.status == 0, "\(run)")
        }
        let out = sandbox.file("exports/clips")
        let before = try Self.tree(sandbox.path)
        let run = try sandbox.morgue("export", "--format", "markdown", "--out", out)
        #expect(run.status == 0, "\(run)")

        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(names.count == 3)
        for name in names {
            #expect(name.range(of: #"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.md$"#, options: .regularExpression) != nil, "\(name)")
        }
        // Nothing was written anywhere but the three files in the folder.
        let added = try Self.tree(sandbox.path).subtracting(before)
        #expect(added == Set(["exports", "exports/clips"] + names.map { "exports/clips/" + $0 }))
    }

    /// Every path below `root`, relative to it.
    static func tree(_ root: String) throws -> Set<String> {
        Set(try FileManager.default.subpathsOfDirectory(atPath: root))
    }
}
