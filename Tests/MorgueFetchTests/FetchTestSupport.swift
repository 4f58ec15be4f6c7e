import Foundation
@testable import MorgueFetch

/// Records the waits a fetcher asks for between retries, without waiting.
final class WaitRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []

    var waits: [Duration] { lock.withLock { recorded } }

    var sleep: @Sendable (Duration) async -> Void {
        { [self] duration in lock.withLock { recorded.append(duration) } }
    }
}

/// Fetches `url` and returns the error the fetch threw, or nil if it succeeded.
func fetchError(_ fetcher: Fetcher, _ url: String) async -> FetchError? {
    do {
        _ = try await fetcher.fetch(url)
        return nil
    } catch {
        return error
    }
}

/// A page body of `count` bytes that starts like HTML.
func htmlBody(_ count: Int) -> [UInt8] {
    let head = Array("<!doctype html><html><body><p>".utf8)
    return head + [UInt8](repeating: 0x61, count: max(0, count - head.count))
}
