import ArgumentParser

/// The `morgue` command: files news articles the way a newsroom librarian would.
public struct Morgue: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "morgue",
        abstract: "Archive news articles: extract the story and its news fields, keep them in SQLite, export them.",
        discussion: """
            Exit codes: 0 ok, 1 some inputs failed, 2 usage error.
            The archive is $MORGUE_DB if set, else $XDG_DATA_HOME/morgue/archive.sqlite
            (~/.local/share/morgue/archive.sqlite); --db overrides it.
            """,
        subcommands: [ArchiveCommand.self, FeedCommand.self, ImportCommand.self, ExtractCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self])

    public init() {}
}
