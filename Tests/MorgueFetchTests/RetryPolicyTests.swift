import Testing
@testable import MorgueFetch

@Suite struct RetryPolicyTests {
    let options = FetchOptions(retryBackoff: .milliseconds(100), maxRetryWait: .seconds(5))

    @Test func retryAfterSecondsAreHonoured() {
        #expect(RetryPolicy.wait(beforeRetry: 0, retryAfter: "2", options: options) == .seconds(2))
        #expect(RetryPolicy.wait(beforeRetry: 1, retryAfter: " 0 ", options: options) == .zero)
    }

    @Test func retryAfterIsCapped() {
        #expect(RetryPolicy.wait(beforeRetry: 0, retryAfter: "3600", options: options) == .seconds(5))
        #expect(RetryPolicy.wait(beforeRetry: 0, retryAfter: "99999999999999999999999", options: options) == .seconds(5))
    }

    @Test func backoffDoublesWithoutRetryAfter() {
        #expect(RetryPolicy.wait(beforeRetry: 0, retryAfter: nil, options: options) == .milliseconds(100))
        #expect(RetryPolicy.wait(beforeRetry: 1, retryAfter: nil, options: options) == .milliseconds(200))
        #expect(RetryPolicy.wait(beforeRetry: 2, retryAfter: nil, options: options) == .milliseconds(400))
        #expect(RetryPolicy.wait(beforeRetry: 10, retryAfter: nil, options: options) == .seconds(5))
    }

    @Test(arguments: ["Wed, 21 Oct 2015 07:28:00 GMT", "-1", "1.5", "soon", ""])
    func unreadableRetryAfterFallsBackToBackoff(value: String) {
        #expect(RetryPolicy.wait(beforeRetry: 0, retryAfter: value, options: options) == .milliseconds(100))
    }
}
