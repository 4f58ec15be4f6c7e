/// Hands out a batch's URLs to its workers so that no host gets more than
/// `perHost` fetches at once, nor two fetch starts closer than `delay`.
/// A worker asks for the next URL it may fetch (waiting while every host
/// with URLs left is busy), sleeps until the start time it is given, and
/// says when it is done. Among the hosts that are free, the one that may
/// start soonest goes first; a host's URLs go in list order.
actor HostScheduler {
    typealias Instant = ContinuousClock.Instant

    /// A URL a worker may fetch: its index in the batch, its host (nil for
    /// a URL without one, which no limit applies to) and when to start.
    struct Slot: Equatable {
        let index: Int
        let host: String?
        let startAt: Instant
    }

    private let perHost: Int
    private let delay: Duration
    private let now: @Sendable () -> Instant
    /// Waiting indices per host, in batch order.
    private var queues: [String: [Int]] = [:]
    private var queueHeads: [String: Int] = [:]
    /// Hosts in order of first appearance, for a stable choice between equals.
    private var hosts: [String] = []
    private var unhosted: [Int] = []
    private var active: [String: Int] = [:]
    private var earliestStart: [String: Instant] = [:]
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// - Parameters:
    ///   - hosts: the host of each URL of the batch, by index.
    ///   - earliestStarts: hosts fetched just before the batch, and the
    ///     earliest their next fetch may start.
    init(
        hosts urlHosts: [String?], perHost: Int, delay: Duration,
        earliestStarts: [String: Instant] = [:],
        now: @escaping @Sendable () -> Instant = { ContinuousClock.now }
    ) {
        self.perHost = max(1, perHost)
        self.delay = delay
        self.now = now
        self.earliestStart = earliestStarts
        for (index, host) in urlHosts.enumerated() {
            guard let host else { unhosted.append(index); continue }
            if queues[host] == nil { hosts.append(host) }
            queues[host, default: []].append(index)
        }
    }

    /// The next URL to fetch, waiting until one may be given; nil once every
    /// URL has been given out.
    func next() async -> Slot? {
        while true {
            if !unhosted.isEmpty { return Slot(index: unhosted.removeFirst(), host: nil, startAt: now()) }
            var remaining = false
            var best: (host: String, start: Instant)?
            let current = now()
            for host in hosts {
                guard let queue = queues[host], queueHeads[host, default: 0] < queue.count else { continue }
                remaining = true
                guard active[host, default: 0] < perHost else { continue }
                let start = max(current, earliestStart[host] ?? current)
                if best == nil || start < best!.start { best = (host, start) }
            }
            guard remaining else { return nil }
            if let best {
                let head = queueHeads[best.host, default: 0]
                queueHeads[best.host] = head + 1
                active[best.host, default: 0] += 1
                earliestStart[best.host] = best.start + delay
                return Slot(index: queues[best.host]![head], host: best.host, startAt: best.start)
            }
            await withCheckedContinuation { waiting.append($0) }
        }
    }

    /// The fetch of a slot is over: its host has room again.
    func finished(_ slot: Slot) {
        if let host = slot.host { active[host, default: 1] -= 1 }
        let woken = waiting
        waiting.removeAll()
        for continuation in woken { continuation.resume() }
    }
}
