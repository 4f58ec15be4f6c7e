import MorgueDOM

/// Removes what a reader never sees as text.
///
/// Keeps: every visible element, and images (captions need them). In a
/// sparing pass (`CleaningLevel.sparingClassHints` and after) the content of
/// `noscript` takes the element's place: some pages put the whole story there
/// for readers without scripts; in the most sparing pass hidden elements stay
/// too (some pages hide the story until a script shows it).
/// Drops: scripts, styles, templates, embedded media and form controls, and
/// comments, for good; `noscript`, and elements hidden by the `hidden`
/// attribute, `aria-hidden="true"` (on a block other than a carousel's slide,
/// which a swipe shows: `isCarouselSlide`), an inline `display:none` /
/// `visibility:hidden`, a screen-reader-only class, or a tooltip (a popup
/// shown on hover: `role="tooltip"`, class "tooltip"), reversibly; but not
/// a hidden element that holds the page's `<main>` or `<article>` and most
/// of its text (broken markup has nested the page inside it).
enum DropInvisible {
    static func run(_ root: Node, cleaning: inout Cleaning, log: inout RemovalLog) {
        var doomed: [(Node, Reason)] = []
        var unwrapped: [Node] = []
        let keepsNoscript = cleaning.level >= .sparingClassHints
        let keepsHidden = cleaning.level >= .sparingLayout
        var pageCharacters: Int?
        root.walk { node in
            switch node.kind {
            case .comment:
                doomed.append((node, .comment))
                return false
            case .element:
                if node.isElement("noscript") {
                    if keepsNoscript {
                        unwrapped.append(node)
                        return true
                    }
                    doomed.append((node, .noscript))
                    return false
                }
                if HTMLTags.neverContentTags.contains(node) {
                    doomed.append((node, .neverContent))
                    return false
                }
                if !keepsHidden, isHidden(node) {
                    // Broken markup can nest the whole page in a hidden menu (an unclosed <div> in a
                    // submenu swallows everything after it): an element holding the page's <main> or
                    // <article> and most of its text is the page, not something hidden from it.
                    // Its hidden parts are still dropped.
                    if holdsStoryContainer(node) {
                        if pageCharacters == nil { pageCharacters = max(root.textMeasure.characters, 1) }
                        let share = Double(node.textMeasure.characters) / Double(pageCharacters ?? 1)
                        if share > DropPageChrome.wrapperShare { return true }
                    }
                    doomed.append((node, .hidden))
                    return false
                }
                return true
            default:
                return false
            }
        }
        for node in unwrapped { node.unwrap() }
        // What goes for good goes first, so that what is detached keeps neighbours that stay.
        for (node, reason) in doomed where !reason.isReversible {
            // (The rule, which names the tag, is spelt out only for a log that keeps it.)
            if log.enabled, reason == .neverContent {
                let rule = "invisible:\(node.name)"
                if rule != "invisible:script", rule != "invisible:style" { log.dropped(node, by: rule) }
            }
            cleaning.remove(node)
        }
        for (node, reason) in doomed where reason.isReversible {
            log.dropped(node, by: reason == .noscript ? "invisible:noscript" : "invisible:hidden")
            cleaning.detach(node)
        }
    }

    /// Why a node goes, and so the rule logged for it.
    private enum Reason {
        /// A comment: removed for good, and not logged.
        case comment
        /// A `neverContentTags` element: removed for good, logged as "invisible:" and its tag (but scripts and styles).
        case neverContent
        /// "invisible:noscript", detached.
        case noscript
        /// "invisible:hidden", detached.
        case hidden

        var isReversible: Bool { self == .noscript || self == .hidden }
    }

    /// A carousel's slide (`ClassHints.carouselSlide`), or an element child of a carousel's track
    /// (`ClassHints.carouselTrack`).
    static func isCarouselSlide(_ node: Node) -> Bool {
        if DropPageChrome.classOrID(of: node, holdsAnyOf: slideWords), ClassHints.carouselSlide.matches(ClassAndID(node)) {
            return true
        }
        guard let parent = node.parent, parent.isElement else { return false }
        return DropPageChrome.classOrID(of: parent, holdsAnyOf: trackWords) && ClassHints.carouselTrack.matches(ClassAndID(parent))
    }

