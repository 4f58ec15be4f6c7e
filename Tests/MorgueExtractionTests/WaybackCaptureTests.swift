import MorgueDOM
import Testing
@testable import MorgueExtraction

@Suite("Wayback Machine captures")
struct WaybackCaptureTests {
    @Test("an archived address is the original one after the archive's prefix")
    func unwrapsCaptures() {
        let original = "http://www.courier.example/news/local/bond.html"
        #expect(WaybackCapture.original("https://web.archive.org/web/20120314083015/" + original) == original)
        #expect(WaybackCapture.original("https://web.archive.org/web/20120314083015im_/" + original) == original)
        #expect(WaybackCapture.original("//web.archive.org/web/2012js_/https://cdn.example/app.js") == "https://cdn.example/app.js")
        #expect(WaybackCapture.original("http://web.archive.org/web/20120314083015/http:/www.courier.example/a") == "http://www.courier.example/a")
        // Other addresses, and the archive's own pages, stay as they are.
        #expect(WaybackCapture.original(original) == original)
        #expect(WaybackCapture.original("https://web.archive.org/web/collections/123") == "https://web.archive.org/web/collections/123")
        #expect(WaybackCapture.original("https://web.archive.org/about/") == "https://web.archive.org/about/")
    }

    @Test("a captured page's canonical URL and photos are the original's; its links still resolve in the archive")
    func capturedPage() throws {
        let document = try HTMLDocument(html: """
            <html><head><link rel="canonical" href="https://web.archive.org/web/20120314083015/http://www.courier.example/news/bond.html">
            </head><body><article><h1>Bond on ballot</h1>
            <figure><img src="/web/20120314083015im_/http://www.courier.example/photo.jpg"><figcaption>Lincoln Elementary School, built in 1956.</figcaption></figure>
            <p>The board voted.</p></article></body></html>
            """)
        let metadata = ReadMetadata.run(document: document, pageURL: nil)
        #expect(metadata.canonicalURL == "http://www.courier.example/news/bond.html")
        #expect(metadata.baseURL == "https://web.archive.org/web/20120314083015/http://www.courier.example/news/bond.html")
        let captions = FindCaptions.run(document: document, resolver: URLResolver(base: metadata.baseURL))
        #expect(captions.map(\.caption.imageURL) == ["http://www.courier.example/photo.jpg"])
    }
}
