import Testing
import MorgueDOM
@testable import MorgueExtraction

@Suite struct DropInvisibleTests {
    private func clean(_ html: String, level: CleaningLevel = .full) throws -> (Node, Cleaning) {
        let body = try TestPages.body(html)
        var cleaning = Cleaning(level: level)
        var log = RemovalLog(enabled: false)
        DropInvisible.run(body, cleaning: &cleaning, log: &log)
        return (body, cleaning)
    }

    @Test func dropsScriptsStylesAndFormControls() throws {
        let (body, _) = try clean("<p>story</p><script>var x = 1;</script><style>p{}</style><button>Go</button>")
        #expect(TestPages.text(body) == "story")
        #expect(body.firstDescendant(named: "script") == nil)
    }

    @Test func dropsALinksNoteToScreenReadersThatItOpensANewTab() throws {
        let (body, _) = try clean("""
            <p>Halvorsen (<a href="/q/HALG.DE">HALG.DE<span class="link__new-tab-symbol__3T19s">, opens new tab</span></a>) said.</p>
            """)
        #expect(TestPages.text(body) == "Halvorsen (HALG.DE) said.")
    }

    @Test func dropsAMPFramesAdsAndMenusButKeepsItsImages() throws {
        let (body, _) = try clean("""
            <p>story</p><amp-iframe src="https://example.com/signup"><div placeholder>Get the Morning Briefing</div></amp-iframe>
            <amp-ad type="doubleclick"><div fallback>Advertisement</div></amp-ad><amp-sidebar id="menu">News Sports</amp-sidebar>
            <amp-img src="/a.jpg" width="16" height="9"></amp-img>
            """)
        #expect(TestPages.text(body) == "story")
        #expect(body.firstDescendant(named: "amp-img") != nil)
    }

    @Test func dropsHiddenBlocksButKeepsAriaHiddenIcons() throws {
        let (body, _) = try clean("""
            <p>kept <span aria-hidden="true">★</span></p><div hidden>gone</div>
            <div style="display: none">gone too</div><div aria-hidden="true">menu</div>
            <span class="sr-only">skip</span>
            """)
        #expect(TestPages.text(body) == "kept ★")
    }

    @Test func dropsGlossaryTooltipsButKeepsTheTerm() throws {
        let (body, _) = try clean("""
            <p>Eine <span class="glossary-link has-tooltip"><a href="/glossar#c19">intergeschlechtliche</a>\
            <span class="tooltip">Menschen mit angeborenen Merkmalen beider Geschlechter.</span></span> Person \
            und <abbr>trans*</abbr><span role="tooltip">Definition</span> Menschen.</p>
            """)
        #expect(TestPages.text(body) == "Eine intergeschlechtliche Person und trans* Menschen.")
    }

    @Test func aHiddenMenuThatSwallowedThePageIsKeptButItsOwnHiddenPartsGo() throws {
        // The submenu's <div>s are never closed, and libxml2 lets no </li> close them: the rest of the
        // page, story included, ends up inside the first visually hidden submenu.
        let story = String(repeating: "The story of the match goes on and on. ", count: 12)
        let (body, _) = try clean("""
            <nav><ul><li><a href="/t">Tickets</a><div class="sub-menu visually-hidden"><div class="inner">
            <ul><li><a href="/t/1">Day tickets</a></li></ul></li>
            <li><a href="/s">Shop</a><div class="sub-menu visually-hidden"><ul><li><a href="/s/1">Jerseys</a></li></ul></div></li>
            </ul></nav>
            <main><article><p>\(story)</p></article></main>
            """)
        let text = TestPages.text(body)
        #expect(text.contains("The story of the match"))
        #expect(text.contains("Day tickets"))
        #expect(!text.contains("Jerseys"))
    }

    @Test func aHiddenBlockWithMostOfThePageButNoStoryContainerStillGoes() throws {
        let gallery = String(repeating: "A caption of a gallery picture, hidden until opened. ", count: 20)
        let (body, _) = try clean("<p>Short visible story.</p><div hidden><p>\(gallery)</p></div>")
        #expect(TestPages.text(body) == "Short visible story.")
    }

    @Test func theFullPassDropsNoscript() throws {
        let (body, _) = try clean("<p>a</p><noscript><p>Please enable JavaScript to read the story.</p></noscript>")
        #expect(TestPages.text(body) == "a")
    }

    @Test func aSparingPassReadsNoscriptContent() throws {
        let (body, _) = try clean("<noscript><div><p>The story for readers without scripts.</p></div></noscript>",
                                  level: .sparingClassHints)
        #expect(body.firstDescendant(named: "noscript") == nil)
        #expect(TestPages.text(body) == "The story for readers without scripts.")
        // The text now counts in measures, which skip noscript content.
        #expect((body.measureSubtree()[body.key]?.characters ?? 0) > 0)
    }

    @Test func theMostSparingPassKeepsHiddenElements() throws {
        let (body, _) = try clean("<div style='display:none'><p>revealed by a script</p></div>", level: .sparingLayout)
        #expect(TestPages.text(body) == "revealed by a script")
    }

    @Test func restoreBringsBackHiddenAndNoscriptButNotScripts() throws {
        var (body, cleaning) = try clean("<p>a</p><div hidden>b</div><script>c</script><noscript><p>d</p></noscript><p>e</p>")
        #expect(TestPages.text(body) == "ae")
        cleaning.restore()
        #expect(body.elementChildren.map(\.name) == ["p", "div", "noscript", "p"])
        #expect(body.firstDescendant(named: "script") == nil)
    }

    @Test func dropsRubyPronunciationGuides() throws {
        let (body, _) = try clean("<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの虐待</p>")
        #expect(TestPages.text(body) == "子どもへの虐待")
    }

    @Test func aCarouselsSlidesOutOfViewAreNotHidden() throws {
        // Flickity, Slick and Swiper mark every slide but the current one aria-hidden: a swipe shows them.
        let (body, _) = try clean("""
            <div class="flickity-slider"><div class="Slide" aria-hidden="true">first slide</div></div>
            <div class="slick-slide" aria-hidden="true">second slide</div>
            <div class="swiper-slide" aria-hidden="true">third slide</div>
            <div class="CarouselSlide" aria-hidden="true">fourth slide</div><div class="teaser" aria-hidden="true">gone</div>
            <div class="swiper-slide" hidden>gone too</div>
            """)
        #expect(TestPages.text(body) == "first slide second slide third slide fourth slide")
    }
}