    private static let slideWords = ClassHints.carouselSlide.writtenWords
    private static let trackWords = ClassHints.carouselTrack.writtenWords

    /// Whether a `<main>` or `<article>` element lies below `node`.
    static func holdsStoryContainer(_ node: Node) -> Bool {
        node.firstDescendant(named: "main") != nil || node.firstDescendant(named: "article") != nil
    }

    static func isHidden(_ node: Node) -> Bool {
        // Most elements carry none of the first three attributes: one pass over the attributes tells.
        if node.anyAttribute("hidden", "aria-hidden", "style", satisfies: { _ in true }) {
            if node.hasAttribute(named: "hidden") { return true }
            if node.attribute("aria-hidden", satisfies: { equalsIgnoringASCIICase($0, trueBytes) }) {
                // Icons and decorative images are often aria-hidden inside real text; only whole blocks count.
                // A carousel's slides out of view are aria-hidden for screen readers, and shown by a swipe.
                return HTMLTags.block.contains(node.name) && !isCarouselSlide(node)
            }
            if let style = node.attributeBytes("style") {
                // Lower-cased, without white space: "Display: None" is "display:none".
                let compact = style.compactMap { byte -> UInt8? in
                    ASCIIText.isSpace(byte) ? nil : ASCIIText.lower(byte)
                }
                if hiddenStyles.occurs(in: compact) { return true }
            }
        }
        // (Most class lists hold none of the words: one scan turns them away.)
        if node.attribute("class", satisfies: {
            hidingClassWords.occurs(in: $0) && (screenReaderOnly.occurs(in: $0) || isTooltip($0))
        }) { return true }
        return node.attribute("role", satisfies: { equalsIgnoringASCIICase($0, tooltipRole) })
    }

    /// Whether `bytes` equal `lowercase` (lower-case bytes) once their ASCII letters are lower-cased.
    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8]) -> Bool {
        bytes.count == lowercase.count && zip(bytes, lowercase).allSatisfy { ASCIIText.lower($0) == $1 }
    }

    /// A class list naming a popup shown only while the pointer rests on a term
    /// (a glossary's definition): a whole class token, so that the term's own
    /// "has-tooltip" stays.
    static func isTooltip(_ className: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every popup class holds "tooltip": most class lists are never split.
        guard tooltipMark.occurs(in: className) else { return false }
        return className.split(whereSeparator: ASCIIText.isSpace).contains { token in
            tooltipClasses.contains { $0.count == token.count && zip($0, token).allSatisfy { $0 == ASCIIText.lower($1) } }
        }
    }

    private static let tooltipRole = Array("tooltip".utf8)

    /// The word every one of `tooltipClasses` holds, in any case.
    private static let tooltipMark = NeedleSet(["tooltip"], ignoringASCIICase: true)

    /// Popup classes (Bootstrap's "tooltip", the common CSS recipe's "tooltiptext", BEM variants).
    private static let tooltipClasses = ["tooltip", "tooltiptext", "tooltip-content", "tooltip__content"]
        .map { Array($0.utf8) }

    private static let trueBytes = Array("true".utf8)

    /// Inline styles that hide an element.
    private static let hiddenStyles = NeedleSet(["display:none", "visibility:hidden"])

    /// Classes that hide text from sighted readers (WordPress, Bootstrap, news themes; the utility
    /// classes of design systems: "u-hide-visually", "a11y-hidden"), and the
    /// symbol a link prints for screen readers when it opens a new tab (", opens new tab").
    private static let screenReaderOnly = NeedleSet(["screen-reader-text", "sr-only", "visually-hidden",
                                                     "visuallyhidden", "hide-visually", "a11y-hidden",
                                                     "element-invisible", "offscreen", "off-screen",
                                                     "new-tab-symbol", "new-window-symbol"],
                                                    ignoringASCIICase: true)

    /// The words of `screenReaderOnly` and `tooltipMark` together: a class list holding none of them is
    /// neither.
    private static let hidingClassWords = NeedleSet(screenReaderOnly.needles + tooltipMark.needles,
                                                    ignoringASCIICase: true)
}
