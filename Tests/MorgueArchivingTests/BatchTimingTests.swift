import MorgueTestSupport
import Foundation
import MorgueFetch
import MorgueStore
import Testing
@testable import MorgueArchiving

/// How long 200 loopback URLs take to archive. Prints the times, never
/// judges them (they depend on the machine); runs only with MORGUE_BENCH=1:
///
///     MORGUE_BENCH=1 swift test --skip-build --filter BatchTimingTests
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MORGUE_BENCH"] == "1"), .serialized)
struct BatchTimingTests {
    static let count = 200

    private func time(_ label: String, options: BatchOptions, hosts: [String]) async throws {
        let server = try LoopbackServer { request, _ in StoryPages.reply(title: "Story \(request.path)", slug: request.path) }
        defer { server.stop() }
        let urls = (0..<Self.count).map { "http://\(hosts[$0 % hosts.count]):\(server.port)/story/\($0)" }
        let batch = URLBatch(archiver: Archiver(archive: try Archive.temporary()), options: options)
        let started = ContinuousClock.now
        let report = await batch.run(urls)
        let elapsed = started.duration(to: .now)
        #expect(report.archived == Self.count, "\(report.summaryLine)")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("morgue batch timing: \(Self.count) URLs, \(label): \(String(format: "%.2f", seconds)) s "
            + "(\(String(format: "%.1f", Double(Self.count) / seconds)) URLs/s)")
    }

    @Test func defaultsOnOneHost() async throws {
        try await time("defaults (8 jobs, 2 per host, 0.5 s delay), one host", options: BatchOptions(), hosts: ["127.0.0.1"])
    }

    @Test func defaultsOnTwoHosts() async throws {
        try await time("defaults, two host names", options: BatchOptions(), hosts: ["127.0.0.1", "localhost"])
    }

    @Test func defaultConcurrencyWithoutDelay() async throws {
        try await time("8 jobs, 2 per host, no delay, one host", options: BatchOptions(perHostDelay: .zero), hosts: ["127.0.0.1"])
    }

    @Test func eightAtOnceWithoutDelay() async throws {
        try await time("8 jobs, 8 per host, no delay, one host", options: BatchOptions(perHost: 8, perHostDelay: .zero), hosts: ["127.0.0.1"])
    }
}
