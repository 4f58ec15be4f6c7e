import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

/// The byline and dateline rules found by blind Asian and tech-business probes.
@Suite struct AsiaBylineRulesTests {
    // MARK: Structured authors

    @Test func aNameInAScriptWithoutCapitalsIsNoHandle() throws {
        #expect(!BylineParsing.looksLikeHandle("윤재현"))
        #expect(!BylineParsing.looksLikeHandle("周慧敏"))
        #expect(BylineParsing.looksLikeHandle("arianschlichenmayer"))
        let finding = try #require(try TestPages.byline("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"결빙",
            "author":[{"@type":"Person","name":"윤재현"}]}</script></head>
            <body><article><h1>결빙 취약구간</h1><div class="byline"><a href="/reporter/yjh">윤재현 기자</a></div>
            <p>본문.</p><div class="ab_byline"><strong class="name">윤재현 기자</strong>
            <a href="mailto:yjh@example.co.kr" class="email">기자 이메일</a></div></article></body></html>
            """))
        #expect(finding.byline.authors == ["윤재현"])
        #expect(finding.byline.text == "윤재현 기자")
    }

    @Test func aReporterCardsContactButtonsLeaveTheByline() throws {
        let byline = try #require(BylineParsing.parse("윤재현 기자 기자 이메일"))
        #expect(byline.text == "윤재현 기자")
        #expect(byline.authors == ["윤재현"])
        #expect(BylineParsing.parse("Jane Doe Email")?.authors == ["Jane Doe"])
    }

    @Test func aNameEndingInANewsroomUnitIsADesk() throws {
        #expect(BylineVocabulary.isNewsroomUnit("डिजिटल डेस्क"))
        #expect(BylineVocabulary.isNewsroomUnit("Metro Desk"))
        #expect(BylineVocabulary.isNewsroomUnit("人民日报编辑部"))
        #expect(!BylineVocabulary.isNewsroomUnit("Jane Doe"))
        let finding = try #require(try TestPages.byline("""
            <html><head><meta property="og:site_name" content="प्रभात दर्पण">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"रेलवे",
            "author":{"@type":"Person","name":"डिजिटल डेस्क"}}</script></head>
            <body><article><h1>रेलवे चलाएगा 48 स्पेशल ट्रेनें</h1>
            <div class="byline">डिजिटल डेस्क, प्रभात दर्पण, नई दिल्ली</div><p>पाठ।</p></article></body></html>
            """))
        #expect(finding.byline.authors.isEmpty)
        #expect(finding.byline.text == "डिजिटल डेस्क, प्रभात दर्पण, नई दिल्ली")
    }

    @Test func onePersonValuePrintingSeveralPeopleIsParted() throws {
        #expect(FindByline.separatePeople("Phương Linh - Đức Trung") == ["Phương Linh", "Đức Trung"])
        #expect(FindByline.separatePeople("Phương Linh và Đức Trung") == ["Phương Linh", "Đức Trung"])
        // A part that is no full name leaves the value whole.
        #expect(FindByline.separatePeople("Doe, Jane") == ["Doe, Jane"])
        let finding = try #require(try TestPages.byline("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vé tàu Tết",
            "author":{"@type":"Person","name":"Phương Linh - Đức Trung"}}</script></head>
            <body><article><h1>Vé tàu Tết</h1><p>Nội dung.</p></article></body></html>
            """))
        #expect(finding.byline.authors == ["Phương Linh", "Đức Trung"])
        #expect(finding.byline.text == "Phương Linh - Đức Trung")
    }

    // MARK: Desks and companies

    @Test func aPublicationsStaffInThePluralIsNoPerson() throws {
        let byline = try #require(BylineParsing.parse("Meiwa staff writers"))
        #expect(byline.authors.isEmpty)
        #expect(byline.organization == "Meiwa staff writers")
        #expect(BylineParsing.parse("Jane Doe, Staff Writer")?.authors == ["Jane Doe"])
    }

    @Test func aCompanysLegalFormCompletesItsName() throws {
        let byline = try #require(BylineParsing.parse("Lumenfield Analytics, Inc."))
        #expect(byline.authors.isEmpty)
        #expect(byline.organization == "Lumenfield Analytics, Inc.")
        #expect(byline.text == "Lumenfield Analytics, Inc.")
        #expect(BylineParsing.parse("By Jane Roe, Jr.")?.authors == ["Jane Roe, Jr."])
    }
}
