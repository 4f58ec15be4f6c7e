import ArgumentParser

/// An error whose message is the one line a user sees on stderr.
struct UserFacingError: Error, CustomStringConvertible {
    let description: String
    let exitCode: Int32

    init(_ message: String, exitCode: Int32 = 1) {
        self.description = message
        self.exitCode = exitCode
    }
}
