import Foundation
import Testing

/// `morgue import`: a folder of pages, some of them bad.
@Suite struct ImportCommandTests {
    let sandbox: Sandbox
    let folder: String

    init() throws {
        sandbox = try Sandbox()
        folder = sandbox.file("saved")
    }

    /// Three stories, an empty page, a binary file named like a page, and a section front.
    func writeFolder() throws -> (stories: [String], empty: String, binary: String, front: String) {
        var stories: [String] = []
        for (index, name) in Fixtures.stories.enumerated() {
            stories.append(try sandbox.copyFixture(name, as: index == 0 ? "saved/2024/\(name).html" : "saved/\(name).html"))
        }
        let empty = try sandbox.write("saved/empty.html", [])
        let binary = try sandbox.write("saved/logo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array(repeating: 0, count: 200))
        let front = try sandbox.copyFixture(Fixtures.sectionFront, as: "saved/front.html")
        return (stories, empty, binary, front)
    }

    @Test func importsTheGoodPagesAndNamesEveryBadOne() throws {
        let pages = try writeFolder()
        let run = try sandbox.morgue("import", folder)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("archived 3, already archived 0, skipped 1, failed 2 (binary file: 1, empty page: 1)\n"), "\(run)")
        #expect(run.stderrLines.contains("failed: \(pages.empty): empty page"), "\(run)")
        #expect(run.stderrLines.contains("failed: \(pages.binary): binary file, not an HTML page"), "\(run)")
        #expect(run.stderrLines.contains { $0.hasPrefix("skipped: \(pages.front): not an article") }, "\(run)")

        // Each story archived is listed on stdout, under the title `list` shows.
        let archived = run.stdoutLines
        #expect(archived.count == 3, "\(run)")
        #expect(archived.allSatisfy { $0.range(of: #"^\[\d/6\] archived #\d: "#, options: .regularExpression) != nil }, "\(run)")
        let list = try sandbox.morgue("list")
        let listedTitles = Set(list.stdoutLines.map(Readers.listedTitle))
        let reportedTitles = Set(archived.map { String($0[$0.range(of: #"archived #\d: "#, options: .regularExpression)!.upperBound...]) })
        #expect(listedTitles == reportedTitles)
        #expect(list.stdoutLines.compactMap(Readers.listedID).sorted() == [1, 2, 3])
    }

    @Test func importingAgainFindsEveryStoryAlreadyArchived() throws {
        let pages = try writeFolder()
        _ = try sandbox.morgue("import", folder)
        let again = try sandbox.morgue("import", folder)
        #expect(again.status == 1, "\(again)")
        #expect(again.stderr.contains("archived 0, already archived 3, skipped 1, failed 2"), "\(again)")
        for story in pages.stories {
            #expect(again.stdoutLines.contains { $0.contains("] \(story): already archived as #") }, "\(again)")
        }
        #expect(try sandbox.morgue("list").stdoutLines.count == 3)
    }

    @Test func quietPrintsOnlyTheSummaryAndTheBadPages() throws {
        let pages = try writeFolder()
        let run = try sandbox.morgue("import", "--quiet", folder)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.count == 4, "\(run)")
        #expect(run.stderrLines.first?.hasPrefix("archived 3,") == true, "\(run)")
        #expect(run.stderrLines.contains("failed: \(pages.empty): empty page"), "\(run)")
    }

    @Test func aFolderOfGoodPagesExitsWithZero() throws {
        for name in Fixtures.stories { try sandbox.copyFixture(name, as: "saved/\(name).html") }
        let run = try sandbox.morgue("import", folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdoutLines.count == 3, "\(run)")
        #expect(run.stderrLines == ["archived 3, already archived 0, skipped 0, failed 0"], "\(run)")
    }

    @Test func aFolderWithoutPagesIsNamed() throws {
        try sandbox.write("saved/readme.txt", "nothing to see")
        let run = try sandbox.morgue("import", folder)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines.first == "archived 0, already archived 0, skipped 0, failed 1 (no HTML files: 1)", "\(run)")
        #expect(run.stderrLines.last?.hasPrefix("failed: \(folder): no saved pages") == true, "\(run)")
    }

    @Test func pagesAreNamedAsTheFolderWasGiven() throws {
        try sandbox.write("saved/empty.html", [])
        let run = try sandbox.morgue("import", "saved")
        #expect(run.stderrLines.contains("failed: saved/empty.html: empty page"), "\(run)")
    }
}
