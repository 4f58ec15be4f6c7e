import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

/// Caption furniture classes and credit labels and brackets, on small figures.
@Suite struct CaptionCreditTableTests {
    private let resolver = URLResolver(base: "https://courier.example/news/story.html")

    private func captions(_ html: String) throws -> [Caption] {
        try FindCaptions.run(document: HTMLDocument(html: "<html><body><article><p>Story.</p>\(html)</article></body></html>"),
                             resolver: resolver).map(\.caption)
    }

    @Test func aBuyButtonInsideTheCaptionIsNotCaptionText() throws {
        let found = try captions("""
        <figure class="photo"><img src="/bridge.jpg" alt=""><figcaption class="caption"><div class="caption-container">
        <div class="caption-text"><p>Traffic crosses the single open lane of the bridge on Thursday.</p></div>
        <div class="caption-byline"><span class="tnt-byline">Renee Calloway, The Daily Courier</span></div>
        <div class="hidden-print"><a href="/multimedia/photos/bb23.html" class="btn btn-xs">Buy Now</a></div>
        </div></figcaption></figure>
        """)
        #expect(found.map(\.text) == ["Traffic crosses the single open lane of the bridge on Thursday."])
        #expect(found.map(\.credit) == ["Renee Calloway, The Daily Courier"])
        #expect(CreditPatterns.captionFurnitureClass.matches("photo-reprints"))
        #expect(!CreditPatterns.captionFurnitureClass.matches("tnt-byline"))
    }

    @Test func aScriptsCreditLabelLeavesTheCredit() throws {
        let found = try captions("""
        <figure class="photo-layout"><img src="/power.jpg" alt=""><figcaption>7일 오후 서울 중구의 한 건물 외벽에 에어컨 실외기가 \
        빼곡히 설치돼 있다. [사진=연합뉴스]</figcaption></figure>
        """)
        #expect(found.map(\.credit) == ["연합뉴스"])
        #expect(found.map(\.text) == ["7일 오후 서울 중구의 한 건물 외벽에 에어컨 실외기가 빼곡히 설치돼 있다."])
        #expect(SplitCaptionCredit.cleanCredit("写真：共同") == "共同")
        #expect(SplitCaptionCredit.cleanCredit("تصوير: محمود فتحي") == "محمود فتحي")
    }

    @Test func anOrganisationInBracketsAfterTheLastSentenceIsTheCredit() throws {
        let found = try captions("""
        <figure class="kg-card kg-image-card"><img src="/sample.jpg" alt=""><figcaption><span>A water sample taken near the \
        boat launch on Thursday. (Corrigan County Health Department)</span></figcaption></figure>
        """)
        #expect(found == [Caption(text: "A water sample taken near the boat launch on Thursday.",
                                  credit: "Corrigan County Health Department", imageURL: "https://courier.example/sample.jpg")])
        #expect(SplitCaptionCredit.split("Volunteers sort cans. (Parks and Recreation Department of Elm City)").credit
            == "Parks and Recreation Department of Elm City")
        // A bracket that does not follow a full stop is the caption's own.
        #expect(SplitCaptionCredit.split("The Marlow County Commission (Board of Health) meets").credit == nil)
    }
}
