import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How one HTTP attempt ended, before it is judged as a page or an error.
enum TransferOutcome: Sendable {
    /// The server answered. For an error status the body is not downloaded
    /// and is empty.
    case response(HTTPURLResponse, body: [UInt8], receivedAt: Date)
    /// The transfer was stopped by one of morgue's own limits or checks.
    case refused(FetchError)
    /// URLSession reported an error (code in `NSURLErrorDomain`).
    case failed(code: Int, message: String)
}

/// The state of one URLSession task: the limits it runs under, the
/// redirects it followed, the body so far, and the continuation waiting for
/// its outcome. The session delegate forwards its callbacks here; all
/// fields are guarded by one lock, as the callbacks, the deadline and the
/// caller's cancellation arrive on different threads.
///
/// URLSession on Linux traps if a task is cancelled while it waits for the
/// redirect decision and the decision then arrives. So the decision is
/// handed over under the lock, cancelling also happens under that lock's
/// protocol (flag first, then `cancel()`), and once the flag is set no
/// redirect decision is handed over at all.
final class Transfer: @unchecked Sendable {
    let task: URLSessionDataTask
    private let requestedURL: String
    private let maxBodyBytes: Int
    private let maxRedirects: Int
    private let accepts: DocumentKind

    private let lock = NSLock()
    private var visited: [String]
    private var response: HTTPURLResponse?
    private var body: [UInt8] = []
    /// Set when a limit or check stopped the transfer; wins over the
    /// cancellation error URLSession then reports.
    private var refusal: FetchError?
    /// Set when the status is an error and the body is not worth reading.
    private var stoppedAtHeaders = false
    /// Set before `task.cancel()` is called.
    private var cancelling = false
    private var started = false
    private var continuation: CheckedContinuation<TransferOutcome, Never>?
    private var outcome: TransferOutcome?
    private var deadline: DispatchWorkItem?

    init(task: URLSessionDataTask, requestedURL: String, startURL: String, options: FetchOptions) {
        self.task = task
        self.requestedURL = requestedURL
        self.maxBodyBytes = options.maxBodyBytes
        self.maxRedirects = options.maxRedirects
        self.accepts = options.accepts
        self.visited = [startURL]
    }

    /// Starts the task (unless it was stopped first) and arranges for
    /// `continuation` to receive the outcome; stops it after `totalTimeout`.
    func start(totalTimeout: Duration, continuation: CheckedContinuation<TransferOutcome, Never>) {
        lock.lock()
        if let outcome {
            lock.unlock()
            continuation.resume(returning: outcome)
            return
        }
        self.continuation = continuation
        started = true
        let url = requestedURL
        let deadline = DispatchWorkItem { [weak self] in self?.stop(because: .timedOut(url: url)) }
        self.deadline = deadline
        lock.unlock()
        DispatchQueue.global().asyncAfter(deadline: .now() + totalTimeout.timeInterval, execute: deadline)
        task.resume()
    }

    /// Stops the transfer with `error` as its outcome, unless it already ended.
    func stop(because error: FetchError) {
        lock.lock()
        guard outcome == nil else { lock.unlock(); return }
        if refusal == nil { refusal = error }
        guard started else {
            // Never resumed: there is nothing to cancel, `start` reports the error.
            outcome = .refused(error)
            lock.unlock()
            return
        }
        cancelTaskAndUnlock()
    }

    /// Marks the task as cancelling and cancels it; called with the lock
    /// held, returns with it released.
    private func cancelTaskAndUnlock() {
        let alreadyCancelling = cancelling
        cancelling = true
        lock.unlock()
        if !alreadyCancelling { task.cancel() }
    }

