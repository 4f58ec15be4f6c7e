import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches web pages (or feeds, see `FetchOptions.accepts`) over http and
/// https, within limits: a timeout, a cap on redirects and body size, only
/// the wanted kind of document accepted, a few polite retries
/// when the server says it is busy. Other schemes are refused before any
/// I/O. One fetcher can serve many concurrent fetches.
public final class Fetcher: Sendable {
    /// The limits and manners every fetch of this fetcher follows.
    public let options: FetchOptions
    private let session: URLSession
    private let delegate: SessionDelegate
    private let sleep: @Sendable (Duration) async -> Void

    /// - Parameter sleep: how the fetcher waits before a retry; tests pass
    ///   one that records the wait instead of sleeping.
    public init(
        options: FetchOptions = FetchOptions(),
        sleep: @escaping @Sendable (Duration) async -> Void = { try? await Task.sleep(for: $0) }
    ) {
        self.options = options
        self.sleep = sleep
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout.timeInterval
        configuration.timeoutIntervalForResource = options.totalTimeout.timeInterval
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = [
            "User-Agent": options.userAgent,
            "Accept": options.accepts.acceptHeader,
        ]
        let delegate = SessionDelegate()
        self.delegate = delegate
        self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// Fetches the page at `url`, following redirects and retrying a busy
    /// server, and returns it if it is an HTML page within the limits.
    public func fetch(_ url: String) async throws(FetchError) -> FetchedPage {
        let target = try Self.validate(url)
        var retry = 0
        while true {
            let outcome = await attempt(url, target: target)
            switch judge(outcome, url: url) {
            case .page(let page):
                return page
            case .failure(let error):
                throw error
            case .retryable(let error, let retryAfter):
                guard retry < options.retries else { throw error }
                await sleep(RetryPolicy.wait(beforeRetry: retry, retryAfter: retryAfter, options: options))
                if Task.isCancelled { throw .cancelled(url: url) }
                retry += 1
            }
        }
    }

    /// Parses `url` and refuses anything but an absolute http(s) URL with a host.
    static func validate(_ url: String) throws(FetchError) -> URL {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else {
            throw .invalidURL(url)
        }
        guard scheme == "http" || scheme == "https" else {
            throw .unsupportedScheme(url: url, scheme: scheme)
        }
        guard let host = parsed.host, !host.isEmpty else { throw .invalidURL(url) }
        return parsed
    }

    /// One HTTP request, up to its outcome.
    private func attempt(_ url: String, target: URL) async -> TransferOutcome {
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: options.timeout.timeInterval)
        request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        let transfer = Transfer(task: task, requestedURL: url, startURL: target.absoluteString, options: options)
        delegate.register(transfer)
        defer { delegate.unregister(transfer) }
        let totalTimeout = options.totalTimeout
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.start(totalTimeout: totalTimeout, continuation: continuation)
            }
        } onCancel: {
            transfer.stop(because: .cancelled(url: url))
        }
    }

    private enum Judgement {
        case page(FetchedPage)
        case failure(FetchError)
        case retryable(FetchError, retryAfter: String?)
    }

    /// Turns the outcome of one attempt into a page, an error, or a reason to retry.
    private func judge(_ outcome: TransferOutcome, url: String) -> Judgement {
        switch outcome {
        case .refused(let error):
            return .failure(error)
        case .failed(let code, let message):
            let error = Self.error(forURLErrorCode: code, message: message, url: url, options: options)
            return code == NSURLErrorNetworkConnectionLost ? .retryable(error, retryAfter: nil) : .failure(error)
        case .response(let response, let body, let receivedAt):
            let status = response.statusCode
            guard (200..<300).contains(status) else {
                let error = FetchError.httpStatus(url: url, code: status)
                if RetryPolicy.retryableStatuses.contains(status) {
                    return .retryable(error, retryAfter: response.value(forHTTPHeaderField: "Retry-After"))
                }
                return .failure(error)
            }
            let contentType = response.value(forHTTPHeaderField: "Content-Type")
            let kind = options.accepts
            switch kind.verdict(contentType) {
            case .accept:
                break
            case .refuse:
                return .failure(kind.refusal(url: url, contentType: contentType, sniffed: false))
            case .sniff:
                guard kind.bodyMatches(body) else {
                    return .failure(kind.refusal(url: url, contentType: contentType, sniffed: true))
                }
            }
            return .page(FetchedPage(
                requestedURL: url,
                finalURL: response.url?.absoluteString ?? url,
                status: status,
                contentType: contentType,
                etag: response.value(forHTTPHeaderField: "ETag"),
                lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
                fetchedAt: receivedAt,
                body: body
            ))
        }
    }

    /// The fetch error for a URLSession error code.
    static func error(forURLErrorCode code: Int, message: String, url: String, options: FetchOptions) -> FetchError {
        switch code {
        case NSURLErrorTimedOut:
            return .timedOut(url: url)
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed:
            return .unreachable(url: url, reason: "host not found")
        case NSURLErrorCannotConnectToHost:
            return .unreachable(url: url, reason: "could not connect")
        case NSURLErrorNetworkConnectionLost:
            return .unreachable(url: url, reason: "connection lost")
        case NSURLErrorNotConnectedToInternet:
            return .unreachable(url: url, reason: "no network connection")
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateHasBadDate,
             NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasUnknownRoot,
             NSURLErrorServerCertificateNotYetValid, NSURLErrorClientCertificateRejected,
             NSURLErrorClientCertificateRequired:
            return .unreachable(url: url, reason: "TLS failure: \(message)")
        case NSURLErrorHTTPTooManyRedirects:
            return .redirects(url: url, .tooMany(limit: options.maxRedirects))
        case NSURLErrorDataLengthExceedsMaximum:
            return .tooLarge(url: url, limit: options.maxBodyBytes)
        case NSURLErrorCancelled:
            return .cancelled(url: url)
        case NSURLErrorBadServerResponse, NSURLErrorCannotParseResponse, NSURLErrorCannotDecodeRawData,
             NSURLErrorCannotDecodeContentData, NSURLErrorZeroByteResource, NSURLErrorRedirectToNonExistentLocation:
            return .badResponse(url: url, reason: message)
        default:
            return .unreachable(url: url, reason: message)
        }
    }
}
