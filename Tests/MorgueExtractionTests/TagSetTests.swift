import Testing
import MorgueDOM
@testable import MorgueExtraction

@Suite struct TagSetTests {
    @Test("a tag set holds an element exactly when its name set holds the element's name")
    func agreesWithTheNames() throws {
        let body = try TestPages.body("""
            <div><p>One <b>two</b></p><amp-iframe src="x"></amp-iframe><amp-ad></amp-ad><figcaption>Cap</figcaption>
            <SCRIPT>var x;</SCRIPT><textarea>t</textarea><!-- note --></div>
            """)
        let sets: [Set<String>] = [HTMLTags.neverContent, HTMLTags.block, HTMLTags.headings, ["figcaption", "b"], []]
        for names in sets {
            let tags = TagSet(names)
            body.walk { node in
                #expect(tags.contains(node) == (node.isElement && names.contains(node.name)))
                return true
            }
        }
    }
}
