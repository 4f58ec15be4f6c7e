import Foundation
import Testing

/// What one run of `morgue` did: its exit status and everything it printed.
struct MorgueRun: CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var stdoutBytes: [UInt8]
    var stderrBytes: [UInt8]

    var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
    var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }
    /// The lines of stdout, without the final empty one.
    var stdoutLines: [String] { Self.lines(stdout) }
    var stderrLines: [String] { Self.lines(stderr) }

    var description: String {
        "morgue \(arguments.joined(separator: " ")) -> \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// A place for one test to run `morgue` in: a fresh folder holding the
/// archive (named by `MORGUE_DB`), with `HOME` and `XDG_DATA_HOME` inside it
/// so nothing outside is read or written.
final class Sandbox {
    let path: String
    /// The archive that `MORGUE_DB` names.
    let db: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("morgue-cli-tests-\(UUID().uuidString)", isDirectory: true).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        db = path + "/archive.sqlite"
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A path inside the sandbox.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` at `name` (missing folders are made) and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// Copies a fixture page into the sandbox.
    @discardableResult
    func copyFixture(_ fixture: String, as name: String? = nil) throws -> String {
        try write(name ?? fixture + ".html", Fixtures.bytes(fixture))
    }

    /// The environment `morgue` runs with: this process's, minus any
    /// archive setting, plus the sandbox's.
    func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["MORGUE_DB"] = db
        environment["HOME"] = path
        environment["XDG_DATA_HOME"] = path + "/xdg-data"
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs the built `morgue` with `arguments` in the sandbox folder and
    /// waits for it (at most `timeout` seconds, then it is killed).
    func morgue(_ arguments: String..., environment extra: [String: String] = [:], timeout: TimeInterval = 20) throws -> MorgueRun {
        try morgue(arguments, environment: extra, timeout: timeout)
    }

    func morgue(_ arguments: [String], environment extra: [String: String] = [:], timeout: TimeInterval = 20) throws -> MorgueRun {
        let binary = try #require(MorgueBinary.path, "the morgue executable is not built: run `swift build` first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment(extra)
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isOut) in [(out, true), (err, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set([UInt8](data), stdout: isOut)
                group.leave()
            }
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = group.wait(timeout: .now() + 5)
            Issue.record("morgue \(arguments.joined(separator: " ")) ran longer than \(timeout) s and was stopped")
        }
        process.waitUntilExit()
        _ = group.wait(timeout: .now() + 5)
        return MorgueRun(arguments: arguments, status: process.terminationStatus, stdoutBytes: collected.stdout, stderrBytes: collected.stderr)
    }
}

/// Output gathered from two reader threads.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var out: [UInt8] = []
    private var err: [UInt8] = []

    func set(_ bytes: [UInt8], stdout: Bool) {
        lock.withLock { if stdout { out = bytes } else { err = bytes } }
    }

    var stdout: [UInt8] { lock.withLock { out } }
    var stderr: [UInt8] { lock.withLock { err } }
}

/// The saved news pages in the package's `fixtures/` folder.
enum Fixtures {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("fixtures").path
    }()

    /// Story pages, each holding one article.
    static let stories = ["ap-wire-story", "reuters-dateline", "no-byline"]
    /// A section front: no article.
    static let sectionFront = "section-front-not-article"

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name + ".html")))
    }
}
