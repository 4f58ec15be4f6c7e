import Testing
@testable import MorgueArchiving
@testable import MorgueCLI

/// The words of `import`'s progress display.
@Suite struct ImportProgressTextTests {
    let progress = ImportProgress(filesTotal: 200, filesDone: 50, pages: 50, stored: 40, failures: 3, elapsed: 20)

    @Test func theTerminalLineHasFilesRateTimeLeftAndFailures() {
        let bar = ImportProgressText.bar(progress, color: false)
        #expect(bar == "[#####---------------] 50/200 files  2.0 articles/s  ETA 1m00s  3 failed")
    }

    @Test func failuresAreRedOnlyWithColor() {
        #expect(ImportProgressText.bar(progress, color: true).contains("\u{1B}[31m3 failed\u{1B}[0m"))
        #expect(!ImportProgressText.bar(progress, color: false).contains("\u{1B}"))
        var clean = progress
        clean.failures = 0
        #expect(!ImportProgressText.bar(clean, color: true).contains("\u{1B}"))
    }

    @Test func thePlainLineSaysTheSame() {
        #expect(ImportProgressText.line(progress) == "progress: 50/200 files, 2.0 articles/s, ETA 1m00s, 3 failed")
    }

    @Test func timeLeftIsUnknownBeforeAnyFileIsDone() {
        #expect(ImportProgressText.eta(ImportProgress(filesTotal: 10, elapsed: 3)) == "--")
        #expect(ImportProgressText.eta(ImportProgress(filesTotal: 10_000, filesDone: 1, elapsed: 2)) == "5h33m")
        #expect(ImportProgressText.eta(ImportProgress(filesTotal: 10, filesDone: 5, elapsed: 10)) == "10s")
    }

    @Test func noColorAndDumbTerminalsTurnColorOff() {
        let terminal = { (environment: [String: String]) in
            ImportDisplay.mode(quiet: false, interval: 10, environment: environment, stderrIsTerminal: true)
        }
        #expect(terminal([:]) == .terminal(color: true))
        #expect(terminal(["NO_COLOR": "1"]) == .terminal(color: false))
        #expect(terminal(["TERM": "dumb"]) == .terminal(color: false))
        #expect(ImportDisplay.mode(quiet: false, interval: 5, environment: [:], stderrIsTerminal: false) == .lines(interval: 5))
        #expect(ImportDisplay.mode(quiet: true, interval: 5, environment: [:], stderrIsTerminal: true) == .quiet)
    }
}