    /// The response headers arrived: decides whether to read the body.
    /// URLSession on Linux ignores the disposition, so a refused response is
    /// also stopped by cancelling the task.
    func receive(_ urlResponse: URLResponse) -> URLSession.ResponseDisposition {
        lock.lock()
        guard outcome == nil, refusal == nil, !cancelling else { lock.unlock(); return .cancel }
        guard let http = urlResponse as? HTTPURLResponse else {
            refusal = .badResponse(url: requestedURL, reason: "not an HTTP response")
            cancelTaskAndUnlock()
            return .cancel
        }
        response = http
        if http.statusCode >= 400 {
            // Only the status and headers (Retry-After) matter now.
            stoppedAtHeaders = true
            cancelTaskAndUnlock()
            return .cancel
        }
        if (200..<300).contains(http.statusCode) {
            let contentType = http.value(forHTTPHeaderField: "Content-Type")
            if accepts.verdict(contentType) == .refuse {
                refusal = accepts.refusal(url: requestedURL, contentType: contentType, sniffed: false)
                cancelTaskAndUnlock()
                return .cancel
            }
        }
        if http.expectedContentLength > Int64(maxBodyBytes) {
            refusal = .tooLarge(url: requestedURL, limit: maxBodyBytes)
            cancelTaskAndUnlock()
            return .cancel
        }
        lock.unlock()
        return .allow
    }

    /// A piece of the body arrived: keeps it, or stops past the size limit.
    func receive(_ data: Data) {
        lock.lock()
        guard refusal == nil, !stoppedAtHeaders, !cancelling else { lock.unlock(); return }
        guard body.count + data.count <= maxBodyBytes else {
            refusal = .tooLarge(url: requestedURL, limit: maxBodyBytes)
            body = []
            cancelTaskAndUnlock()
            return
        }
        body.append(contentsOf: data)
        lock.unlock()
    }

    /// The server redirects with `redirectResponse`: hands `decide` the request to
    /// follow, or nil when the chain breaks a rule (the redirect response
    /// then completes the task, and the refusal becomes the outcome).
    /// When the task is being cancelled, `decide` is not called.
    func redirect(_ redirectResponse: HTTPURLResponse, to proposed: URLRequest, decide: (URLRequest?) -> Void) {
        var request = proposed
        // URLSession on Linux resolves a `Location` with a scheme but no host
        // (file:///etc/passwd) against the current host, and drops the
        // directory of relative paths; resolve it by RFC 3986 instead.
        if let location = redirectResponse.value(forHTTPHeaderField: "Location"),
           let resolved = URL(string: location, relativeTo: redirectResponse.url)?.absoluteURL {
            request.url = resolved
        }
        let target = request.url?.absoluteString ?? ""
        let scheme = request.url?.scheme?.lowercased() ?? ""
        lock.lock()
        defer { lock.unlock() }
        guard !cancelling else { return }
        let problem: RedirectProblem?
        if scheme != "http" && scheme != "https" {
            problem = .unsupportedScheme(target)
        } else if visited.count > maxRedirects {
            problem = .tooMany(limit: maxRedirects)
        } else if visited.contains(target) {
            problem = .loop(target)
        } else {
            problem = nil
        }
        if let problem {
            if refusal == nil { refusal = .redirects(url: requestedURL, problem) }
            decide(nil)
        } else {
            visited.append(target)
            decide(request)
        }
    }

    /// URLSession finished the task, with or without an error.
    func complete(error: Error?) {
        lock.lock()
        let result: TransferOutcome
        if let refusal {
            result = .refused(refusal)
        } else if let response, stoppedAtHeaders || error == nil {
            result = .response(response, body: stoppedAtHeaders ? [] : body, receivedAt: Date())
        } else if let error {
            let nsError = error as NSError
            let code = nsError.domain == NSURLErrorDomain ? nsError.code : NSURLErrorUnknown
            result = .failed(code: code, message: nsError.localizedDescription)
        } else {
            result = .failed(code: NSURLErrorBadServerResponse, message: "no response")
        }
        guard outcome == nil else { lock.unlock(); return }
        outcome = result
        let continuation = self.continuation
        self.continuation = nil
        deadline?.cancel()
        deadline = nil
        lock.unlock()
        continuation?.resume(returning: result)
    }
}

extension Duration {
    /// The duration in seconds, as Foundation and Dispatch take it.
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
