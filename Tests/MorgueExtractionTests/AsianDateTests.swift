import Foundation
import MorgueDOM
import Testing
@testable import MorgueExtraction

/// Dates printed in Indic, Thai, Indonesian and full-width digits and month names, and a printed
/// time kept only with its zone.
@Suite struct AsianDateTests {
    @Test func readsDigitsOfOtherScripts() {
        #expect(DateNormalization.westernDigits("२९ नवंबर २०२६") == "29 नवंबर 2026")
        #expect(DateNormalization.westernDigits("২৯ নভেম্বর ২০২৬") == "29 নভেম্বর 2026")
        #expect(DateNormalization.westernDigits("๒๙ พ.ย. ๒๕๖๙") == "29 พ.ย. 2569")
        #expect(DateNormalization.westernDigits("２０２６年１１月２９日") == "2026年11月29日")
        // Text without such digits comes back as it was.
        #expect(DateNormalization.westernDigits("नई दिल्ली, एजेंसी।") == "नई दिल्ली, एजेंसी।")
    }

    @Test func readsHindiThaiAndIndonesianMonths() {
        #expect(DateNormalization.firstDate(inText: "रवि, २९ नवंबर २०२६")?.iso == "2026-11-29")
        #expect(DateNormalization.firstDate(inText: "15 सितम्बर 2025")?.iso == "2025-09-15")
        #expect(DateNormalization.firstDate(inText: "Minggu, 29 Desember 2026")?.iso == "2026-12-29")
        #expect(DateNormalization.firstDate(inText: "12 Agu 2025")?.iso == "2025-08-12")
        // A Thai month's Buddhist-era year is made Gregorian, in full and abbreviated.
        #expect(DateNormalization.firstDate(inText: "เมื่อวันที่ 29 พ.ย. 2569 นายพิชิต")?.iso == "2026-11-29")
        #expect(DateNormalization.firstDate(inText: "1 มกราคม 2570")?.iso == "2027-01-01")
        // A year already Gregorian stays.
        #expect(DateNormalization.firstDate(inText: "29 พ.ย. 2026")?.iso == "2026-11-29")
        #expect(DateNormalization.firstDate(inText: "29 November 2569")?.iso == "2569-11-29")
    }

    @Test func keepsAPrintedTimeOnlyWithItsZone() {
        #expect(DateNormalization.firstDate(inText: "अपडेटेड रवि, २९ नवंबर २०२६ ११:४० पूर्वाह्न IST")?.iso
                == "2026-11-29T11:40:00+05:30")
        #expect(DateNormalization.firstDate(inText: "Updated: Nov 29, 2026, 04:05 PM IST")?.iso == "2026-11-29T16:05:00+05:30")
        #expect(DateNormalization.firstDate(inText: "Minggu, 29 Nov 2026 10.15 WIB")?.iso == "2026-11-29T10:15:00+07:00")
        #expect(DateNormalization.firstDate(inText: "29 พ.ย. 2569 13:20 น. (GMT+7)")?.iso == "2026-11-29T13:20:00+07:00")
        #expect(DateNormalization.firstDate(inText: "November 29, 2026 at 12:30 a.m. EST")?.iso == "2026-11-29T00:30:00-05:00")
        // Without a zone, the day alone; a word after the time is no zone.
        #expect(DateNormalization.firstDate(inText: "29 พ.ย. 2569 13:20 น.")?.iso == "2026-11-29")
        #expect(DateNormalization.firstDate(inText: "29. November 2026 um 10:15 Uhr")?.iso == "2026-11-29")
        #expect(DateNormalization.firstDate(inText: "29 November 2026 10:15 ISTANBUL")?.iso == "2026-11-29")
    }

    @Test func anUpdateLineInDevanagariGivesTheModifiedTime() throws {
        let dates = try TestPages.dates("""
            <html><head><meta property="article:published_time" content="2026-11-29T09:15:00+05:30"></head><body>
            <h1>रेलवे चलाएगा 48 स्पेशल ट्रेनें</h1>
            <div class="update-date">अपडेटेड रवि, २९ नवंबर २०२६ ११:४० पूर्वाह्न IST</div><p>Text</p></body></html>
            """)
        #expect(dates.published == "2026-11-29T09:15:00+05:30")
        #expect(dates.modified == "2026-11-29T11:40:00+05:30")
    }
}
