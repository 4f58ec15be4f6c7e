import MorgueDOM

extension Feed {
    /// Reads `bytes` as an RSS 2.0, Atom or RSS 1.0 (RDF) feed fetched from
    /// `url`; relative item links are resolved against `xml:base` and `url`.
    /// Slightly broken XML is recovered from (as feed readers do); a
    /// document that is not XML, or not a feed, is an error.
    public static func parse(_ bytes: [UInt8], url: String) throws(FeedError) -> Feed {
        let tree: XMLTree
        do {
            tree = try XMLTree(bytes: bytes, documentURL: url)
        } catch {
            switch error {
            case .unparseable(let problem): throw .malformed(url: url, problem: problem)
            }
        }
        let root = tree.root
        switch (root.localName, root.namespaceURI) {
        case ("rss", nil):
            return RSSReader.read(root)
        case ("feed", FeedNamespace.atom?), ("feed", FeedNamespace.atom03?):
            return AtomReader.read(root)
        case ("RDF", FeedNamespace.rdf?):
            return RDFReader.read(root)
        default:
            let name = root.namespaceURI.map { "\(root.localName) xmlns=\"\($0)\"" } ?? root.localName
            throw .notAFeed(url: url, root: name)
        }
    }
}

/// Gathers a feed's items: drops those without a usable link and repeats
/// of a link already seen, keeping feed order.
struct ItemCollector {
    private(set) var items: [FeedItem] = []
    private(set) var withoutLink = 0
    private var seen: Set<String> = []

    mutating func add(link: String?, title: String?, published: String?, authors: [String]) {
        guard let link else { withoutLink += 1; return }
        guard seen.insert(link).inserted else { return }
        items.append(FeedItem(link: link, title: title, published: published, authors: authors))
    }

    func feed(_ format: FeedFormat, title: String?) -> Feed {
        Feed(format: format, title: title, items: items, itemsWithoutLink: withoutLink)
    }
}
