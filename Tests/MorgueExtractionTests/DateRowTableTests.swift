import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

/// Clock times and date labels of Chinese, Japanese and Korean date rows.
@Suite struct DateRowTableTests {
    @Test func aJapaneseDateRowWithItsUpdateIsNoStoryText() throws {
        let html = """
        <html><head><title>アルプスの氷河、体積1割減</title></head><body><article><div class="article-detail__header">
        <h1>アルプスの氷河、体積1割減</h1><div class="article-detail__meta">
        <time datetime="2024-05-11T21:05:00+09:00">2024年5月11日 21時05分</time>
        <span class="article-detail__update">（5月12日 08時30分更新）</span></div></div>
        <p>【ジュネーブ共同】世界氷河観測機構は10日、アルプス山脈の氷河の体積が過去10年で約1割減少したとする報告書を公表した。</p>
        <p>報告書によると、2023年の夏は観測史上2番目に多くの氷が失われた。</p>
        <p>同機構は、今世紀末までにアルプスの氷河の大半が消失する恐れがあると警告している。</p></article></body></html>
        """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(!(article.text ?? "").contains("08時30分"))
        #expect((article.text ?? "").contains("報告書によると"))
        #expect(DateHints.timeInStamp.matches("2024년 8월 7일 21시 05분"))
        #expect(DateHints.dateRowLabel.matches("（5月12日 08時30分更新）"))
        #expect(DateHints.dateLabel.matches("입력 2024.08.07 17:32"))
        #expect(DateHints.modifiedLabel.matches("수정 2024.08.07 18:01"))
    }
}
