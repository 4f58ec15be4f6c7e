import ArgumentParser
import Foundation
import MorgueArchiving

/// `morgue import FOLDER...`: archive every saved page below folders.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Archive every saved page (.html .htm .xhtml .shtml, and .gz of those) below folders.",
        discussion: """
            A bad page is counted and named in the summary; it never stops the import.
            Each page archived is listed on stdout; pages that failed or held no article,
            and the summary, go to stderr.
            Re-running an import skips what is already archived without extracting it again.

            Example:
              morgue import ~/saved-pages/
            Exit code 1 when any page failed.
            """)

    @OptionGroup var archiveOption: ArchiveOption

    @Argument(help: ArgumentHelp("Folders (or files) to import.", valueName: "folder"))
    var paths: [String]

    @Flag(help: "Store pages that hold no article (section fronts, walls) anyway.")
    var keepNonArticles = false

    @Flag(name: .shortAndLong, help: "Print only the summary.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one folder to import.") }
    }

    func run() throws {
        let archiver = Archiver(archive: try archiveOption.open(), keepNonArticles: keepNonArticles)
        let quiet = self.quiet
        let report = Importer(archiver: archiver).run(paths) { done, total, path, outcome in
            guard !quiet else { return }
            let counter = "[\(done)/\(total)] "
            switch outcome {
            case .success(let result):
                // As `archive` does: what was archived on stdout, what was not on stderr.
                if case .notAnArticle = result {
                    Console.error(counter + ResultLines.describe(result, source: path))
                } else {
                    Console.out(counter + ResultLines.describe(result, source: path))
                }
            case .failure(let error): Console.error(counter + "failed: " + error.description)
            }
        }
        for line in report.lines { Console.error(line) }
        if report.hasFailures { throw ExitCode(1) }
    }
}
