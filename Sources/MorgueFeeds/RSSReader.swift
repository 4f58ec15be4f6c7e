import MorgueDOM

/// Reads RSS 2.0 (and 0.91/0.92): `<rss><channel><item>`.
enum RSSReader {
    static func read(_ root: XMLTree.Element) -> Feed {
        let channel = root.child("channel", in: nil)
        // Some feeds put their items next to the channel instead of inside it.
        let items = (channel?.children("item", in: nil) ?? []) + root.children("item", in: nil)
        var collector = ItemCollector()
        for item in items {
            collector.add(
                link: link(of: item),
                title: FeedText.plain(item.child("title", in: nil)),
                published: published(item),
                authors: authors(of: item))
        }
        return collector.feed(.rss, title: FeedText.plain(channel?.child("title", in: nil)))
    }

    /// `<link>`, else an Atom alternate link, else a `<guid>` that is a
    /// permalink (`isPermaLink` not "false") and an absolute web URL.
    static func link(of item: XMLTree.Element) -> String? {
        if let link = item.child("link", in: nil),
           let url = FeedText.absoluteLink(link.text, base: link.baseURI) {
            return url
        }
        if let url = AtomReader.alternateLink(in: item, namespace: FeedNamespace.atom) {
            return url
        }
        if let guid = item.child("guid", in: nil),
           FeedText.plain(guid.attribute("isPermaLink"))?.lowercased() != "false",
           let text = FeedText.plain(guid), FeedText.isWebURL(text) {
            return text
        }
        return nil
    }

    /// `<pubDate>` (RFC 822), else `<dc:date>` (W3C date-time).
    static func published(_ item: XMLTree.Element) -> String? {
        if let date = FeedDate.iso8601(item.child("pubDate", in: nil)?.text) { return date }
        return FeedDate.iso8601(item.child("date", in: FeedNamespace.dublinCore)?.text)
    }

    /// Every `<dc:creator>`, else the names in `<author>` e-mail fields.
    static func authors(of item: XMLTree.Element) -> [String] {
        let creators = FeedPeople.unique(item.children("creator", in: FeedNamespace.dublinCore).map(FeedText.plain))
        if !creators.isEmpty { return creators }
        return FeedPeople.unique(item.children("author", in: nil).map { FeedPeople.nameFromRSSAuthor($0.text) })
    }
}
