import Foundation
import MorgueDOM

/// Puts the story's lead in front of its body when the page sets it apart.
///
/// News and magazine themes print the lead (standfirst, dek, "Vorspann")
/// in the article's header, above the container that scores as the story,
/// so the scoring leaves it out. This stage looks in the story's article (the
/// nearest `<article>`, `<main>` or `articleBody` above the first container,
/// at most `scopeLevels` up) for elements before the story whose class or id
/// names a lead (`ClassHints.lead`) or whose microdata is `description`.
///
/// A lead printed between the headline and the story that repeats the
/// page's description (`og:description`, JSON-LD `description`) word for
/// word is a lead too, whatever its markup: the dek under an `<h1>`. Without
/// either, the paragraph right after the headline's `<h1>` is the lead
/// (`standfirst`: the dek in a hero block over a scrollytelling story), or
/// the one paragraph or subheading of a wrapper standing there (a dek's `<div>`
/// around its `<p>`), or a list of a few key points standing there (`keyPoints`: a React page's
/// summary bullets, one paragraph each), unless the story's text already holds it. Test ids
/// (`data-qa="ContentSummary-…"`) name a lead as classes do.
///
/// Keeps: such a lead, when it holds at least `minCharacters` of text and few links; a Chinese,
/// Japanese or Korean character counts `cjkCharacterWeight` times (`isLongEnough`), as `CountWords`
/// counts each one a word: a Korean dek says in 25 characters what an English one says in 60.
/// Drops: nothing; it only adds containers.
enum AddLead {
    /// How far above the first container the story's article is looked for.
    static let scopeLevels = 5
    /// Without an article element, the lead is looked for this many levels up.
    static let fallbackScopeLevels = 2
    /// A lead has at least this much text (non-space characters)...
    static let minCharacters = 40
    /// ...where a Han, kana or Hangul character (`CountWords.isCJK`) counts this many times.
    static let cjkCharacterWeight = 2
    /// ...and at most this share of it in links.
    static let maxLinkDensity = 0.3

    /// `dek`: the element `dek(in:description:)` found before cleaning; `standfirst`: the one
    /// `standfirst(in:headline:siteName:)` found, taken when no lead is found otherwise.
    static func run(_ roots: [Node], body: Node, measures: [UInt: TextMeasure], dek: Node? = nil,
                    standfirst: Node? = nil) -> [Node] {
        guard let first = roots.first, first != body else { return roots }
        func outside(_ node: Node) -> Bool { !roots.contains(where: { $0 == node || node.ancestors.contains($0) }) }
        if let dek, outside(dek) { return [dek] + roots }
        let withStandfirst = standfirst.map { outside($0) && !standsIn(roots, $0) ? [$0] + roots : roots } ?? roots
        guard let scope = scope(above: first, body: body) else { return withStandfirst }
        let rootSet = Set(roots)
        var leads: [Node] = []
        var reachedStory = false
        scope.walk { node in
            if reachedStory || !node.isElement { return false }
            // Captions describe a picture, not the story.
            if node.isElement("figure") || node.isElement("figcaption") { return false }
            if rootSet.contains(node) {
                reachedStory = true
                return false
            }
            guard isLead(node), let measure = measures[node.key], isLongEnough(node, measure),
                  measure.linkDensity <= maxLinkDensity else { return true }
            // A lead-named wrapper around the story itself is not a lead.
            if roots.contains(where: { $0.ancestors.contains(node) }) { return true }
            leads.append(node)
            return false
        }
        guard reachedStory, !leads.isEmpty else { return withStandfirst }
        return leads + roots
    }

    /// How many paragraph-like elements after the first `<h1>` are compared with the description.
    static let dekWindow = 40
    /// A description longer than this (in UTF-8 bytes) is no dek.
    static let maxDekBytes = 2000

