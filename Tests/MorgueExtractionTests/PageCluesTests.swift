import MorgueDOM
import Testing
@testable import MorgueExtraction

@Suite("Page clues")
struct PageCluesTests {
    @Test("each element's names and furniture verdict are ElementClues', asked in any order and again")
    func sameAsElementClues() throws {
        let body = try TestPages.body("""
            <nav class="Site-Nav"><h2>Sections</h2></nav>
            <div id="page" class="with-sidebar"><main><article class="story">
              <h1 class="headline">Harbour reopens</h1>
              <p class="byline">By Ana Ruiz</p>
              <figure><img src="a.jpg"><figcaption class="caption">The quay.</figcaption></figure>
            </article></main></div>
            <div class="related-stories"><h3>More</h3></div>
            <aside><p>Promo</p></aside>
            <footer id="footer"><p>©</p></footer>
            """)
        var elements: [Node] = []
        body.walk { node in
            if node.isElement { elements.append(node) }
            return true
        }
        let clues = PageClues()
        // Verdicts first for half the elements, names first for the others, then everything again.
        for (index, element) in elements.enumerated() {
            if index.isMultiple(of: 2) { _ = clues.isForeign(element) } else { _ = clues.classAndID(element) }
        }
        for element in elements + elements.reversed() {
            let names = ElementClues.classAndID(element)
            #expect(clues.classAndID(element) == names)
            #expect(clues.isForeign(element) == ElementClues.isForeign(element, names: names))
        }
        let verdicts = elements.map { ($0.name, clues.isForeign($0)) }.filter(\.1).map(\.0)
        #expect(verdicts == ["nav", "div", "aside", "footer"])
    }
}
