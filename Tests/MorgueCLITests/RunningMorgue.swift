import Foundation
import Testing

/// A `morgue` started in the background, so a test can watch its output as
/// it comes and send it signals.
final class RunningMorgue: @unchecked Sendable {
    let arguments: [String]
    private let process = Process()
    private let lock = NSLock()
    private var out: [UInt8] = []
    private var err: [UInt8] = []
    private let readers = DispatchGroup()

    init(_ sandbox: Sandbox, _ arguments: [String]) throws {
        self.arguments = arguments
        let binary = try #require(MorgueBinary.path, "the morgue executable is not built: run `swift build` first")
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = sandbox.environment([:])
        process.currentDirectoryURL = URL(fileURLWithPath: sandbox.path)
        process.standardInput = FileHandle.nullDevice
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        for (pipe, isOut) in [(outPipe, true), (errPipe, false)] {
            readers.enter()
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                while true {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    lock.withLock { if isOut { out += data } else { err += data } }
                }
                readers.leave()
            }
        }
        try process.run()
    }

    var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }

    /// Waits until stdout holds `text`; false when the process ended or time ran out first.
    func waitForStdout(containing text: String, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stdout.contains(text) { return true }
            if !process.isRunning { return stdout.contains(text) }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return false
    }

    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the end (killing it after `timeout`) and returns what it did;
    /// `status` is the exit code, or the signal that ended it.
    func finish(timeout: TimeInterval = 30) -> (run: MorgueRun, killedBy: Int32?) {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning {
            Issue.record("morgue \(arguments.joined(separator: " ")) ran longer than \(timeout) s and was stopped")
            process.terminate()
        }
        process.waitUntilExit()
        _ = readers.wait(timeout: .now() + 5)
        let killed = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        let run = lock.withLock {
            MorgueRun(arguments: arguments, status: process.terminationStatus, stdoutBytes: out, stderrBytes: err)
        }
        return (run, killed)
    }
}
