import Foundation
import MorgueStore

/// A unit of an import once its batch is written, with the archive outcome
/// of its page (nil when it stored none).
struct CommittedUnit: Sendable {
    var unit: ImportUnit
    var outcome: ArchiveOutcome?
}

/// One batch of an import being written on a thread of its own, so the
/// writer can gather the next batch meanwhile.
final class BatchCommit: @unchecked Sendable {
    /// The units of the batch, in order.
    let units: [ImportUnit]
    private let condition = NSCondition()
    private var result: [CommittedUnit]?

    /// Starts writing at once; `write` returns the units as written.
    init(units: [ImportUnit], write: @escaping @Sendable () -> [CommittedUnit]) {
        self.units = units
        let thread = Thread { [self] in
            let written = write()
            condition.withLock {
                result = written
                condition.broadcast()
            }
        }
        thread.start()
    }

    /// True once the batch is written.
    var isDone: Bool {
        condition.withLock { result != nil }
    }

    /// The units as written, waiting for the write to end.
    func wait() -> [CommittedUnit] {
        condition.withLock {
            while result == nil { condition.wait() }
            return result ?? []
        }
    }
}
