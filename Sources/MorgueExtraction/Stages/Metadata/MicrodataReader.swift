import MorgueDOM

/// What the page's schema.org microdata (`itemprop` attributes) says
/// about the story.
struct MicrodataFacts {
    var headline: String?
    var authors: [String] = []
    var organizationAuthor: String?
    var published: String?
    var modified: String?
    var publisherName: String?
    var section: String?
    /// The elements the author names were read from.
    var authorNodes: [Node] = []
}

/// Reads `itemprop` properties of the page's story: those of an item of a
/// story type (Article, NewsArticle, BlogPosting, …), of a WebPage, or of
/// no item at all. Properties of comments, reviews, products and other
/// items are ignored, so a commenter is never taken for the author.
enum MicrodataReader {
    /// Longest author value accepted: longer text is a bio or a teaser.
    static let maxAuthorLength = 80

    static func read(document: HTMLDocument, elements: MetadataElements? = nil) -> MicrodataFacts {
        var facts = MicrodataFacts()
        let elements = elements ?? MetadataElements(document: document)
        // Most properties share their item with others, and most items their type: each item is
        // judged once, each type (the item's `itemtype`, or none) once.
        var verdicts: [Node: Bool] = [:]
        var verdictsByType: [String?: Bool] = [:]
        for node in elements.itemprops {
            guard let props = node.attribute("itemprop") else { continue }
            if let owner = owner(of: node) {
                var accepts = verdicts[owner]
                if accepts == nil {
                    let type = owner.attribute("itemtype")
                    accepts = verdictsByType[type] ?? acceptsStoryProperties(itemType: type)
                    verdictsByType[type] = accepts
                    verdicts[owner] = accepts
                }
                guard accepts == true else { continue }
            }
            for prop in props.lowercased().split(separator: " ") {
                switch prop {
                case "headline":
                    if facts.headline == nil { facts.headline = value(of: node) }
                case "datepublished":
                    if facts.published == nil { facts.published = dateValue(of: node) }
                case "datemodified":
                    if facts.modified == nil { facts.modified = dateValue(of: node) }
                case "articlesection":
                    if facts.section == nil { facts.section = value(of: node) }
                case "publisher":
                    if facts.publisherName == nil { facts.publisherName = itemName(of: node) }
                case "author", "creator":
                    readAuthor(node, into: &facts)
                default:
                    break
                }
            }
        }
        return facts
    }

    private static func readAuthor(_ node: Node, into facts: inout MicrodataFacts) {
        guard let name = itemName(of: node), name.count <= maxAuthorLength, !JSONLDReader.looksLikeURL(name) else { return }
        let type = node.attribute("itemtype").map(MetadataKeys.bareType) ?? ""
        if MetadataKeys.organizationTypes.contains(type) {
            if facts.organizationAuthor == nil { facts.organizationAuthor = name }
        } else if facts.authors.count < ReadMetadata.maxAuthors, !facts.authors.contains(name) {
            facts.authors.append(name)
            facts.authorNodes.append(node)
        }
    }

    /// The item that owns `node`'s properties: its nearest ancestor with `itemscope`.
    static func owner(of node: Node) -> Node? {
        var current = node.parent
        while let ancestor = current {
            if ancestor.hasAttribute(named: "itemscope") { return ancestor }
            current = ancestor.parent
        }
        return nil
    }

    /// True when an item (an element with `itemscope`) is the story, a web page, or of no type.
    static func acceptsStoryProperties(_ item: Node) -> Bool {
        acceptsStoryProperties(itemType: item.attribute("itemtype"))
    }

    /// `acceptsStoryProperties` of an item whose `itemtype` is `type` (nil: it has none).
    static func acceptsStoryProperties(itemType type: String?) -> Bool {
        guard let type else { return true }
        let bare = MetadataKeys.bareType(type.split(separator: " ").first.map(String.init) ?? type)
        return MetadataKeys.isArticleType(bare) || bare.hasSuffix("webpage") || bare == "website"
    }

    /// The name of an item (its `itemprop=name`), or the element's own value.
    static func itemName(of node: Node) -> String? {
        if node.hasAttribute("itemscope") {
            var found: String?
            node.walk { child in
                if found != nil { return false }
                if child.isElement, let props = child.attribute("itemprop"),
                   props.lowercased().split(separator: " ").contains("name") {
                    found = value(of: child)
                    return false
                }
                return true
            }
            if let found { return found }
        }
        return value(of: node)
    }

    /// An element's property value: `content`, else its text.
    static func value(of node: Node) -> String? {
        let raw = node.attribute("content") ?? node.textContent
        let text = TextNormalization.collapse(EntityDecoding.decode(raw))
        return text.isEmpty ? nil : text
    }

    static func dateValue(of node: Node) -> String? {
        for attribute in ["content", "datetime", "title"] {
            if let v = node.attribute(attribute).map(TextNormalization.collapse), !v.isEmpty { return v }
        }
        return value(of: node)
    }
}
