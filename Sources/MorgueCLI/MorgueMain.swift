import ArgumentParser
import Foundation
import MorgueExport

/// Runs the command line and maps outcomes to morgue's exit codes:
/// 0 ok, 1 some inputs failed, 2 usage error.
public enum MorgueMain {
    public static func run(_ arguments: [String]? = nil) async -> Never {
        do {
            var command = try Morgue.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch let code as ExitCode {
            // The command has already told the user what went wrong.
            exit(code.rawValue)
        } catch let error as UserFacingError {
            Console.error(error.description)
            exit(error.exitCode)
        } catch {
            let code = Morgue.exitCode(for: error)
            if code == .success {
                // --help and --version print to stdout and succeed.
                FileHandle.standardOutput.write(Data((Morgue.fullMessage(for: error) + "\n").utf8))
                exit(0)
            }
            if code.rawValue == 64 || error is ValidationError || code == .validationFailure {
                writeError(Morgue.fullMessage(for: error))
                exit(2)
            }
            Console.error("morgue: \(Morgue.message(for: error))")
            exit(1)
        }
    }

    /// Usage errors keep their multi-line help text, made safe.
    static func writeError(_ message: String) {
        FileHandle.standardError.write(Data((TerminalSafe.sanitize(message) + "\n").utf8))
    }
}
