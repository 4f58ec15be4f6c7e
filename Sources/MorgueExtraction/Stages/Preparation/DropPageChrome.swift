import MorgueDOM

/// Removes the page's furniture before the story is looked for.
///
/// Keeps: the containers of the story, even when their class names also
/// carry a furniture word ("article-sidebar-layout"), anything that holds an
/// `<article>` (other than a comment's), `<main>` or schema.org
/// `articleBody`, and big text blocks.
/// Drops: `nav`, `aside`, `footer` and `menu` elements, a `header` outside
/// an `<article>` (inside one it is the story's own header, with its lead); small
/// forms (comment forms, newsletter boxes; a page-wide ASP.NET `<form>` is
/// kept); elements whose ARIA role is navigation, complementary, banner and
/// the like; and elements whose class or id is an "unlikely candidate"
/// (comments, share bars, related links, sign-up boxes, ad slots), or a
/// short caption or picture credit (captions are their own field); for the
/// weaker words ("header", "extra"), only when the element holds little prose.
/// A layout region or weakly named block that holds most of the page's text
/// is the page's wrapper (broken markup nests the page in its `<header>`), not
/// furniture. Everything is dropped reversibly; a sparing pass
/// (`CleaningLevel`) keeps class-named blocks, then layout regions too.
enum DropPageChrome {
    /// An element with this much text (non-space characters)...
    static let proseCharacters = 1500
    /// ...and at most this share of it in links is prose, whatever its class says.
    static let proseLinkDensity = 0.25

    /// A caption or credit block (by class) holds at most this much text; more is a container.
    static let captionCharacters = 300

    /// A region (or form: ASP.NET wraps whole pages in one) holding more than
    /// this share of the page's text is a wrapper, not furniture.
    static let wrapperShare = 0.5

    static func run(_ body: Node, protected: Set<Node>, cleaning: inout Cleaning, log: inout RemovalLog) {
        if cleaning.level >= .sparingLayout { return }
        let measures = body.measureSubtree()
        let pageCharacters = max(measures[body.key]?.characters ?? 0, 1)
        let usesClassHints = cleaning.level < .sparingClassHints
        var doomed: [(Node, String)] = []
        body.walk { node in
            guard node.isElement else { return false }
            if protected.contains(node) { return true }
            if let rule = furnitureRule(node, pageCharacters: pageCharacters, measures: measures,
                                        usesClassHints: usesClassHints) {
                doomed.append((node, rule))
                return false
            }
            return true
        }
        for (node, rule) in doomed {
            log.dropped(node, by: rule)
            cleaning.detach(node)
        }
    }

    static func furnitureRule(_ node: Node, pageCharacters: Int, measures: [UInt: TextMeasure],
                              usesClassHints: Bool = true) -> String? {
        let name = node.name
        let share = Double(measures[node.key]?.characters ?? 0) / Double(pageCharacters)
        let isWrapper = share > wrapperShare
        switch name {
        case "header":
            // An article's own header holds its headline and lead; the page's header is furniture.
            if !isWrapper, !node.ancestors.contains(where: { $0.isElement("article") }) { return "chrome:header" }
        case "nav", "aside", "footer", "menu", "form":
            if !isWrapper { return "chrome:\(name)" }
        default:
            break
        }
        if !isWrapper, let role = node.attribute("role")?.lowercased(), ClassHints.unlikelyRoles.contains(role) {
            return "chrome:role=\(role)"
        }
        guard usesClassHints else { return nil }
        if name == "body" || name == "article" || name == "main" || name == "a" { return nil }
        let hints = ClassAndID(node)
        if hints.isEmpty { return nil }
        if ClassHints.caption.matches(hints), (measures[node.key]?.characters ?? 0) <= captionCharacters {
            return "chrome:caption"
        }
        if !isWrapper, ClassHints.thirdPartyWidgets.matches(hints) { return "chrome:class" }
        if ClassHints.maybeContent.matches(hints) { return nil }
        if ClassHints.unlikely.matches(hints) { return "chrome:class" }
        if ClassHints.unlikelyUnlessProse.matches(hints), !isWrapper {
            if let measure = measures[node.key], measure.characters >= proseCharacters,
               measure.linkDensity <= proseLinkDensity {
                return nil
            }
            return "chrome:class"
        }
        return nil
    }

    /// The story's likely containers and all their ancestors: never dropped as furniture.
    /// Also protects the first element whose class names it as a single
    /// story's body (`entry-content`, `article-body`, …): a theme may wrap the
    /// whole page in a box with a furniture word ("above-footer").
    static func protectedNodes(_ body: Node) -> Set<Node> {
        var result: Set<Node> = []
        var foundStoryBody = false
        body.walk { node in
            guard node.isElement else { return false }
            // A comment marked up as an <article> (WordPress's "comment-body") protects nothing.
            let isStoryArticle = node.isElement("article") && !ClassHints.comments.matches(ClassAndID(node))
            var protect = isStoryArticle || node.isElement("main")
                || ElementClues.attribute(node, "itemprop", is: "articlebody") || ElementClues.attribute(node, "itemprop", is: "text")
            if !protect, !foundStoryBody, mayNameStoryBody(node), ClassHints.storyBody.matches(ClassAndID(node)) {
                protect = true
                foundStoryBody = true
            }
            if protect {
                result.insert(node)
                for ancestor in node.ancestors { result.insert(ancestor) }
            }
            return true
        }
        return result
    }

    /// `ClassHints.storyBody`'s words, in any case.
    private static let storyBodyWords = NeedleSet(ClassHints.storyBody.substrings.needles, ignoringASCIICase: true)

    /// Whether the element's class and id, as written, hold a story-body word: without one,
    /// their `ClassAndID` cannot match `ClassHints.storyBody` (cutting a modifier off only
    /// shortens a class name, and the words hold no space), so most elements are turned
    /// away without being prepared for matching.
    private static func mayNameStoryBody(_ node: Node) -> Bool {
        var written: [UInt8] = []
        node.appendAttribute("class", to: &written)
        written.append(0x20)
        node.appendAttribute("id", to: &written)
        return storyBodyWords.occurs(in: written)
    }
}
