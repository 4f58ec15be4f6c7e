import Foundation
import MorgueDOM
import Testing
@testable import MorgueExtraction

/// A page in Chinese, Japanese, Korean or Thai that declares no language is told by its script.
@Suite struct ScriptLanguageTests {
    private static let chinese = """
        <p>新华社北京11月29日电 记者29日从民政部获悉，民政部、国家发展改革委等六部门近日联合印发指导意见，提出到2027年，社区嵌入式养老服务设施在城市社区基本实现全覆盖。</p>
        <p>指导意见明确，社区嵌入式养老服务设施原则上按照一刻钟步行可达的服务半径布局，重点提供助餐、助浴、助洁、助医、助行和短期托养等服务，满足老年人就近就便的基本需求。</p>
        """
    private static let japanese = """
        <p>政府は29日、社会保障制度の見直しに向けた有識者会議の初会合を首相官邸で開いた。年金や医療の給付と負担のあり方について、来年夏までに報告をまとめる方針だ。</p>
        <p>会議では、少子高齢化が進む中で制度を持続可能なものにするため、高齢者にも能力に応じた負担を求める案などが議論された。</p>
        """
    private static let korean = """
        <p>행정안전부는 29일 겨울철 도로 결빙 사고를 줄이기 위해 전국 결빙 취약 구간 430곳에 대한 일제 점검을 실시한다고 밝혔다.</p>
        <p>점검 대상은 교량과 터널 출입구, 그늘진 곡선 구간 등 사고가 잦은 곳으로, 자동 염수분사장치와 노면온도 센서가 추가로 설치된다.</p>
        <p>정부는 내비게이션을 통해 결빙 구간 음성 경고를 확대하고, 운전자들에게 감속 운행을 당부했다.</p>
        """
    private static let thai = """
        <p>กระทรวงการคลังเตรียมเสนอมาตรการช้อปลดหย่อนต่อที่ประชุมคณะรัฐมนตรีในวันอังคารนี้ เพื่อกระตุ้นการใช้จ่ายภายในประเทศช่วงต้นปี</p>
        <p>ผู้มีเงินได้สามารถนำค่าซื้อสินค้าและบริการมาหักลดหย่อนภาษีเงินได้บุคคลธรรมดาได้สูงสุดห้าหมื่นบาท</p>
        """

    @Test func aPageDeclaringNoLanguageIsToldByItsScript() throws {
        func language(_ body: String, html: String = "<html>") throws -> String? {
            try TestPages.metadata("", body: body, html: html).language
        }
        #expect(try language(Self.chinese) == "zh")
        #expect(try language(Self.japanese) == "ja")
        #expect(try language(Self.korean) == "ko")
        #expect(try language(Self.thai) == "th")
        // A declared language is kept; a short text tells nothing.
        #expect(try language(Self.chinese, html: "<html lang=\"zh-Hant-TW\">") == "zh-Hant-TW")
        #expect(try language("<p>新华社北京11月29日电</p>") == nil)
        // An English page quoting some Chinese is not Chinese.
        #expect(try language("<p>The ministry's guideline, titled 关于加快推进社区嵌入式养老服务设施建设的指导意见, asks cities "
            + "to build care stations within a fifteen-minute walk of every home by the end of next year, officials said.</p>") == nil)
    }
}
