import MorgueDOM

/// Reads Atom 1.0 (and Atom 0.3): `<feed><entry>`.
enum AtomReader {
    static func read(_ root: XMLTree.Element) -> Feed {
        let namespace = root.namespaceURI
        let feedAuthors = names(root.children("author", in: namespace), namespace: namespace)
        var collector = ItemCollector()
        for entry in root.children("entry", in: namespace) {
            var authors = names(entry.children("author", in: namespace), namespace: namespace)
            if authors.isEmpty, let source = entry.child("source", in: namespace) {
                authors = names(source.children("author", in: namespace), namespace: namespace)
            }
            // An entry without authors has the feed's (RFC 4287, 4.2.1).
            if authors.isEmpty { authors = feedAuthors }
            collector.add(
                link: alternateLink(in: entry, namespace: namespace),
                title: FeedText.atomText(entry.child("title", in: namespace)),
                published: published(entry, namespace: namespace),
                authors: authors)
        }
        return collector.feed(.atom, title: FeedText.atomText(root.child("title", in: namespace)))
    }

    /// The `href` of the element's alternate `<link>` (no `rel`, or
    /// `rel="alternate"`), preferring one that is an HTML page, resolved
    /// against the link's base URI.
    static func alternateLink(in element: XMLTree.Element, namespace: String?) -> String? {
        let alternates = element.children("link", in: namespace).filter(isAlternate)
        let pages = alternates.filter { link in
            guard let type = FeedText.plain(link.attribute("type"))?.lowercased() else { return true }
            return type == "text/html" || type == "application/xhtml+xml"
        }
        for link in pages + alternates {
            if let url = FeedText.absoluteLink(link.attribute("href"), base: link.baseURI) { return url }
        }
        return nil
    }

    static func isAlternate(_ link: XMLTree.Element) -> Bool {
        guard let rel = FeedText.plain(link.attribute("rel"))?.lowercased() else { return true }
        return rel == "alternate" || rel == "http://www.iana.org/assignments/relation/alternate"
    }

    /// `<published>`, else `<updated>`; Atom 0.3's `<issued>`, `<modified>`, `<created>`.
    static func published(_ entry: XMLTree.Element, namespace: String?) -> String? {
        for name in ["published", "updated", "issued", "modified", "created"] {
            if let date = FeedDate.iso8601(entry.child(name, in: namespace)?.text) { return date }
        }
        return nil
    }

    /// The `<name>` of each person element.
    static func names(_ people: [XMLTree.Element], namespace: String?) -> [String] {
        FeedPeople.unique(people.map { FeedText.plain($0.child("name", in: namespace)) })
    }
}
