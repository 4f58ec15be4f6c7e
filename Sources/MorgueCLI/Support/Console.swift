import Foundation
import MorgueExport

/// The one place morgue writes to the terminal. Everything that may carry
/// text from a page (titles, file names, error messages) is passed through
/// `TerminalSafe` first, so no page can send escape sequences to the screen.
enum Console {
    /// A line on stdout, made safe.
    static func out(_ text: String) {
        write(TerminalSafe.sanitize(text) + "\n", to: .standardOutput)
    }

    /// Bytes on stdout as they are (JSON, already escaped by its encoder).
    static func raw(_ text: String) {
        write(text, to: .standardOutput)
    }

    /// A line on stderr, made safe and kept to one line.
    static func error(_ text: String) {
        write(TerminalSafe.sanitize(text, keepingLineBreaks: false) + "\n", to: .standardError)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
