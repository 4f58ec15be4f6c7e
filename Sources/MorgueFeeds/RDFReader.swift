import MorgueDOM

/// Reads RSS 1.0 (and 0.90), RDF documents: `<rdf:RDF><channel/><item rdf:about>…</rdf:RDF>`.
enum RDFReader {
    static let namespaces: Set<String> = [FeedNamespace.rss10, FeedNamespace.rss090]

    static func read(_ root: XMLTree.Element) -> Feed {
        let children = root.children.filter { namespaces.contains($0.namespaceURI ?? "") }
        let channel = children.first { $0.localName == "channel" }
        // Items are the channel's siblings; a few feeds nest them in the channel.
        let items = children.filter { $0.localName == "item" }
            + (channel?.children.filter { $0.localName == "item" && namespaces.contains($0.namespaceURI ?? "") } ?? [])
        var collector = ItemCollector()
        for item in items {
            let namespace = item.namespaceURI
            collector.add(
                link: link(of: item, namespace: namespace),
                title: FeedText.plain(item.child("title", in: namespace)),
                published: FeedDate.iso8601(item.child("date", in: FeedNamespace.dublinCore)?.text),
                authors: FeedPeople.unique(item.children("creator", in: FeedNamespace.dublinCore).map(FeedText.plain)))
        }
        return collector.feed(.rdf, title: FeedText.plain(channel?.child("title", in: channel?.namespaceURI)))
    }

    /// `<link>`, else the item's `rdf:about`.
    static func link(of item: XMLTree.Element, namespace: String?) -> String? {
        if let link = item.child("link", in: namespace),
           let url = FeedText.absoluteLink(link.text, base: link.baseURI) {
            return url
        }
        return FeedText.absoluteLink(item.attribute("about", namespace: FeedNamespace.rdf), base: item.baseURI)
    }
}
