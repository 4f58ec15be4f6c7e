import Testing
@testable import MorgueArchiving

/// The scheduler's decisions, on a clock that does not move.
@Suite struct HostSchedulerTests {
    let t0 = ContinuousClock.now

    @Test func startsOnOneHostAreSpacedByTheDelay() async throws {
        let start = t0
        let scheduler = HostScheduler(hosts: ["a", "a", "a"], perHost: 3, delay: .seconds(1), now: { start })
        var starts: [ContinuousClock.Instant] = []
        for _ in 0..<3 { starts.append(try #require(await scheduler.next()).startAt) }
        #expect(starts == [t0, t0 + .seconds(1), t0 + .seconds(2)])
        #expect(await scheduler.next() == nil)
    }

    @Test func aFreeHostGoesBeforeOneThatMustWait() async throws {
        let start = t0
        let scheduler = HostScheduler(hosts: ["a", "a", "b"], perHost: 2, delay: .seconds(5), now: { start })
        let first = try #require(await scheduler.next())
        let second = try #require(await scheduler.next())
        let third = try #require(await scheduler.next())
        #expect([first.index, second.index, third.index] == [0, 2, 1])
        #expect(third.startAt == t0 + .seconds(5))
    }

    @Test func earlierFetchesOfAHostCount() async throws {
        let start = t0
        let scheduler = HostScheduler(
            hosts: ["a"], perHost: 2, delay: .seconds(1), earliestStarts: ["a": t0 + .milliseconds(700)], now: { start })
        #expect(await scheduler.next()?.startAt == t0 + .milliseconds(700))
    }

    @Test func aBusyHostMakesTheWorkerWaitUntilASlotIsFinished() async throws {
        let start = t0
        let scheduler = HostScheduler(hosts: ["a", "a"], perHost: 1, delay: .zero, now: { start })
        let first = try #require(await scheduler.next())
        let waiter = Task { await scheduler.next() }
        try await Task.sleep(for: .milliseconds(100))
        await scheduler.finished(first)
        let second = await waiter.value
        #expect(second?.index == 1)
        #expect(second?.host == "a")
    }

    @Test func urlsWithoutAHostAreNotHeldBack() async throws {
        let start = t0
        let scheduler = HostScheduler(hosts: ["a", nil, "a", nil], perHost: 1, delay: .seconds(9), now: { start })
        let indices = [await scheduler.next()?.index, await scheduler.next()?.index, await scheduler.next()?.index]
        #expect(indices == [1, 3, 0])
    }
}