    /// The paragraph-like element (a `<p>`, a subhead, a `<div>` of text)
    /// among the first `dekWindow` after the first `<h1>` whose text is the
    /// page's description; a description cut short with "…" matches the lead
    /// it starts. Read before the page is cleaned: themes print the dek in
    /// the article's `<header>`, which cleaning takes for page chrome.
    static func dek(in body: Node, description: String) -> Node? {
        guard description.utf8.count <= maxDekBytes else { return nil }
        var wanted = CollectBlocks.key(description)
        var truncated = false
        for ellipsis in ["…", "..."] where wanted.hasSuffix(ellipsis) {
            wanted = String(wanted.dropLast(ellipsis.count)).trimmingCharacters(in: .whitespaces)
            truncated = true
        }
        guard wanted.count >= minCharacters || weightedCharacters(wanted) >= minCharacters else { return nil }
        // The description's characters other than spaces: an element whose text has far more or far
        // fewer (counted without building its text) cannot be it.
        let wantedCharacters = wanted.unicodeScalars.filter { !TextNormalization.isSpace($0) }.count
        var afterHeadline = false
        var left = dekWindow
        var found: Node?
        body.walk { node in
            if left <= 0 || found != nil || !node.isElement { return false }
            if node.isElement("h1") {
                afterHeadline = true
                return false
            }
            if node.isElement("figure") || ElementClues.isInvisible(node) { return false }
            guard afterHeadline else { return true }
            guard isParagraphLike(node) else { return true }
            left -= 1
            let characters = node.textMeasure.characters
            guard characters >= wantedCharacters - 2, truncated || characters <= wantedCharacters + minCharacters,
                  let text = ElementText.spaced(node, ifAtMost: wanted.count + minCharacters) else { return false }
            let key = CollectBlocks.key(text)
            if key == wanted || (truncated && key.hasPrefix(wanted)) { found = node }
            return false
        }
        return found
    }

    /// The standfirst printed right after the headline in the block that holds it (a hero `<header>` over
    /// the story: kicker, `<h1>`, dek, byline): the next element with text after the `<h1>` that prints the
    /// story's headline (not a blog's site title over its tagline, `linksHome`, nor a headline that is the
    /// site's name), when it is paragraph-like (`isParagraphLike`), of at least `minCharacters` and few links.
    /// Read before the page is cleaned, like `dek`: the hero is often taken for page chrome.
    static func standfirst(in body: Node, headline: String, siteName: String? = nil) -> Node? {
        let wanted = CollectBlocks.key(headline)
        guard !wanted.isEmpty, wanted != siteName.map(CollectBlocks.key) else { return nil }
        var found: Node?
        body.walk { node in
            if found != nil || !node.isElement { return false }
            if node.isElement("figure") || ElementClues.isInvisible(node) { return false }
            guard node.isElement("h1") else { return true }
            if CollectBlocks.key(node.textContent) == wanted, !linksHome(node) { found = node }
            return false
        }
        var next = found?.nextSibling
        while let current = next, !current.isElement || current.textMeasure.characters == 0 { next = current.nextSibling }
        guard let next else { return nil }
        if let list = keyPoints(next) { return list }
        guard let lead = isParagraphLike(next) ? next : onlyParagraph(of: next) else { return nil }
        let measure = lead.textMeasure
        guard isLongEnough(lead, measure), measure.linkDensity <= maxLinkDensity else { return nil }
        return lead
    }

    /// Most items of a list of key points read as the standfirst.
    static let maxKeyPoints = 4

    /// A list of key points standing as the standfirst (a `<ul>`, or a wrapper holding only one, of 1 to
    /// `maxKeyPoints` items, each a paragraph, `isParagraphLike`, or plain text, of at least
    /// `minCharacters` and few links): the list, which the body prints one paragraph per item.
    static func keyPoints(_ node: Node) -> Node? {
        var list = node
        if !node.isElement("ul") && !node.isElement("ol") {
            guard leadWrappers.contains(node.name) else { return nil }
            let children = node.elementChildren.filter { $0.textMeasure.characters > 0 }
            guard children.count == 1, let only = children.first, only.isElement("ul") || only.isElement("ol"),
                  node.textMeasure.characters == only.textMeasure.characters else { return nil }
            list = only
        }
        let items = list.elementChildren
        guard (1...maxKeyPoints).contains(items.count) else { return nil }
        for item in items {
            guard item.isElement("li") else { return nil }
            let parts = item.elementChildren.filter { $0.textMeasure.characters > 0 }
            guard parts.count <= 1, parts.allSatisfy(isParagraphLike) else { return nil }
            let measure = item.textMeasure
            guard isLongEnough(item, measure), measure.linkDensity <= maxLinkDensity else { return nil }
        }
        return list
    }

