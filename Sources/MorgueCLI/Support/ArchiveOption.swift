import ArgumentParser
import Foundation
import MorgueStore

/// `--db PATH`, shared by every command that opens the archive.
struct ArchiveOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The archive file.",
        discussion: "Default: $MORGUE_DB, else $XDG_DATA_HOME/morgue/archive.sqlite (~/.local/share/morgue/archive.sqlite).",
        valueName: "path"))
    var db: String?

    var path: String {
        db ?? Archive.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    func open() throws -> Archive {
        do {
            return try Archive(path: path)
        } catch {
            throw UserFacingError(error.description)
        }
    }
}
