import MorgueFetch
import MorgueStore
import Testing
@testable import MorgueArchiving

/// The tally of a batch and its summary line.
@Suite struct BatchReportTests {
    @Test func anEmptyBatchSaysNothingHappened() {
        let report = BatchReport()
        #expect(report.summaryLine == "archived 0, already archived 0, skipped 0, failed 0")
        #expect(report.total == 0)
        #expect(!report.hasFailures)
        #expect(report.lines == [report.summaryLine])
    }

    @Test func countsEachOutcome() {
        var report = BatchReport()
        report.record(.archived(articleID: 1, title: "One"), source: "a.html")
        report.record(.archived(articleID: 2, title: nil), source: "b.html")
        report.record(.alreadyArchived(articleID: 1), source: "c.html")
        report.record(.notAnArticle(reason: "index page: many short teasers"), source: "front.html")
        #expect(report.summaryLine == "archived 2, already archived 1, skipped 1, failed 0")
        #expect(report.total == 4)
        #expect(report.skipped == [.init(source: "front.html", reason: "not an article: index page: many short teasers")])
    }

    @Test func namesNewCapturesOnlyWhenThereAreSome() {
        var report = BatchReport()
        report.record(.newCapture(articleID: 3, title: "Three"), source: "d.html")
        #expect(report.summaryLine == "archived 0, new captures of archived stories 1, already archived 0, skipped 0, failed 0")
    }

    @Test func groupsFailuresByReasonMostCommonFirst() {
        var report = BatchReport()
        report.record(.binaryFile(source: "x.html"), source: "x.html")
        report.record(.emptyFile(source: "a.html"), source: "a.html")
        report.record(.emptyFile(source: "b.html"), source: "b.html")
        report.record(.fetch(.httpStatus(url: "https://example.com/gone", code: 404)), source: "https://example.com/gone")
        report.record(.compressed(path: "c.html.gz", reason: "truncated"), source: "c.html.gz")
        #expect(report.summaryLine
            == "archived 0, already archived 0, skipped 0, failed 5 (empty page: 2, HTTP 404: 1, bad gzip file: 1, binary file: 1)")
        #expect(report.hasFailures)
    }

    @Test func listsEverySkipAndFailureAfterTheSummary() {
        var report = BatchReport()
        report.record(.archived(articleID: 1, title: "One"), source: "a.html")
        report.record(.notAnArticle(reason: "no story text found"), source: "front.html")
        let error = ArchivingError.emptyFile(source: "empty.html")
        report.record(error, source: "empty.html")
        #expect(report.lines == [
            report.summaryLine,
            "skipped: front.html: not an article: no story text found",
            "failed: " + error.description,
        ])
        #expect(report.failed == [.init(source: "empty.html", reason: error.reason, message: error.description)])
    }
}
