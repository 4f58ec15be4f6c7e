import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// When a failed attempt is worth repeating, and how long to wait first.
enum RetryPolicy {
    /// Statuses that mean "try again later": rate limited, temporarily unavailable.
    static let retryableStatuses: Set<Int> = [429, 503]

    /// The wait before retry number `retry` (0 for the first): the server's
    /// `Retry-After` in seconds if it gave one, else the backoff doubled per
    /// retry; never more than `options.maxRetryWait`.
    static func wait(beforeRetry retry: Int, retryAfter: String?, options: FetchOptions) -> Duration {
        let asked = retryAfter.flatMap(seconds(fromRetryAfter:))
        let backoff = options.retryBackoff * (1 << min(retry, 16))
        return min(asked ?? backoff, options.maxRetryWait)
    }

    /// The delay of a `Retry-After` header given in seconds (the HTTP-date
    /// form is not honoured and yields nil).
    static func seconds(fromRetryAfter value: String) -> Duration? {
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // Absurdly long digit strings overflow Int; treat them as "very long".
        guard let seconds = Int64(trimmed) else { return .seconds(Int64(Int32.max)) }
        return .seconds(seconds)
    }
}
