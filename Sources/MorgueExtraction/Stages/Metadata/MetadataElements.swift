import MorgueDOM

/// The elements that the readers of a page's own metadata look at,
/// gathered in one walk of the whole document (a lenient parser may move
/// them out of `<head>`), each list in document order.
///
/// Keeps: `<meta>` elements and other elements with a `property`
/// attribute (`MetaTags`); `<script>` elements (`JSONLDReader`); elements
/// with an `itemprop` attribute (`MicrodataReader`); the first `<title>`
/// outside an `<svg>`; `<link>` and `<base>` elements; and the body's
/// `<a>` elements whose `rel` holds "category", outside navigation, asides,
/// footers and other such links (`ReadMetadata`); the body's first
/// `maxBreadcrumbs` elements whose class or id holds "crumb"; the first `<h1>`
/// outside navigation, asides and footers (`ReadMetadata`); and the
/// parents of links to the site's root followed by a ">", "›" or "»"
/// (`Breadcrumbs`); the body's first `maxCurrentLinks` links marked
/// `aria-current="page"` (a menu's link to the page itself, `ReadMetadata`).
/// Drops everything else. (`<meta>`, `<link>` and `<base>` never hold
/// elements, nor does a `<script>`: the parser reads its content as text.)
struct MetadataElements {
    var tagged: [Node] = []
    var scripts: [Node] = []
    var itemprops: [Node] = []
    var title: Node?
    var links: [Node] = []
    var bases: [Node] = []
    var categoryLinks: [Node] = []
    /// Elements whose class or id holds "crumb" ("breadcrumb", "post_crumb", "navBreadcrumbs").
    var breadcrumbs: [Node] = []
    /// Elements holding a link to the site's root followed by a separator and another link: an unclassed trail.
    var linkTrails: [Node] = []
    /// The body's first `<h1>` outside navigation, asides and footers: the story's header stands before it.
    var firstHeading: Node?
    /// Links marked `aria-current="page"`: the menu item of the page being shown.
    var currentLinks: [Node] = []
    /// Most `aria-current` links gathered: a page marks one in each of its menus.
    static let maxCurrentLinks = 8
    /// Most breadcrumb elements (and unclassed trails) gathered: a trail stands near the top of the page.
    static let maxBreadcrumbs = 12

    init(document: HTMLDocument) {
        assert(PackedTags.areExact, "a packed tag literal differs from Node.packedName")
        guard let root = document.root else { return }
        var walk = Walk()
        walk.children(of: root, into: &self)
    }

    /// Where the walk stands.
    private struct Walk {
        var insideSVG = 0
        /// Inside the document's first `<body>` (`HTMLDocument.body`).
        var insideBody = false
        var bodySeen = false
        /// Inside `<nav>`, `<aside>`, `<footer>` or a category link, where no category link is read.
        var insideCategoryFence = 0

        mutating func children(of parent: Node, into elements: inout MetadataElements) {
            var child = parent.firstChild
            while let node = child {
                if node.isElement { element(node, into: &elements) }
                child = node.nextSibling
            }
        }

        mutating func element(_ node: Node, into elements: inout MetadataElements) {
            let tag = MetadataElements.tag(of: node)
            // Most elements carry none of these attributes, which one pass over their attributes tells.
            let marked = node.anyAttribute("property", "itemprop", "rel", satisfies: { _ in true })
            if tag == .meta || (marked && node.hasAttribute(named: "property")) { elements.tagged.append(node) }
            if marked, node.hasAttribute(named: "itemprop") { elements.itemprops.append(node) }
            switch tag {
            case .script: elements.scripts.append(node)
            case .title where insideSVG == 0 && elements.title == nil: elements.title = node
            case .link: elements.links.append(node)
            case .base: elements.bases.append(node)
            default: break
            }
            var fences = 0
            if insideBody {
                if tag == .navAsideOrFooter {
                    fences = 1
                } else if tag == .h1, elements.firstHeading == nil, insideCategoryFence == 0 {
                    elements.firstHeading = node
                } else if tag == .a, marked, ElementClues.hasToken(node, "rel", bytes: MetadataElements.category) {
                    if insideCategoryFence == 0 { elements.categoryLinks.append(node) }
                    fences = 1
                }
                if tag == .a, elements.currentLinks.count < MetadataElements.maxCurrentLinks,
                   node.attribute("aria-current").map({ ASCIIText.lowercased($0) == "page" }) == true {
                    elements.currentLinks.append(node)
                }
                if elements.breadcrumbs.count < MetadataElements.maxBreadcrumbs, namesCrumb(node) {
                    elements.breadcrumbs.append(node)
                }
                if tag == .a, elements.linkTrails.count < MetadataElements.maxBreadcrumbs, let parent = node.parent,
                   Breadcrumbs.startsTrail(node), elements.linkTrails.last != parent {
                    elements.linkTrails.append(parent)
                }
            }
            let isBody = !bodySeen && node.name == "body"
            if isBody {
                bodySeen = true
                insideBody = true
            }
            if tag == .svg { insideSVG += 1 }
            insideCategoryFence += fences
            children(of: node, into: &elements)
            insideCategoryFence -= fences
            if tag == .svg { insideSVG -= 1 }
            if isBody { insideBody = false }
        }

        /// Whether the element's class or id holds "crumb", in any ASCII case: both are read
        /// in place, in one pass over the element's attributes.
        func namesCrumb(_ node: Node) -> Bool {
            node.anyAttribute("class", "id", "id", satisfies: MetadataElements.holdsCrumb)
        }
    }

    /// Whether the bytes hold "crumb", in any ASCII case: a "c" opens the comparison.
    private static func holdsCrumb(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let crumb = MetadataElements.crumb, count = crumb.count
        guard bytes.count >= count else { return false }
        for start in 0...(bytes.count - count) where bytes[start] | 0x20 == crumb[0] {
            var k = 1
            while k < count, ASCIIText.lower(bytes[start + k]) == crumb[k] { k += 1 }
            if k == count { return true }
        }
        return false
    }

    private static let crumb = Array("crumb".utf8)
    private static let category = Array("category".utf8)

    private enum Tag { case other, meta, script, title, svg, link, base, a, h1, navAsideOrFooter }

    /// The element's tag, its name folded to lower case as `Node.isElement(_:)` folds it.
    private static func tag(of node: Node) -> Tag {
        switch node.packedName {
        case 0: return .other
        case PackedTags.meta: return .meta
        case PackedTags.script: return .script
        case PackedTags.title: return .title
        case PackedTags.svg: return .svg
        case PackedTags.link: return .link
        case PackedTags.base: return .base
        case PackedTags.a: return .a
        case PackedTags.h1: return .h1
        case PackedTags.nav, PackedTags.aside, PackedTags.footer: return .navAsideOrFooter
        default: return .other
        }
    }
}
