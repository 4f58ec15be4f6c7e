import Testing
import MorgueModel
@testable import MorgueExtraction

/// A press release's closing boilerplate, and the furniture under Chinese, Korean, Indonesian and Thai
/// stories: rules of `DropBoilerplateBlocks` and the tables of `BoilerplatePhrases` and `DateHints` they read.
@Suite struct PressReleaseAndAsianFurnitureTests {
    static let prose = "The council voted on the budget after a long debate, and the mayor said the city would now "
        + "hire more teachers, repair the old bridge and open two libraries before the end of the year."
    static let lead = "NEW YORK, Nov. 29, 2026 /PRNewswire/ -- Brightwater Analytics, Inc. (NASDAQ: BWTR), a provider "
        + "of forecasting software, today announced that it has agreed to acquire Harrowgate Data for $410 million."
    static let zhProse = "民政部养老服务司有关负责人介绍，截至今年9月底，全国已建成社区养老服务设施和站点约38.6万个，"
        + "但部分城市老城区设施问题依然突出，一些设施存在位置偏僻、功能单一、使用率不高等情况。"

    private func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }
    private func bold(_ text: String) -> Block { .paragraph([.strong([.text(text)])]) }

    private func run(_ blocks: [Block]) -> [String] {
        var log = RemovalLog(enabled: false)
        return DropBoilerplateBlocks.run(blocks, headline: nil, log: &log).map { BodyRendering.plainText([$0]) }
    }

    @Test func aPressReleasesAboutSectionsAndLegalNotesGoInItsTail() {
        let about = "Brightwater Analytics provides demand forecasting software to more than 1,100 retailers."
        let legal = "This press release contains forward-looking statements within the meaning of the Private "
            + "Securities Litigation Reform Act of 1995."
        let kept = run([paragraph(Self.lead), paragraph(Self.prose), paragraph(Self.prose), paragraph(Self.prose),
                        bold("About Brightwater Analytics, Inc."), paragraph(about),
                        .heading(level: 3, [.text("About Harrowgate Data")]), paragraph(about),
                        bold("Forward-Looking Statements"), paragraph(legal),
                        paragraph("SOURCE Brightwater Analytics, Inc.")])
        #expect(kept == [Self.lead, Self.prose, Self.prose, Self.prose])
    }

    @Test func anAboutHeadingWithoutAPressReleasesSignsOrAboveItsTailStays() {
        let about = "Brightwater Analytics provides demand forecasting software to more than 1,100 retailers."
        // No wire dateline and no SOURCE line: a story's own section.
        let story = [paragraph(Self.prose), paragraph(Self.prose), bold("About Brightwater Analytics"), paragraph(about)]
        #expect(run(story) == [Self.prose, Self.prose, "About Brightwater Analytics", about])
        // A release whose "About" heading stands before most of its text: not the tail.
        let early = [paragraph(Self.lead), bold("About Brightwater Analytics"), paragraph(Self.prose),
                     paragraph(Self.prose), paragraph(Self.prose)]
        #expect(run(early) == [Self.lead, "About Brightwater Analytics", Self.prose, Self.prose, Self.prose])
        // "About 300 people …" in lower case after "About" is no heading; nor is a bold word inside a sentence.
        #expect(!BoilerplatePhrases.isPressBoilerplateHeading(.init("About three hundred")))
        #expect(!DropBoilerplateBlocks.standsAsHeading(.paragraph([.text("Said "), .strong([.text("About Us")])])))
        #expect(BoilerplatePhrases.pressWireDateline.matches("MIAMI, Nov. 29, 2026 (GLOBE NEWSWIRE) -- Acme said"))
    }

    @Test func aRelatedListPrintingADateAfterEachLinkIsALinkList() {
        func item(_ title: String, _ date: String) -> [Inline] {
            [.link(url: "https://example.cn/a", [.text(title)]), .text(date)]
        }
        let list: Block = .list(ordered: false, items: [
            item("民政部：今年以来新增老年助餐点1.2万个", "2026-11-20"), item("多地探索服务新模式", "2026-11-12"),
            item("重阳节里的社区食堂", "2026-10-29"),
        ])
        #expect(DropBoilerplateBlocks.rule(for: list, text: BodyRendering.plainText([list])) == "link-list")
        // Without a heading over it, and with the heading "相关新闻" over it, the list goes.
        #expect(run([paragraph(Self.zhProse), paragraph(Self.zhProse), list]) == [Self.zhProse, Self.zhProse])
        #expect(run([paragraph(Self.zhProse), paragraph(Self.zhProse), .heading(level: 3, [.text("相关新闻")]), list])
            == [Self.zhProse, Self.zhProse])
        // A list of items that say more than a date after their link stays.
        let notes: Block = .list(ordered: false, items: [
            [.link(url: "https://example.cn/a", [.text("报告")]), .text("全文共分五章，阐述了养老服务的总体要求")],
            [.link(url: "https://example.cn/b", [.text("附件")]), .text("列出了各地建设标准和验收办法")],
        ])
        #expect(DropBoilerplateBlocks.rule(for: notes, text: BodyRendering.plainText([notes])) == nil)
    }

    @Test func aFurtherReadingBoxInsideAChineseStoryIsCutOut() {
        let list: Block = .list(ordered: false, items: [
            [.link(url: "https://example.tw/a", [.text("今冬首波寒流何時到？氣象署：12月中旬機率較高")])],
            [.link(url: "https://example.tw/b", [.text("合歡山雪季應變期啟動 公路局籲備妥雪鍊")])],
        ])
        let kept = run([paragraph(Self.zhProse), paragraph(Self.zhProse), paragraph("延伸閱讀"), list,
                        paragraph(Self.zhProse), paragraph(Self.zhProse)])
        #expect(kept == [Self.zhProse, Self.zhProse, Self.zhProse, Self.zhProse])
    }

    @Test func anEditorsBracketedCreditClosingTheStoryIsASignOff() {
        #expect(run([paragraph(Self.zhProse), paragraph(Self.zhProse), paragraph("【责任编辑:刘洋】")]) == [Self.zhProse, Self.zhProse])
        #expect(run([paragraph(Self.zhProse), paragraph("（編輯：陳政宏）1151129")]) == [Self.zhProse])
        #expect(BoilerplatePhrases.isEditorSignOff("责任编辑：王小明"))
        // A sentence naming an editor is story.
        #expect(!BoilerplatePhrases.isEditorSignOff("（编辑部表示，这份报告将于下月发布。）"))
        #expect(!BoilerplatePhrases.isEditorSignOff("编辑说，报告下月发布"))
    }

    @Test func aNoticeBanningReprintsIsARightsLine() {
        let notice = "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。"
        #expect(BoilerplatePhrases.isRightsLine(notice))
        #expect(run([paragraph(Self.zhProse), paragraph(notice)]) == [Self.zhProse])
        #expect(BoilerplatePhrases.isRightsLine("Dilarang mengutip atau menyalin artikel ini tanpa izin."))
        #expect(BoilerplatePhrases.isRightsLine("ห้ามคัดลอกเนื้อหาโดยไม่ได้รับอนุญาต"))
        #expect(BoilerplatePhrases.isRightsLine("무단 전재 및 재배포 금지"))
        // A story paragraph too long for a notice stays, whatever it quotes.
        #expect(!BoilerplatePhrases.isRightsLine(Self.zhProse + "法院认定该网站不得转载相关作品。" + Self.zhProse))
    }

    @Test func anAISummarysDisclosureIsAPublicationNote() {
        let note = "Summary generated by AI and reviewed by Bramwell journalists. Learn more"
        #expect(BoilerplatePhrases.isPublicationNote(note))
        #expect(run([paragraph(Self.prose), paragraph(note), paragraph(Self.prose)]) == [Self.prose, Self.prose])
        #expect(!BoilerplatePhrases.isPublicationNote("The summary the board read said the AI tools were reviewed by staff."))
    }

    @Test func updateLabelsInHindiThaiIndonesianAndVietnameseOpenADateRow() {
        #expect(DateHints.modifiedLabel.matches("अपडेटेड रवि, २९ नवंबर २०२६ ११:४० पूर्वाह्न IST"))
        #expect(DateHints.modifiedLabel.matches("อัปเดตล่าสุด 29 พ.ย. 2569 13:20 น."))
        #expect(DateHints.modifiedLabel.matches("อัพเดท 29 พ.ย. 2569"))
        #expect(DateHints.modifiedLabel.matches("Diperbarui 29/11/2026, 12:40 WIB"))
        #expect(DateHints.modifiedLabel.matches("Cập nhật 29/11/2026 10:15"))
        #expect(DateHints.laterModifiedLabel.matches("29/11/2026, 10:15 WIB Diperbarui 30/11/2026, 12:40 WIB"))
        #expect(DropBoilerplateBlocks.isDateRow("29/11/2026, 10:15 Diperbarui 30/11/2026, 12:40"))
    }
}
