import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

@Suite struct FindCaptionsTests {
    private let resolver = URLResolver(base: "https://planet.example/news/story.html")

    private func captions(_ html: String) throws -> [FoundCaption] {
        try FindCaptions.run(document: HTMLDocument(html: html), resolver: resolver)
    }

    @Test func readsFigureAndSplitsCredit() throws {
        let found = try captions("""
        <html><body><article><p>Story.</p>
        <figure class="photo"><img src="/img/performers.jpg" alt=""><figcaption>Chinese performers hold up cards in Beijing. (AP Photo/Ng Han Guan)</figcaption></figure>
        </article></body></html>
        """)
        let first = try #require(found.first)
        #expect(found.count == 1)
        #expect(first.caption == Caption(text: "Chinese performers hold up cards in Beijing.", credit: "AP Photo/Ng Han Guan",
                                         imageURL: "https://planet.example/img/performers.jpg"))
        #expect(first.node.isElement("figure"))
    }

    @Test func aFigureAroundATableOrCodeIsTheStorysContentNotAPhoto() throws {
        let prose = "The council voted on Tuesday to raise ferry fares for the third time in two years, citing fuel costs."
        let html = """
        <html><body><article><h1>Ferry fares rise</h1><p>\(prose)</p>
        <figure class="wp-block-table"><table><tr><td>Skerrin</td><td>£4.80</td></tr></table>
        <figcaption>Fares from 1 April</figcaption></figure><p>\(prose)</p>
        <figure><figcaption>migrations/0142_shard_key.sql</figcaption><pre><code>UPDATE orders SET shard_key = id % 64;</code></pre></figure>
        <p>\(prose)</p></article></body></html>
        """
        #expect(try captions(html).isEmpty)
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.text?.contains("Skerrin") == true)
        #expect(article.text?.contains("UPDATE orders SET shard_key = id % 64;") == true)
    }

    @Test func aFiguresParagraphBesideItsPhotoIsTheCaptionWhenThereIsNoFigcaption() throws {
        let found = try captions("""
        <html><body><article><figure class="entry-cover"><img src="/posts/cover.jpg" alt="">
        <p>The old cache server, shortly before it was retired. Photo: Lena Baptiste</p></figure><p>Story.</p>
        <figure class="quote"><p>We cannot wait another winter.</p></figure></article></body></html>
        """)
        #expect(found.map(\.caption) == [Caption(text: "The old cache server, shortly before it was retired.",
                                                  credit: "Lena Baptiste", imageURL: "https://planet.example/posts/cover.jpg")])
        // A teaser's or a button's two-word label is no caption.
        #expect(try captions("""
        <html><body><figure><a href="/other"><img src="/other.jpg" alt=""></a><p>View photo</p></figure></body></html>
        """).isEmpty)
    }

    @Test func aCaptionsContainerLeavesTheStepTextBesideIt() throws {
        let found = try captions("""
        <html><body><div class="mod step"><div class="stepContent"><div class="content"><span>Step 2</span>
        <p>Insert your plant into the hole.</p></div><figure class="stepThumb"><img src="/orchid.jpg" alt=""></figure>
        <figcaption class="caption">Orchid in foam oasis (Lucy Akins)</figcaption></div></div></body></html>
        """)
        let first = try #require(found.first)
        #expect(first.caption.text.hasPrefix("Orchid in foam oasis"))
        // A credit set as a paragraph of its own, classed as one, stays with its caption's container.
        let credited = try captions("""
        <html><body><div class="media"><img src="/protest.jpg" alt=""><p class="media__caption">Protesters in Tunis.</p>
        <p class="media__caption media__caption--source">Ahmed Zarrouki, Avenue Hbib Bourguiba, Tunis.</p></div></body></html>
        """)
        #expect(credited.first?.node.attribute("class") == "media")
        // The container is the caption alone: the step's text stays in the story.
        #expect(first.node.isElement("figcaption"))
    }

    @Test func readsWordPressCaptionBoxes() throws {
        let found = try captions("""
        <html><body><div id="attachment_7" class="wp-caption aligncenter"><img src="https://cdn.example/a.jpg" width="600" height="400">
        <p class="wp-caption-text">The harbour at dawn. Photo: Jane Doe/Reuters</p></div></body></html>
        """)
        let first = try #require(found.first)
        #expect(first.caption.text == "The harbour at dawn.")
        #expect(first.caption.credit == "Jane Doe/Reuters")
        #expect(first.node.attribute("class") == "wp-caption aligncenter")
    }

    @Test func readsCaptionClassesAndCreditElements() throws {
        let found = try captions("""
        <html><body><div class="media"><img data-src="/lazy.jpg" src="data:image/gif;base64,R0lGOD">
        <div class="image-caption">Flood water in the square <span class="credit">Jane Doe for The Planet</span></div></div>
        </body></html>
        """)
        let first = try #require(found.first)
        #expect(first.caption.text == "Flood water in the square")
        #expect(first.caption.credit == "Jane Doe for The Planet")
        #expect(first.caption.imageURL == "https://planet.example/lazy.jpg")
        #expect(first.node.attribute("class") == "media")
    }

    @Test func aCreditElementInBracketsLosesThemAndItsLabelAndTheCaptionLosesItsRepeat() throws {
        let found = try captions("""
        <html><body><figure><img src="/press.jpg"><figcaption><span class="caption">Dr Tony Holohan at the Department \
        of Health.....Picture Colin Keegan, Collins Dublin</span> <span class="credit"> (Image: Colin Keegan, Collins Dublin)</span>
        </figcaption></figure></body></html>
        """)
        let first = try #require(found.first)
        #expect(first.caption.text == "Dr Tony Holohan at the Department of Health")
        #expect(first.caption.credit == "Colin Keegan, Collins Dublin")
        // A bracket the credit opens itself keeps its close.
        let noted = try captions("""
        <html><body><figure><img src="/dove.jpg"><figcaption>Tote Tauben am Dome.<span class="credit">Getty Images/EyeEm (Symbolbild)</span>
        </figcaption></figure></body></html>
        """)
        #expect(noted.first?.caption.credit == "Getty Images/EyeEm (Symbolbild)")
    }

    @Test func picksTheLargestSrcsetCandidate() throws {
        let found = try captions("""
        <html><body><figure><img src="/s.jpg" srcset="/s.jpg 320w, /m.jpg 800w, /l.jpg 1600w"><figcaption>A storm.</figcaption></figure>
        <figure><img srcset="/one.jpg 1x, /two.jpg 2x"><figcaption>A flood.</figcaption></figure></body></html>
        """)
        #expect(found.map(\.caption.imageURL) == ["https://planet.example/l.jpg", "https://planet.example/two.jpg"])
        #expect(ImageSource.largestCandidate("https://cdn.example/w_300,h_200/a.jpg 300w, https://cdn.example/w_900,h_600/a.jpg 900w")
            == "https://cdn.example/w_900,h_600/a.jpg")
        // A lazy loader's data: placeholder, comma and all, is no candidate.
        #expect(ImageSource.largestCandidate("data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7") == nil)
        #expect(ImageSource.largestCandidate("data:image/gif;base64,R0lGOD 1w, /real-1440.jpg 1440w") == "/real-1440.jpg")
        // Candidates run together after a bare comma, and commas inside a resizer's URL.
        #expect(ImageSource.largestCandidate("/a-600.jpg 600w,/a-1024.jpg 1024w,/a-2048.jpg 2048w") == "/a-2048.jpg")
        #expect(ImageSource.largestCandidate("/x.jpg?q=h_438,w_780,c_fill 780w, /x.jpg?q=h_653,w_1160,c_fill 1160w")
            == "/x.jpg?q=h_653,w_1160,c_fill")
        #expect(ImageSource.largestCandidate("/one.jpg, /two.jpg") == "/one.jpg")
        let lazy = try captions("""
        <html><body><figure><img src="data:image/gif;base64,R0lGODlhAQAB" srcset="data:image/gif;base64,R0lGODlhAQAB"
        data-lazy-srcset="/palm-720.jpg 720w, /palm-1440.jpg 1440w"><figcaption>Palm.</figcaption></figure></body></html>
        """)
        #expect(lazy.map(\.caption.imageURL) == ["https://planet.example/palm-1440.jpg"])
    }

    @Test func aGalleryOfCaptionedFiguresGivesACaptionEach() throws {
        let found = try captions("""
        <html><body><figure class="wp-block-gallery">
        <figure class="wp-block-image"><img src="/a.jpg"><figcaption>The loft.</figcaption></figure>
        <figure class="wp-block-image"><img src="/b.jpg"><figcaption>The needles.</figcaption></figure>
        <figcaption class="blocks-gallery-caption">Inside the sail loft</figcaption></figure>
        <figure class="wp-block-gallery"><figure><img src="/c.jpg"></figure><figcaption>Two boats.</figcaption></figure>
        </body></html>
        """)
        #expect(found.map(\.caption.text) == ["The loft.", "The needles.", "Two boats."])
        #expect(found.map(\.caption.imageURL) == ["https://planet.example/a.jpg", "https://planet.example/b.jpg",
                                                  "https://planet.example/c.jpg"])
    }

    @Test func aCreditPrintedBesideTheCaptionInItsFigureIsTheCredit() throws {
        let found = try captions("""
        <html><body><figure class="Figure"><img src="/a.jpg"><figcaption class="Figure-caption">Riders wait for the bus.
        </figcaption><span class="Figure-credit">(Harriet Sole / The Herald)</span></figure>
        <figure><img src="/b.jpg"><figcaption>Buried on Thursday</figcaption><span class="credit">Image copyright Reuters</span>
        </figure></body></html>
        """)
        #expect(found.map(\.caption.credit) == ["Harriet Sole / The Herald", "Reuters"])
    }

    @Test func aVideosFigureIsNoPhotoCaptionAndACourtesyCreditKeepsItsLabel() throws {
        let found = try captions("""
        <html><body><figure class="wp-block-embed"><iframe src="https://www.youtube.com/embed/x"></iframe>
        <figcaption>Video by Creative Services</figcaption></figure>
        <figure><img src="/sat.jpg"><figcaption>The satellite. (Photo courtesy of the CubeSat Team)</figcaption></figure>
        </body></html>
        """)
        #expect(found.map(\.caption.text) == ["The satellite."])
        #expect(found.first?.caption.credit == "Photo courtesy of the CubeSat Team")
    }

    @Test func readsBloggerCaptionTablesInsideTheBlogWidget() throws {
        let story = String(repeating: "The county board voted to pause new wells in the basin for at least 18 months. ", count: 14)
        let found = try captions("""
        <html><body><div class="widget Blog" id="Blog1"><div class="post hentry"><h3 class="post-title">Well ban</h3>
        <div class="post-body entry-content"><div>\(story)</div>
        <table class="tr-caption-container"><tbody><tr><td><a href="/s4032/well.jpg"><img src="/w400-h300/well.jpg"></a></td></tr>
        <tr><td class="tr-caption">A capped well. (Photo: Lena Marsh/Harrow Creek Dispatch)</td></tr></tbody></table>
        </div></div></div></body></html>
        """)
        #expect(found.map(\.caption.text) == ["A capped well."])
        #expect(found.first?.caption.credit == "Lena Marsh/Harrow Creek Dispatch")
        #expect(found.first?.caption.imageURL == "https://planet.example/w400-h300/well.jpg")
    }

    @Test func aTableOfAPhotosRowAndACaptionsRowIsACaptionedPhoto() throws {
        let found = try captions("""
        <html><body><article><p>Text.</p><table align="center" class="tplCaption"><tbody>
        <tr><td><img alt="" src="/xep-hang.jpg"></td></tr>
        <tr><td><p class="Image">Người dân xếp hàng chờ lấy nước, trưa 12/11. Ảnh: Hoài Thu</p></td></tr></tbody></table>
        <table><tr><td><img src="/logo.png"></td><td>Two cells</td></tr><tr><td>A</td><td>B</td></tr></table>
        <table><tr><td><img src="/a.jpg"></td></tr><tr><td>Row</td></tr><tr><td>Third row</td></tr></table>
        </article></body></html>
        """)
        // One caption: a table of two cells a row, or of three rows, is no photo's frame.
        #expect(found.map(\.caption.text) == ["Người dân xếp hàng chờ lấy nước, trưa 12/11."])
        #expect(found.first?.caption.credit == "Hoài Thu")
        #expect(found.first?.caption.imageURL == "https://planet.example/xep-hang.jpg")
    }

    @Test func theLiveImageBeatsItsNoscriptCopyAndAQuotesFigureIsNoPhoto() throws {
        let found = try captions("""
        <html><body><figure><noscript><img src="/annex.jpg"></noscript>
        <img src="/annex.jpg" srcset="/annex.jpg?format=500w 500w, /annex.jpg?format=2500w 2500w">
        <figcaption>The vacant lot.</figcaption></figure>
        <figure class="quote-block"><blockquote>It's a not yet.</blockquote><figcaption>Mayor Celeste Brandvold</figcaption></figure>
        </body></html>
        """)
        #expect(found.map(\.caption.imageURL) == ["https://planet.example/annex.jpg?format=2500w"])
    }

    @Test func ignoresTrackingPixelsAndTableCaptions() throws {
        let found = try captions("""
        <html><body><figure><img src="/pixel.gif" width="1" height="1"><figcaption>A storm.</figcaption></figure>
        <table><caption>Rainfall by month</caption><tr><td>1</td></tr></table></body></html>
        """)
        #expect(found.count == 1)
        #expect(found.first?.caption.imageURL == nil)
    }

    @Test func keepsTheFullerCaptionOfTheSamePhoto() throws {
        let found = try captions("""
        <html><body>
        <figure><img src="/a.jpg"><figcaption>In this photo, performers hold up cards. In an abrupt shift, most users go online by phone. (AP Photo/Ng Han Guan)</figcaption></figure>
        <div class="caption">In this photo, performers hold up cards. (AP Photo/Ng Han Guan)</div>
        <figure><img src="/b.jpg"><figcaption>A different photo.</figcaption></figure>
        </body></html>
        """)
        #expect(found.count == 2)
        #expect(found.first?.caption.text == "In this photo, performers hold up cards. In an abrupt shift, most users go online by phone.")
        #expect(found.first?.duplicates.count == 1)
    }

    @Test func aCaptionRepeatedInAnotherCaseOrWithoutAccentsIsOneCaption() throws {
        let found = try captions("""
        <html><body>
        <figure><img src="/a.jpg"><figcaption>Le café de Flore, à Paris, en 1950.</figcaption></figure>
        <figure><img src="/a-small.jpg"><figcaption>LE CAFE DE FLORE, A PARIS</figcaption></figure>
        <figure><img src="/b.jpg"><figcaption>Le café des Deux Magots</figcaption></figure>
        <figure><img src="/b-1200x800.jpg"><figcaption>Le café des Deux Magots, la nuit.</figcaption></figure>
        </body></html>
        """)
        #expect(found.map(\.caption.text) == ["Le café de Flore, à Paris, en 1950.", "Le café des Deux Magots, la nuit."])
        #expect(found.map(\.duplicates.count) == [1, 1])
    }

    @Test func captionsOfTwoPicturesAreTwoThoughOneHoldsTheOthersText() throws {
        let found = try captions("""
        <html><body>
        <figure><img src="/a.jpg"><figcaption>The robot.</figcaption></figure>
        <figure><img src="/b.jpg"><figcaption>A second photo of the robot.</figcaption></figure>
        <figure><img src="/c.jpg"><figcaption>A second photo of the robot.</figcaption></figure>
        </body></html>
        """)
        // The same text under two pictures is one caption (a gallery's repeat).
        #expect(found.map(\.caption.text) == ["The robot.", "A second photo of the robot."])
        #expect(found.map(\.duplicates.count) == [0, 1])
        // A credit's label alone joins the caption holding it, whatever its picture.
        #expect(SplitCaptionCredit.isLabelOnly("Credit") && SplitCaptionCredit.isLabelOnly("Quelle:"))
        #expect(!SplitCaptionCredit.isLabelOnly("Credit Suisse headquarters"))
        #expect(ImageSource.pictureName("https://x.example/img/Cafe-640x427.jpg?w=1") == "cafe")
        #expect(ImageSource.pictureName("https://x.example/img/cafe_thumb.png") == "cafe")
        #expect(ImageSource.pictureName("https://x.example/img/cafe-2.jpg") == "cafe-2")
    }

    @Test func aLargeGalleryStillMergesRepeatsOfItsFirstPhotos() throws {
        let count = FindCaptions.comparedCaptions + 50
        let gallery = (0..<count).map { "<figure><img src=\"/g/\($0).jpg\"><figcaption>Gallery photo number \($0).</figcaption></figure>" }
        let found = try captions("""
        <html><body>\(gallery.joined())
        <figure><img src="/g/0.jpg"><figcaption>Gallery photo number 0, taken at dawn from the harbour wall.</figcaption></figure>
        <figure><img src="/other.jpg"><figcaption>Gallery photo number 1.</figcaption></figure>
        <figure><img src="/g/2-large.jpg"><figcaption>Gallery photo number 2. Seen from the quay.</figcaption></figure>
        <figure><img src="/g/\(count - 1)-large.jpg"><figcaption>Gallery photo number \(count - 1)</figcaption></figure>
        </body></html>
        """)
        // Past the compared window, the same image and the same text still merge; a text that merely
        // holds an old caption's words does not; within the window it does.
        #expect(found.count == count + 1)
        #expect(found[0].caption.text == "Gallery photo number 0, taken at dawn from the harbour wall.")
        #expect(found[0].duplicates.count == 1)
        #expect(found[1].duplicates.count == 1)
        #expect(found[2].duplicates.isEmpty)
        #expect(found[count - 1].duplicates.count == 1)
        #expect(found.last?.caption.text == "Gallery photo number 2. Seen from the quay.")
    }

    @Test func skipsCreditOnlyCaptionsAndCaptionsWithoutPhotos() throws {
        let found = try captions("""
        <html><body><figure><img src="/a.jpg"><figcaption>Spencer Platt/Getty Images News/Getty Images</figcaption></figure>
        <figure><img src="/b.jpg"><figcaption><span>©</span><span class="credit">Getty Images</span></figcaption></figure>
        <div class="settings"><span class="caption">Immer aktiviert</span></div>
        <figure><img src="/ad.jpg"><figcaption>Reklama</figcaption></figure>
        <figure><img src="/c.jpg"><figcaption>Fot. Europol Gaz</figcaption></figure></body></html>
        """)
        #expect(found.isEmpty)
        // A screen-reader label inside the caption is not read.
        let bbc = try captions("""
        <html><body><figure><img src="/d.jpg"><figcaption class="media-with-caption__caption">\
        <span class="off-screen">Media caption</span>Drone footage shows mass burials</figcaption></figure></body></html>
        """)
        #expect(bbc.map(\.caption.text) == ["Drone footage shows mass burials"])
    }

    @Test func aGallerysSlideCounterIsNotReadIntoTheCaption() throws {
        let found = try captions("""
        <html><body><figure><img src="/a.jpg"><figcaption class="e-gallery-item__caption"><span>Die Ministerin in Berlin
        &copy;&nbsp;Felix Zahn/photothek.net</span><span class="e-gallery-item__pagination">\
        <span data-js-gallery-slide-pagination>--pageNumber-- von --total--</span></span></figcaption></figure></body></html>
        """)
        #expect(found.map(\.caption.text) == ["Die Ministerin in Berlin"])
        #expect(found.map(\.caption.credit) == ["Felix Zahn/photothek.net"])
    }

    @Test func aCreditThePagePrintsInBracketsIsSplitFromEveryCaption() throws {
        let found = try captions("""
        <html><body><figure><img src="/a.jpg"><figcaption>Glass cloche terrariums (Lucy Akins)</figcaption></figure>
        <figure><img src="/b.jpg"><figcaption>Attach moss. (Lucy Akins)</figcaption></figure>
        <figure><img src="/c.jpg"><figcaption>The mayor with Jane Doe (Labour Party)</figcaption></figure></body></html>
        """)
        #expect(found.map(\.caption.text) == ["Glass cloche terrariums", "Attach moss.", "The mayor with Jane Doe (Labour Party)"])
        #expect(found.map(\.caption.credit) == ["Lucy Akins", "Lucy Akins", nil])
    }

    @Test func skipsCaptionsOfOtherStories() throws {
        let found = try captions("""
        <html><body><div class="related"><figure><img src="/x.jpg"><figcaption>Another story</figcaption></figure></div></body></html>
        """)
        #expect(found.isEmpty)
    }

    @Test func readsAMPImagesAndThePicturesLargestSource() throws {
        let found = try captions("""
        <html><body><figure><amp-img src="/amp-640.jpg" srcset="/amp-640.jpg 640w, /amp-1320.jpg 1320w" width="16" height="9"
        layout="responsive"></amp-img><figcaption>A ferry at the pier.</figcaption></figure>
        <figure><picture><source media="(min-width: 1024px)" srcset="/wide-1920.jpg 1920w, /wide-1280.jpg 1280w">
        <img src="/narrow-640.jpg" srcset="/narrow-640.jpg 640w"></picture><figcaption>The flooded square.</figcaption></figure>
        </body></html>
        """)
        #expect(found.map(\.caption.imageURL) == ["https://planet.example/amp-1320.jpg", "https://planet.example/wide-1920.jpg"])
    }

    @Test func readsAPicturesDescriptionPrintedUnderIt() throws {
        let found = try captions("""
        <html><body><div class="news-detail"><img class="detail_picture" src="/upload/pipe.jpg" width="860" height="480">
        <div class="news-detail__picture-desc">Место порыва на улице Заводской. Фото: Андрей Лыков</div>
        <p>Текст новости.</p></div></body></html>
        """)
        #expect(found.map(\.caption) == [Caption(text: "Место порыва на улице Заводской.", credit: "Андрей Лыков",
                                                  imageURL: "https://planet.example/upload/pipe.jpg")])
    }

    @Test func theButtonsThatShowAndHideACaptionAreNotItsText() throws {
        let found = try captions("""
        <html><body><div class="credit-caption"><img src="/bell.jpg"><div class="caption-wrap"><div class="caption">
        <p>The bell at St. Brendan's Church.</p><b class="hide-caption"><b>hide caption</b></b></div>
        <b class="toggle-caption"><b>toggle caption</b></b></div><span class="credit">Desmond Okafor/KBRH</span></div></body></html>
        """)
        #expect(found.first?.caption.text == "The bell at St. Brendan's Church.")
    }

    @Test func readsAnOldTemplatesPhotoCaptionBesideItsPhoto() throws {
        let found = try captions("""
        <html><body><table><tr><td><img src="/photos/mill.jpg" width="300" height="200">
        <div class="photocaption">Workers stack boards at the mill on Tuesday.<br><span class="photocredit">Staff photo by Renee Castro</span>
        </div></td></tr></table><p>Text.</p></body></html>
        """)
        #expect(found.first?.caption.text == "Workers stack boards at the mill on Tuesday.")
        #expect(found.first?.caption.imageURL == "https://planet.example/photos/mill.jpg")
    }

    @Test func readsAnAbbreviatedCaptionClassBesideALazyPhoto() throws {
        let found = try captions("""
        <html><body><div class="story">Text before.<br><br><div class="inline_img"><div><img src="data:image/gif;base64,R0lGOD"
        data-src="/thumb/coal.jpg" width="1200" height="675"></div><div class="img_cptn">Wagons loaded with coal wait on a
        loop line.</div></div>Text after.</div></body></html>
        """)
        #expect(found.map(\.caption) == [Caption(text: "Wagons loaded with coal wait on a loop line.", credit: nil,
                                                  imageURL: "https://planet.example/thumb/coal.jpg")])
        // Without a photo beside it, such a block is no caption.
        #expect(try captions("<html><body><div class=\"img_cptn\">A caption of nothing.</div></body></html>").isEmpty)
    }

    @Test func aSmallSquareIconIsNoPhoto() throws {
        let found = try captions("""
        <html><body><figure><img src="/avatar-40.png" width="40" height="40"><img src="/harbour.jpg" width="1200" height="800">
        <figcaption>The harbour at dawn.</figcaption></figure></body></html>
        """)
        #expect(found.first?.caption.imageURL == "https://planet.example/harbour.jpg")
    }

    @Test func aCarouselSlidesPhotoAndDescriptionAreACaptionWithoutAFigure() throws {
        let slide = { (index: Int, image: String) in """
            <div class="CarouselSlide" aria-hidden="true"><div class="CarouselSlide-media"><picture>\(image)</picture></div>
            <div class="CarouselSlide-info"><div class="CarouselSlide-infoIndex">\(index) / 3</div>
            <div class="CarouselSlide-infoDescription"><p>Anglers on the ice, slide \(index).</p></div>
            <div class="CarouselSlide-infoAttribution">Luis Arredondo / Marlow Valley Courier</div>
            <div class="CarouselSlide-share"><a href="/share">Share</a></div></div></div>
            """ }
        let found = try captions("""
            <html><body><div class="Carousel-slides"><div class="flickity-slider">
            \(slide(1, #"<img srcset="/a-440.jpg 440w, /a-1760.jpg 1760w" src="/a-880.jpg">"#))
            \(slide(2, #"<img data-flickity-lazyload-srcset="/b-440.jpg 440w, /b-1760.jpg 1760w" data-flickity-lazyload-src="/b.jpg">"#))
            \(slide(3, #"<img data-gallery-src="/c.jpg">"#))
            </div></div></body></html>
            """)
        #expect(found.map(\.caption) == [
            Caption(text: "Anglers on the ice, slide 1.", credit: "Luis Arredondo / Marlow Valley Courier",
                    imageURL: "https://planet.example/a-1760.jpg"),
            Caption(text: "Anglers on the ice, slide 2.", credit: "Luis Arredondo / Marlow Valley Courier",
                    imageURL: "https://planet.example/b-1760.jpg"),
            Caption(text: "Anglers on the ice, slide 3.", credit: "Luis Arredondo / Marlow Valley Courier",
                    imageURL: "https://planet.example/c.jpg"),
        ])
        #expect(found.allSatisfy { $0.node.attribute("class") == "CarouselSlide" })
    }
}

@Suite struct SplitCaptionCreditTests {
    @Test func aCreditNamingOnlyTheStorysWriterIsNone() {
        #expect(SplitCaptionCredit.split("A contractor weighs the day's pickings. — Photo by author")
            == ("A contractor weighs the day's pickings.", nil))
        #expect(SplitCaptionCredit.split("Bales of cotton in Shahdadpur. — Photo by Sana Baloch")
            == ("Bales of cotton in Shahdadpur.", "Sana Baloch"))
    }

    @Test func splitsPrintedCredits() {
        #expect(SplitCaptionCredit.split("Smoke rises. (AP Photo/Ng Han Guan)") == ("Smoke rises.", "AP Photo/Ng Han Guan"))
        // A station's call sign alone in brackets after the last sentence; an acronym inside a sentence stays.
        #expect(SplitCaptionCredit.split("She points to the water line. (WKVX)") == ("She points to the water line.", "WKVX"))
        #expect(SplitCaptionCredit.split("Delegates at the summit (NATO)") == ("Delegates at the summit (NATO)", nil))
        #expect(SplitCaptionCredit.split("Training before the match. (FILE)") == ("Training before the match. (FILE)", nil))
        // Korean credits in square brackets.
        #expect(SplitCaptionCredit.split("서울의 한 약국 [연합뉴스 자료사진]") == ("서울의 한 약국", "연합뉴스 자료사진"))
        #expect(SplitCaptionCredit.split("보건소 모습 [청림군 제공. 재판매 및 DB 금지]") == ("보건소 모습", "청림군 제공. 재판매 및 DB 금지"))
        #expect(SplitCaptionCredit.split("Smoke rises. Photo: Jane Doe/Reuters") == ("Smoke rises.", "Jane Doe/Reuters"))
        #expect(SplitCaptionCredit.split("Smoke rises. Photograph: Jane Doe/Getty Images") == ("Smoke rises.", "Jane Doe/Getty Images"))
        #expect(SplitCaptionCredit.split("Smoke rises. Credit: Jane Doe") == ("Smoke rises.", "Jane Doe"))
        #expect(SplitCaptionCredit.split("A unit in a back room. Image Credits: Cobblestone Robotics")
            == ("A unit in a back room.", "Cobblestone Robotics"))
        #expect(SplitCaptionCredit.split("A unit in a back room. Image credit: Jane Doe") == ("A unit in a back room.", "Jane Doe"))
        #expect(SplitCaptionCredit.split("Smoke rises. © Jane Doe") == ("Smoke rises.", "Jane Doe"))
        #expect(SplitCaptionCredit.split("Smoke rises over the city. Jane Doe/Getty Images") == ("Smoke rises over the city.", "Jane Doe/Getty Images"))
        #expect(SplitCaptionCredit.split("Smoke rises over the city. AFP via Getty Images") == ("Smoke rises over the city.", "AFP via Getty Images"))
        #expect(SplitCaptionCredit.split("Smoke rises over the city. EPA") == ("Smoke rises over the city.", "EPA"))
        #expect(SplitCaptionCredit.split("Rauch über der Stadt. Foto: dpa") == ("Rauch über der Stadt.", "dpa"))
        #expect(SplitCaptionCredit.split("2/5 Er verlor die Kontrolle über das Auto. (Bild: Kantonspolizei Aargau)")
            == ("Er verlor die Kontrolle über das Auto.", "Kantonspolizei Aargau"))
        #expect(SplitCaptionCredit.split("Sie sprachen mit der Ministerin. (Bildquelle: Ring der Landjugend )")
            == ("Sie sprachen mit der Ministerin.", "Ring der Landjugend"))
        #expect(SplitCaptionCredit.split("Rene Benko. Photographer: Sebastian Widmann/Getty Images Europe")
            == ("Rene Benko.", "Sebastian Widmann/Getty Images Europe"))
        #expect(SplitCaptionCredit.split("Interest payments could surpass the defense budget in 2023.CreditCreditJeon Heo")
            == ("Interest payments could surpass the defense budget in 2023.", "Jeon Heo"))
    }

    @Test func splitsScreenshotAndSpanishImageLabels() {
        #expect(SplitCaptionCredit.split("Kim Kardashian wirbt. Screenshots: Instagram/ kimkardashian")
            == ("Kim Kardashian wirbt.", "Instagram/ kimkardashian"))
        #expect(SplitCaptionCredit.split("La Corte Suprema. Imagen: Télam") == ("La Corte Suprema.", "Télam"))
        #expect(SplitCaptionCredit.split("Gazociąg Jamał w Polsce. Fot. Europol Gaz") == ("Gazociąg Jamał w Polsce.", "Europol Gaz"))
        #expect(SplitCaptionCredit.split("Fot. Europol Gaz") == ("", "Europol Gaz"))
        #expect(SplitCaptionCredit.split("Rearrange the moss. (Lucy Akins)") == ("Rearrange the moss.", "Lucy Akins"))
        // Inside the sentence, a bracket names who is shown.
        #expect(SplitCaptionCredit.split("The mayor with Jane Doe (Labour Party) at the opening")
            == ("The mayor with Jane Doe (Labour Party) at the opening", nil))
        #expect(SplitCaptionCredit.split("Das Team feiert. (Symbolbild)") == ("Das Team feiert. (Symbolbild)", nil))
        // "Fot." inside a word or a name is no label.
        #expect(SplitCaptionCredit.split("Das Haus von Paul Fot. Müller im Winter") == ("Das Haus von Paul Fot. Müller im Winter", nil))
        // Nothing but punctuation is left of the caption: no caption text.
        #expect(SplitCaptionCredit.split(". Imagen: Télam") == ("", "Télam"))
    }

    @Test func splitsAgenciesInBracketsOfAnyScriptAndWidth() {
        #expect(SplitCaptionCredit.split("給水所で水を受け取る住民ら＝４日午後、埼玉県白鷺市（共同）")
            == ("給水所で水を受け取る住民ら＝４日午後、埼玉県白鷺市", "共同"))
        #expect(SplitCaptionCredit.split("会談する両首脳＝４日、ワシントン（AFP＝時事）") == ("会談する両首脳＝４日、ワシントン", "AFP＝時事"))
        #expect(SplitCaptionCredit.split("عمال يتفقدون أنابيب في محطة لتحلية المياه. (أ ف ب)")
            == ("عمال يتفقدون أنابيب في محطة لتحلية المياه.", "أ ف ب"))
        #expect(SplitCaptionCredit.split("Residents queue for water in Saitama. (Kyodo)") == ("Residents queue for water in Saitama.", "Kyodo"))
        #expect(SplitCaptionCredit.split("現場の様子（白鷺市消防本部提供）") == ("現場の様子", "白鷺市消防本部提供"))
        #expect(SplitCaptionCredit.split("現場の様子（山田太郎撮影）") == ("現場の様子", "山田太郎"))
        // 共同 ("joint") inside a longer bracket, and a bracket of other words, stay in the caption.
        #expect(SplitCaptionCredit.split("会見する両党の代表（共同代表）") == ("会見する両党の代表（共同代表）", nil))
        #expect(SplitCaptionCredit.split("記者会見する市長（左）") == ("記者会見する市長（左）", nil))
    }

    @Test func splitsLabelledAndPhotographerCreditsOfOtherScripts() {
        #expect(SplitCaptionCredit.split("حازم الدميري خلال المؤتمر الصحفي بالقاهرة، الثلاثاء - تصوير: محمود فتحي")
            == ("حازم الدميري خلال المؤتمر الصحفي بالقاهرة، الثلاثاء", "محمود فتحي"))
        #expect(SplitCaptionCredit.split("游客在故宫参观。摄影：张三") == ("游客在故宫参观。", "张三"))
        #expect(SplitCaptionCredit.split("游客在故宫参观。图：新华社") == ("游客在故宫参观。", "新华社"))
        #expect(SplitCaptionCredit.split("冠水した市道＝2025年3月4日午前11時15分、埼玉県白鷺市本町２丁目、佐藤健撮影")
            == ("冠水した市道＝2025年3月4日午前11時15分、埼玉県白鷺市本町２丁目", "佐藤健"))
        #expect(SplitCaptionCredit.split("記者会見する首相＝首相官邸で、代表撮影") == ("記者会見する首相＝首相官邸で", "代表"))
        #expect(SplitCaptionCredit.split("3月4日，游客在故宫参观。新华社记者 李贺 摄") == ("3月4日，游客在故宫参观。", "新华社记者 李贺"))
    }

    @Test func splitsAnUnbracketedWireCreditAfterTheLastSentence() {
        #expect(SplitCaptionCredit.split("Vista de la calzada en el Centro Histórico de Ciudad de México (México). EFE/Mariana Olvera")
            == ("Vista de la calzada en el Centro Histórico de Ciudad de México (México).", "EFE/Mariana Olvera"))
        #expect(SplitCaptionCredit.split("Protesters gather outside parliament. REUTERS/Jane Doe")
            == ("Protesters gather outside parliament.", "REUTERS/Jane Doe"))
        // A slash inside the caption's sentence is no credit.
        #expect(SplitCaptionCredit.split("Trucks wait at the US/Mexico border") == ("Trucks wait at the US/Mexico border", nil))
    }

    @Test func recognisesCaptionsThatAreOnlyACredit() {
        #expect(SplitCaptionCredit.isCreditOnly("evgenyb/iStock/Getty Images"))
        #expect(SplitCaptionCredit.isCreditOnly("CreditEtienne Laurent/EPA vía Shutterstock"))
        #expect(!SplitCaptionCredit.isCreditOnly("Smoke rises over the city. Jane Doe/Getty Images"))
    }

    @Test func leavesCaptionsWithoutCredit() {
        #expect(SplitCaptionCredit.split("Officials met on Monday. The president spoke to Reuters.")
            == ("Officials met on Monday. The president spoke to Reuters.", nil))
        #expect(SplitCaptionCredit.split("In this March 28, 2012 photo, performers hold up cards.")
            == ("In this March 28, 2012 photo, performers hold up cards.", nil))
    }

    @Test func readsCreditLabelsOfOtherLanguagesWholeWords() {
        #expect(SplitCaptionCredit.split("Kurtarma ekipleri bölgede. Fotoğraf: Mehmet Yıldırım/AA")
            == ("Kurtarma ekipleri bölgede.", "Mehmet Yıldırım/AA"))
        #expect(SplitCaptionCredit.split("Пункт обогрева в здании школы. Фото: Иван Петров")
            == ("Пункт обогрева в здании школы.", "Иван Петров"))
        #expect(SplitCaptionCredit.split("ראש העירייה בסיור (צילום: שי רוזנטל)") == ("ראש העירייה בסיור", "שי רוזנטל"))
        #expect(SplitCaptionCredit.cleanCredit("Fotoğraf: Mehmet Yıldırım/AA") == "Mehmet Yıldırım/AA")
        // Vietnamese and Thai labels, bare or in brackets.
        #expect(SplitCaptionCredit.split("Công nhân khắc phục sự cố, sáng 12/11. Ảnh: Minh Khang")
            == ("Công nhân khắc phục sự cố, sáng 12/11.", "Minh Khang"))
        #expect(SplitCaptionCredit.split("ชาวบ้านขนย้ายสิ่งของขึ้นที่สูง (ภาพ : กมลชนก ศรีสุวรรณ)")
            == ("ชาวบ้านขนย้ายสิ่งของขึ้นที่สูง", "กมลชนก ศรีสุวรรณ"))
        #expect(SplitCaptionCredit.split("ชาวบ้านขนย้ายสิ่งของ ภาพ: โครงการชลประทาน") == ("ชาวบ้านขนย้ายสิ่งของ", "โครงการชลประทาน"))
        #expect(SplitCaptionCredit.split("Riders wait at the depot on Tuesday, Oct. 1, 2024. Dale Brenner/Port Ashford Dispatch")
            == ("Riders wait at the depot on Tuesday, Oct. 1, 2024.", "Dale Brenner/Port Ashford Dispatch"))
        #expect(SplitCaptionCredit.split("Trains run between Paris and Lyon. Night/day service resumes.").1 == nil)
        #expect(SplitCaptionCredit.cleanCredit("Image source, NBS") == "NBS")
        #expect(SplitCaptionCredit.split("A potato plant that closed in 2019.Credit...Kyle Brennan for The Hudson Chronicle")
            == ("A potato plant that closed in 2019.", "Kyle Brennan for The Hudson Chronicle"))
        #expect(SplitCaptionCredit.split("The plant in Kelsheim, January 22, 2025. MERIDIAN/Lukas Brenner/File Photo")
            == ("The plant in Kelsheim, January 22, 2025.", "MERIDIAN/Lukas Brenner/File Photo"))
        #expect(SplitCaptionCredit.split("Fishermen at the landing site. PHOTO | BRIAN KIPROTICH")
            == ("Fishermen at the landing site.", "BRIAN KIPROTICH"))
    }
}
