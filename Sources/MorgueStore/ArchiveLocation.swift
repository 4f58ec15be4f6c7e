import Foundation

extension Archive {
    /// Where the archive lives when the user names none, decided from an
    /// environment (pass `ProcessInfo.processInfo.environment`):
    ///
    /// 1. `$MORGUE_DB`, when set and not empty (a leading `~/` means `$HOME`);
    /// 2. `$XDG_DATA_HOME/morgue/archive.sqlite`, when that variable holds an
    ///    absolute path (the XDG spec says relative values are to be ignored);
    /// 3. `$HOME/.local/share/morgue/archive.sqlite`, the XDG default.
    ///
    /// When `HOME` is missing from the environment, the current user's home
    /// folder is used.
    public static func defaultPath(environment: [String: String]) -> String {
        let home = nonEmpty(environment["HOME"]) ?? FileManager.default.homeDirectoryForCurrentUser.path
        if let explicit = nonEmpty(environment["MORGUE_DB"]) {
            if explicit == "~" { return home }
            if explicit.hasPrefix("~/") {
                return join(home, String(explicit.dropFirst(2)))
            }
            return explicit
        }
        if let dataHome = nonEmpty(environment["XDG_DATA_HOME"]), dataHome.hasPrefix("/") {
            return join(join(dataHome, "morgue"), archiveFileName)
        }
        return join(join(home, ".local/share/morgue"), archiveFileName)
    }

    /// The file name of an archive in a data folder.
    public static let archiveFileName = "archive.sqlite"

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