    /// Whether `lead`'s text stands in the text of `roots` already: a page that prints its standfirst in the
    /// hero and again as the story's first paragraph.
    static func standsIn(_ roots: [Node], _ lead: Node) -> Bool {
        let wanted = CollectBlocks.key(lead.textContent)
        guard !wanted.isEmpty else { return true }
        return roots.contains { CollectBlocks.key($0.textContent).contains(wanted) }
    }

    /// The elements that wrap a standfirst's paragraph.
    static let leadWrappers: Set<String> = ["div", "section"]

    /// The one paragraph or subheading (`isParagraphLike`) a wrapper holds and nothing else, no text of its own
    /// nor another element with text (`<div class="dek"><p>…</p></div>`); nil for any other element.
    static func onlyParagraph(of wrapper: Node) -> Node? {
        guard leadWrappers.contains(wrapper.name) else { return nil }
        var only: Node?
        var child = wrapper.firstChild
        while let current = child {
            child = current.nextSibling
            if current.isText {
                if current.textMeasure.characters > 0 { return nil }
                continue
            }
            guard current.isElement, current.textMeasure.characters > 0 else { continue }
            guard only == nil, isParagraphLike(current) else { return nil }
            only = current
        }
        return only
    }

    /// Whether `node` (measured `measure`) holds at least `minCharacters` of text, a Han, kana or Hangul
    /// character counting `cjkCharacterWeight` times. The text is read only when its count could reach it.
    static func isLongEnough(_ node: Node, _ measure: TextMeasure) -> Bool {
        if measure.characters >= minCharacters { return true }
        guard measure.characters * cjkCharacterWeight >= minCharacters else { return false }
        return weightedCharacters(node.textContent) >= minCharacters
    }

    /// The non-space characters of `text`, a Han, kana or Hangul one counting `cjkCharacterWeight` times.
    static func weightedCharacters(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !TextNormalization.isSpace(scalar) {
            count += CountWords.isCJK(scalar) ? cjkCharacterWeight : 1
        }
        return count
    }

    /// Whether a heading's text is one link to the site's home page ("/", "https://example.com/"): a blog's
    /// title over its tagline, not a story's headline.
    static func linksHome(_ heading: Node) -> Bool {
        let links = heading.descendants(named: "a")
        guard links.count == 1, let link = links.first, let href = link.attribute("href"),
              link.textMeasure.characters == heading.textMeasure.characters else { return false }
        let trimmed = href.trimmingCharacters(in: .whitespaces)
        if trimmed == "/" { return true }
        guard let url = URL(string: trimmed), url.host != nil else { return false }
        return url.path.isEmpty || url.path == "/"
    }

    static func isParagraphLike(_ node: Node) -> Bool {
        switch node.name {
        case "p", "h2", "h3", "h4", "h5", "h6", "span", "strong", "em": return true
        case "div": return ScoreCandidates.isParagraphDiv(node)
        default: return false
        }
    }

    /// The story's article: the nearest article-like ancestor, or a near ancestor.
    static func scope(above node: Node, body: Node) -> Node? {
        var level = 0
        var fallback: Node?
        var current = node.parent
        while let candidate = current, candidate != body, level < scopeLevels {
            level += 1
            if level == fallbackScopeLevels { fallback = candidate }
            if candidate.isElement("article") || candidate.isElement("main")
                || candidate.attribute("itemprop")?.lowercased() == "articlebody" {
                return candidate
            }
            current = candidate.parent
        }
        return fallback
    }

    static func isLead(_ node: Node) -> Bool {
        if let itemprop = node.attribute("itemprop")?.lowercased(), itemprop == "description" || itemprop == "abstract" {
            return true
        }
        // (A React page names its lead only in a test id: "ContentSummary-Container".)
        let hints = ClassAndID(node, includingTestID: true)
        return !hints.isEmpty && ClassHints.lead.matches(hints) && !ClassHints.personCard.matches(hints)
    }
}
