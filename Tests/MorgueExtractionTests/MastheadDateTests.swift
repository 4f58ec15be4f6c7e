import MorgueDOM
import Testing
@testable import MorgueExtraction

/// A masthead's "today", classed as a date and printed above the site's navigation, yields to the story's date.
@Suite struct MastheadDateTests {
    @Test func aMastheadsDateAboveTheNavigationYieldsToTheStorysDate() throws {
        let result = try TestPages.dates("""
            <html><body><div class="top-line"><div class="top-line__date">Понедельник, 30 ноября 2026</div></div>
            <header><nav class="main-menu"><ul><li><a href="/news/">Все новости</a></li><li><a href="/sport/">Спорт</a></li></ul></nav></header>
            <div class="news-detail"><h1>Правительство выделит 48 млрд рублей на капремонт школ</h1>
            <div class="news-detail__info"><span class="news-date-time">27 ноября 2026, 14:37</span></div>
            <p>Средства распределят между регионами в начале следующего года, сообщили в министерстве.</p></div>
            </body></html>
            """)
        #expect(result.published == "2026-11-27")
        // A date-classed element above the headline, with no navigation between, is the story's own:
        // it stays ahead of a newer teaser's below.
        let above = try TestPages.dates("""
            <html><body><nav><a href="/">Start</a></nav><div class="post"><div id="meta"><p>Freitag | 14. Juni 2019</p></div>
            <h1>Ear Candy</h1><p>Ohrschmuck ist in diesem Sommer wieder groß im Kommen, in Silber und in Gold.</p></div>
            <div class="teaser"><h3>Summer Sale</h3><div id="meta"><p>Mittwoch | 31. Juli 2019</p></div></div></body></html>
            """)
        #expect(above.published == "2019-06-14")
    }
}
