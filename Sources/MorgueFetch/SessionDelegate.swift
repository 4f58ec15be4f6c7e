import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The one delegate of a fetcher's URLSession. URLSession on Linux ignores
/// per-task delegates, so this session-level delegate looks up the
/// `Transfer` of each task by its identifier and forwards the callbacks that
/// enforce morgue's limits: body size, redirect count and schemes.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    func register(_ transfer: Transfer) {
        lock.withLock { transfers[transfer.task.taskIdentifier] = transfer }
    }

    func unregister(_ transfer: Transfer) {
        lock.withLock { _ = transfers.removeValue(forKey: transfer.task.taskIdentifier) }
    }

    private func transfer(for task: URLSessionTask) -> Transfer? {
        lock.withLock { transfers[task.taskIdentifier] }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        completionHandler(transfer(for: dataTask)?.receive(response) ?? .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        transfer(for: dataTask)?.receive(data)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        // A task this fetcher no longer tracks has already completed; it is
        // not waiting for a decision, and handing it one would be an error.
        transfer(for: task)?.redirect(response, to: request, decide: completionHandler)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        transfer(for: task)?.complete(error: error)
    }
}
