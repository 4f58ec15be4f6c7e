import Foundation

/// A first-in first-out queue between threads: `pop` waits for an element
/// until the queue is closed and empty.
final class BlockingQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var closed = false

    func push(_ element: Element) {
        condition.withLock {
            items.append(element)
            condition.signal()
        }
    }

    /// The next element; nil once the queue is closed and drained.
    func pop() -> Element? {
        condition.withLock {
            while head == items.count && !closed { condition.wait() }
            guard head < items.count else { return nil }
            let element = items[head]
            head += 1
            if head > 64 && head * 2 > items.count {
                items.removeSubrange(0..<head)
                head = 0
            }
            return element
        }
    }

    /// No more elements will come; waiting `pop`s return nil once drained.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }
}

/// Units from several threads, handed out in the order of their sequence
/// numbers. At most `window` units are out at once (given a number and not
/// yet taken): `reserve` waits for room, so memory stays bounded whatever
/// the size of the import.
final class OrderedChannel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Int: Element] = [:]
    private var nextToTake = 0
    private var nextToReserve = 0
    private var end: Int?
    private let window: Int

    init(window: Int) {
        self.window = max(window, 1)
    }

    /// A sequence number for the next unit, once there is room for it.
    func reserve() -> Int {
        condition.withLock {
            while nextToReserve - nextToTake >= window { condition.wait() }
            defer { nextToReserve += 1 }
            return nextToReserve
        }
    }

    /// Delivers the unit numbered `sequence`.
    func put(_ element: Element, sequence: Int) {
        condition.withLock {
            ready[sequence] = element
            condition.broadcast()
        }
    }

    /// No numbers are reserved after this: `take` returns nil after the last one.
    func finish() {
        condition.withLock {
            end = nextToReserve
            condition.broadcast()
        }
    }

    /// The next unit in order, waiting for it; nil after the last.
    func take() -> Element? {
        condition.withLock {
            while true {
                if let element = ready.removeValue(forKey: nextToTake) {
                    nextToTake += 1
                    condition.broadcast()
                    return element
                }
                if let end, nextToTake >= end { return nil }
                condition.wait()
            }
        }
    }
}
