import Foundation
import Testing
@testable import MorgueExtraction

@Suite struct DateNormalizationTests {
    @Test func readsArabicDatesWithArabicIndicDigits() {
        #expect(DateNormalization.firstDate(inText: "الثلاثاء، ٤ مارس ٢٠٢٥ ٠٦:٤٢ م")?.iso == "2025-03-04")
        #expect(DateNormalization.firstDate(inText: "۱۲ اکتبر ۲۰۲۴") == nil)
        #expect(DateNormalization.firstDate(inText: "نشر في ١٢ أكتوبر ٢٠٢٤")?.iso == "2024-10-12")
        #expect(DateHints.laterModifiedDate(in: "٤ مارس ٢٠٢٥ آخر تحديث: ٥ مارس ٢٠٢٥")?.iso == "2025-03-05")
    }

    @Test func readsChineseJapaneseAndKoreanPrintedDates() {
        #expect(DateNormalization.firstDate(inText: "新华社武汉2020年1月23日电")?.iso == "2020-01-23")
        #expect(DateNormalization.firstDate(inText: "2019年6月24日 10時30分")?.iso == "2019-06-24")
        #expect(DateNormalization.firstDate(inText: "입력 2021년 3월 5일")?.iso == "2021-03-05")
        #expect(DateNormalization.firstDate(inText: "2020年13月40日") == nil)
    }

    @Test func keepsISODatesWithOffsets() {
        #expect(DateNormalization.normalize("2015-09-17T10:30:00-04:00") == "2015-09-17T10:30:00-04:00")
        #expect(DateNormalization.normalize("2015-09-17T14:30:00.000Z") == "2015-09-17T14:30:00Z")
        #expect(DateNormalization.normalize("2021-11-01T10:52:50+0100") == "2021-11-01T10:52:50+01:00")
        #expect(DateNormalization.normalize("2015-09-17T14:30:00+0000") == "2015-09-17T14:30:00Z")
        #expect(DateNormalization.normalize("2017-11-03 03:01:00.000000") == "2017-11-03T03:01:00")
        #expect(DateNormalization.normalize("2015-09-17T10:30") == "2015-09-17T10:30:00")
    }

    @Test func keepsDateOnlyAsDate() {
        #expect(DateNormalization.normalize("2015-09-17") == "2015-09-17")
        #expect(DateNormalization.normalize("20150917") == "2015-09-17")
        #expect(DateNormalization.normalize("2015/09/17") == "2015-09-17")
    }

    @Test func readsRFC2822() {
        #expect(DateNormalization.normalize("Thu, 17 Sep 2015 14:30:00 GMT") == "2015-09-17T14:30:00Z")
        #expect(DateNormalization.normalize("Thu, 17 Sep 2015 14:30:00 +0200") == "2015-09-17T14:30:00+02:00")
        #expect(DateNormalization.normalize("17 Sep 2015 10:30:00 EDT") == "2015-09-17T10:30:00-04:00")
    }

    @Test func readsPrintedDates() {
        #expect(DateNormalization.normalize("September 17, 2015") == "2015-09-17")
        #expect(DateNormalization.normalize("Sept. 17, 2015") == "2015-09-17")
        #expect(DateNormalization.normalize("17 September 2015") == "2015-09-17")
        #expect(DateNormalization.normalize("17. September 2015") == "2015-09-17")
        #expect(DateNormalization.normalize("17. März 2015") == "2015-03-17")
        #expect(DateNormalization.normalize("17 septembre 2015") == "2015-09-17")
        #expect(DateNormalization.normalize("17.09.2015") == "2015-09-17")
        #expect(DateNormalization.firstDate(inText: "Erstellt 28.01.22 / 0 Kommentare")?.iso == "2022-01-28")
        #expect(DateNormalization.firstDate(inText: "Published on September 17, 2015 at 3:46 PM")?.iso == "2015-09-17")
    }

    @Test func readsMonthNamesOfMoreLanguages() {
        #expect(DateNormalization.firstDate(inText: "Montevideo, 11 de mayo de 2022")?.iso == "2022-05-11")
        #expect(DateNormalization.firstDate(inText: "12 marzo 2019")?.iso == "2019-03-12")
        #expect(DateNormalization.firstDate(inText: "Opublikowano 5 maja 2020")?.iso == "2020-05-05")
        #expect(DateNormalization.firstDate(inText: "Германия 15 августа 2016, 13:43")?.iso == "2016-08-15")
        #expect(DateNormalization.firstDate(inText: "3 maart 2021")?.iso == "2021-03-03")
    }

    @Test func rejectsImpossibleDays() {
        #expect(DateNormalization.normalize("2015-02-30") == nil)
        #expect(DateNormalization.normalize("2015-13-01") == nil)
        #expect(DateNormalization.normalize("2016-02-29") == "2016-02-29")
        #expect(DateNormalization.normalize("not a date") == nil)
    }

    @Test func judgesFutureDates() throws {
        let now = try #require(ISO8601DateFormatter().date(from: "2020-06-15T12:00:00Z"))
        let tomorrow = try #require(DateNormalization.parse("2020-06-16"))
        let nextWeek = try #require(DateNormalization.parse("2020-06-22"))
        #expect(DateNormalization.isNotInFuture(tomorrow, now: now))
        #expect(!DateNormalization.isNotInFuture(nextWeek, now: now))
    }

    @Test func readsZoneAbbreviationsFromOneTable() {
        // North American zones, as RFC 2822 dates print them, and the zones papers elsewhere print.
        #expect(DateNormalization.normalizeZone("EST") == "-05:00")
        #expect(DateNormalization.normalizeZone("cet") == "+01:00")
        #expect(DateNormalization.normalizeZone("IST") == "+05:30")
        #expect(DateNormalization.normalizeZone("GMT") == "Z")
        #expect(DateNormalization.normalizeZone("XYZ") == nil)
        // Every zone a date row may end with is one the date reader knows, or names no single offset.
        let offsetless: Set<String> = ["UK", "ET", "CT", "MT", "PT"]
        #expect(DateHints.zoneAbbreviations.allSatisfy { ZoneOffsets.named[$0] != nil || offsetless.contains($0) })
    }
}
