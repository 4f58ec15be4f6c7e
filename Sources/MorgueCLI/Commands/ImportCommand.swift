import ArgumentParser
import Foundation
import MorgueArchiving

/// `morgue import FOLDER...`: archive every saved page below folders, and
/// every HTML response of WARC files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Archive every saved page (.html .htm .xhtml .shtml, and .gz of those) below folders, and every HTML response in WARC files (.warc, .warc.gz).",
        discussion: """
            Pages are extracted on every core (--jobs) and written in batches. A bad page
            is counted and named in the summary; it never stops the import.
            Each page archived is listed on stdout; pages that failed or held no article,
            progress and the summary go to stderr (--quiet: only the summary).
            Re-running an import skips unchanged files without reading them again, and
            finishes an import that was stopped. Ctrl-C writes the pages in flight,
            prints the summary and stops (exit code 130).

            Examples:
              morgue import ~/saved-pages/
              morgue import crawl.warc.gz
              morgue import big/ --jobs 4 --quiet --summary-json report.json
            Exit code 1 when any page failed.
            """)

    @OptionGroup var archiveOption: ArchiveOption

    @Argument(help: ArgumentHelp("Folders, page files or WARC files to import.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Store pages that hold no article (section fronts, walls) anyway.")
    var keepNonArticles = false

    @Flag(name: .shortAndLong, help: "Print only the summary.")
    var quiet = false

    @Option(help: ArgumentHelp("Pages extracted at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .customLong("summary-json"), help: ArgumentHelp(
        "Also write the summary as JSON (counts, and every failed or skipped page with its reason).",
        valueName: "file"))
    var summaryJSON: String?

    @Option(help: .hidden)
    var batchSize = 200

    @Option(help: .hidden)
    var progressInterval: Double = 10

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one folder to import.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1.") }
        if progressInterval < 0 { throw ValidationError("--progress-interval cannot be negative.") }
    }

    func run() throws {
        let archive = try archiveOption.open()
        let options = ImportOptions(
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, keepNonArticles: keepNonArticles,
            batchSize: batchSize)
        let stop = ImportStop()
        let signals = InterruptSignals(stopping: stop)
        let display = ImportDisplay(mode: ImportDisplay.mode(
            quiet: quiet, interval: progressInterval, environment: ProcessInfo.processInfo.environment))
        let report = ParallelImporter(archive: archive, options: options).run(paths, stop: stop, events: display.handle)
        display.finish()
        for line in report.lines { Console.error(line) }
        if let summaryJSON { try ImportSummaryFile.write(report, to: summaryJSON) }
        if let signal = signals.received { throw ExitCode(128 + signal) }
        if report.hasFailures { throw ExitCode(1) }
    }
}
