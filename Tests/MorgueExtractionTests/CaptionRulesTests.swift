import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

/// Caption rules: screen-reader labels, links that sell the photo, spans, credits and their labels.
@Suite struct CaptionRulesTests {
    private func captions(_ html: String) throws -> [Caption] {
        try TestPages.captions(html)
    }


    @Test func aVisuallyHiddenLabelIsNotReadAndPicLabelsTheCredit() throws {
        let found = try captions("""
        <html><body><figure><img src="/map.jpg" alt=""><figcaption><p><span class="u-hide-visually">Image:</span>The \
        epicentre was about 60km north-west of Antofagasta. Pic: USGS</p></figcaption></figure></body></html>
        """)
        #expect(found == [Caption(text: "The epicentre was about 60km north-west of Antofagasta.", credit: "USGS",
                                  imageURL: "https://planet.example/map.jpg")])
        #expect(SplitCaptionCredit.split("Flooding in Carlisle. File pic: PA").credit == "PA")
    }

    @Test func aLinkSellingThePhotoAndItsNewTabNoteAreLeftOut() throws {
        let found = try captions("""
        <html><body><figure><img src="/cows.jpg" alt=""><figcaption><span>Dairy cows graze near Hamilton, October 14, \
        2026. MERIDIAN/Hana Lowe/File Photo <a href="https://agency.example/licensing" class="x__2b9sZ">Purchase Licensing \
        Rights</a><span class="x__1x0tB">, opens new tab</span></span></figcaption></figure></body></html>
        """)
        #expect(found == [Caption(text: "Dairy cows graze near Hamilton, October 14, 2026.", credit: "MERIDIAN/Hana Lowe/File Photo",
                                  imageURL: "https://planet.example/cows.jpg")])
    }

    @Test func aCopyrightLabelAfterASeparatorLeavesTheCredit() throws {
        #expect(SplitCaptionCredit.cleanCredit("\u{a0}-\u{a0}Copyright\u{a0}AP Photo/Rafal Nowicki") == "AP Photo/Rafal Nowicki")
        #expect(SplitCaptionCredit.cleanCredit("(c) Reuters") == "Reuters")
    }

    @Test func theShortLastOfACaptionsSpansIsItsCredit() throws {
        let found = try captions("""
        <html><body><figure><img src="/a.jpg" alt=""><figcaption class="a_m_p"><span>Carteles de alquiler en Madrid, el \
        pasado mes de octubre.</span><span class="a_m_m">EFE</span></figcaption></figure>
        <figure><img src="/b.jpg" alt=""><figcaption><span class="sc-4 qA">Dijkwerkers versterken de Waaldijk bij Tiel</span>\
        <span class="sc-5 eD">ANP</span></figcaption></figure>
        <figure><img src="/c.jpg" alt=""><figcaption><span>The pier at dawn.</span><span>The ferry leaves at six.</span>\
        </figcaption></figure></body></html>
        """)
        #expect(found.map(\.text) == ["Carteles de alquiler en Madrid, el pasado mes de octubre.",
                                      "Dijkwerkers versterken de Waaldijk bij Tiel", "The pier at dawn. The ferry leaves at six."])
        #expect(found.map(\.credit) == ["EFE", "ANP", nil])
    }

    @Test func aPhotographerBeforeAnAgencyInBracketsIsTheCredit() throws {
        let split = SplitCaptionCredit.split("La ministra, durante el pleno del Congreso de este jueves. Andrés Soler (EFE)")
        #expect(split.text == "La ministra, durante el pleno del Congreso de este jueves.")
        #expect(split.credit == "Andrés Soler (EFE)")
    }

    @Test func aDescriptionInAPicturesBoxIsTheCaptionAndItsAuthorTheCredit() throws {
        let found = try captions("""
        <html><body><div class="art_embed"><div class="related_image_container"><img src="/zakupy.jpg" alt="">
        <div class="related_image_content"><p class="desc">Klientka na zakupach w jednym z dyskontów w Warszawie</p>
        <span class="author">Fot. Marek Wojtaszek / PAP</span></div></div></div>
        <div class="news"><p class="desc">A summary of another story, with no picture.</p></div></body></html>
        """)
        #expect(found == [Caption(text: "Klientka na zakupach w jednym z dyskontów w Warszawie", credit: "Marek Wojtaszek / PAP",
                                  imageURL: "https://planet.example/zakupy.jpg")])
        let dangling = try captions("""
        <html><body><figure><img src="/a.jpg" alt=""><figcaption>Klientka w sklepie Fot. <cite>Marek Wojtaszek</cite>\
        </figcaption></figure></body></html>
        """)
        #expect(dangling.map(\.text) == ["Klientka w sklepie"])
    }

    @Test func aCaptionWithItsOwnCreditElementKeepsItsShortLastSpan() throws {
        let found = try captions("""
        <html><body><span class="storyimage"><img src="/n.jpg" alt=""><span class="caption truncate">\
        <span class="attribution">© Provided by Business Insider Inc</span> <span>Nintendo/Apple</span></span></span></body></html>
        """)
        #expect(found == [Caption(text: "Nintendo/Apple", credit: "Provided by Business Insider Inc",
                                  imageURL: "https://planet.example/n.jpg")])
    }
}
