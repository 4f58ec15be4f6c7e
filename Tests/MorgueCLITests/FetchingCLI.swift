import MorgueTestSupport
import Foundation

/// Runs the built `morgue` binary, as a user would, for the fetching
/// commands' tests.
enum FetchingCLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `morgue` executable next to the test bundle (both are built by
    /// `swift build --build-tests`).
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("morgue")
    }

    /// Runs morgue with `arguments` (and `stdin`) to the end. The waiting
    /// happens on a Dispatch thread, never on the test's cooperative pool,
    /// so tests running beside this one are not held up.
    static func run(_ arguments: [String], stdin: String? = nil) async throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let running = Running(process: process, out: out, err: err)
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: running.waitForEnd()) }
        }
    }

    /// A started process and its output pipes, waited for on one Dispatch thread.
    private struct Running: @unchecked Sendable {
        let process: Process
        let out: Pipe
        let err: Pipe

        func waitForEnd() -> Result {
            // Read both pipes before waiting, so a full pipe cannot block the child.
            let group = DispatchGroup()
            nonisolated(unsafe) var errData = Data()
            DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            group.wait()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                stdout: String(decoding: outData, as: UTF8.self),
                stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    /// A fresh archive path in its own temporary folder.
    static func temporaryArchive() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("morgue-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("archive.sqlite").path
    }

    /// A story page extraction takes for an article, unique to `slug`.
    static func story(_ slug: String) -> LoopbackReply {
        let paragraphs = (0..<6).map { index in
            "<p>Paragraph \(index) of the \(slug) story tells how the river rose through the night, how the "
                + "volunteers filled sandbags in the rain, and how the council met at dawn to decide about the bridge.</p>"
        }.joined()
        return .html("<!doctype html><html><head><title>Story \(slug)</title></head><body><article>\(paragraphs)</article></body></html>")
    }
}
