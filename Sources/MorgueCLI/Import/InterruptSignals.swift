import Foundation
import MorgueArchiving

/// Ctrl-C (SIGINT) and SIGTERM during an import: the first asks the import
/// to stop (finish the batch in flight, print the summary); a second one
/// ends morgue at once. Restores the default handling when released.
final class InterruptSignals: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [DispatchSourceSignal] = []
    private var signalReceived: Int32?

    static let handled: [Int32] = [SIGINT, SIGTERM]

    init(stopping stop: ImportStop) {
        for number in Self.handled {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [unowned self] in
                let isFirst = lock.withLock {
                    defer { if signalReceived == nil { signalReceived = number } }
                    return signalReceived == nil
                }
                if !isFirst { _exit(128 + number) }
                stop.stop()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal received, if any.
    var received: Int32? {
        lock.withLock { signalReceived }
    }

    deinit {
        for source in sources { source.cancel() }
        for number in Self.handled { signal(number, SIG_DFL) }
    }
}
