import Foundation
import MorgueDOM

/// One step of a breadcrumb trail: its name, and its address when it links somewhere.
struct Crumb: Sendable, Equatable {
    var name: String
    var url: String?
}

/// Reads a page's breadcrumb trail ("Home › News › Local › this story")
/// and names the story's section from it: the deepest step that is not
/// the story itself. `ReadMetadata` asks it when no meta tag, JSON-LD
/// `articleSection`, microdata or category link names the section, and to
/// choose among several `articleSection` entries or against a section in
/// Latin letters on a page in another script.
///
/// Keeps: schema.org `BreadcrumbList` items in order of `position`
/// (`JSONLDReader`); the links of an element whose class or id holds
/// "crumb", and the texts between its separators after the first link (of
/// nested such elements, the innermost that holds two steps or more); a run
/// of links from the site's root joined by ">", "›", "»" or "→" with no
/// class (old table layouts).
/// Drops: a printed trail that neither starts at the site's home (or its
/// name) nor ends at the story (a footer menu or share bar styled as a
/// trail, "previous | next"), or that is longer than `maxSteps` steps or
/// `maxTrailCharacters`; the prompt before a trail ("Sie sind hier:") and a
/// screen reader's label ("Current:"); hidden steps, form controls and a
/// step's drop-down menu; links to "javascript:"; the unlinked steps after
/// the last link, and a structured trail's last item without an address
/// (the page itself). As a section it passes over the story's own step
/// (its title, or a link to the page), the site's home ("Startseite",
/// "Zurück zur Startseite", "新澜网首页", a link to "/"), the site's own
/// name, a label for the page ("正文", "Artikel"), WordPress's default
/// category, a dated archive or numbered issue ("Dezember 2021", "KW 15"),
/// and steps longer than a section's name.
enum Breadcrumbs {
    /// Most steps in a trail: past that, a list is a menu.
    static let maxSteps = 12
    /// Most characters in a trail's element: past that, it wraps more than a trail.
    static let maxTrailCharacters = 600
    /// Most words and characters in a section's name: longer steps are headlines.
    static let maxSectionWords = 6
    static let maxSectionCharacters = 40

    /// What the section's step must not be.
    struct Page {
        /// The story's titles, as `wordKey` makes them.
        var titles: [String]
        /// The page's own addresses, as `addressKey` makes them.
        var addresses: Set<String>
        /// The site's names, folded.
        var siteNames: Set<String>

        init(titles: [String], addresses: [String], siteNames: [String]) {
            self.titles = titles.map(Breadcrumbs.wordKey).filter { !$0.isEmpty }
            self.addresses = Set(addresses.map(Breadcrumbs.addressKey))
            self.siteNames = Set(siteNames.map(TextComparison.fold).filter { !$0.isEmpty })
        }
    }

    /// The deepest step of `trail` that names a section, or nil.
    static func section(of trail: [Crumb], page: Page) -> String? {
        for (index, crumb) in trail.enumerated().reversed() {
            let name = crumb.name
            let folded = TextComparison.fold(name)
            if name.count < 2 || !name.contains(where: \.isLetter) || isStory(crumb, folded: folded, page: page)
                || isHome(crumb, folded: folded, first: index == 0) { continue }
            if page.siteNames.contains(folded) || MetadataKeys.breadcrumbPageLabels.contains(folded)
                || MetadataKeys.defaultCategories.contains(folded) { continue }
            if isArchive(name) || name.count > maxSectionCharacters || name.split(separator: " ").count > maxSectionWords { continue }
            return name
        }
        return nil
    }

    /// The story's own step: a link to the page, or its title (in full, cut short with an ellipsis, or
    /// without the site's name before it).
    static func isStory(_ crumb: Crumb, folded: String, page: Page) -> Bool {
        if let url = crumb.url, page.addresses.contains(addressKey(url)) { return true }
        let key = wordKey(folded)
        guard !key.isEmpty else { return false }
        return page.titles.contains { title in
            title == key || (key.split(separator: " ").count >= 3 && key.count * 3 >= title.count
                             && (title.hasPrefix(key) || title.hasSuffix(key)))
        }
    }

    /// A text's words, folded, joined by single spaces: "Endlich mehr Beschleunigung wagen!" and
    /// "endlich mehr Beschleunigung wagen" are one.
    static func wordKey(_ text: String) -> String {
        TextComparison.words(TextComparison.fold(text)).joined(separator: " ")
    }

    /// A step of a dated archive or a numbered issue: "Dezember 2021", "January", "Nachrichten Februar
    /// 2022", "KW 15", "Ausgabe: 43".
    static func isArchive(_ name: String) -> Bool {
        let words = TextComparison.words(name)
        let isNumber: (String) -> Bool = { $0.allSatisfy(\.isNumber) }
        if words.count <= 2, let last = words.last, isNumber(last) { return true }
        guard words.count <= 3, words.contains(where: { MonthNames.number($0) != nil }) else { return false }
        return words.count == 1 || words.contains(where: isNumber)
    }

    /// The site's home page: named so, or a link to the site's root (or, for a trail's `first` step,
    /// to a language's root: "/de/", where "/tv/" further on is a section).
    static func isHome(_ crumb: Crumb, folded: String, first: Bool) -> Bool {
        if MetadataKeys.breadcrumbHomeNames.contains(folded) { return true }
        // "新澜网首页" ("Xinlan home"), "Zurück zur Startseite" ("back to the home page").
        if MetadataKeys.breadcrumbHomeSuffixes.contains(where: { folded.hasSuffix($0) }) { return true }
        if let space = folded.lastIndex(of: " "), MetadataKeys.breadcrumbHomeNames.contains(String(folded[folded.index(after: space)...])),
           folded.split(separator: " ").count <= 4, MetadataKeys.breadcrumbHomePrefixes.contains(where: { folded.hasPrefix($0) }) {
            return true
        }
        return crumb.url.map { isSiteRoot($0, orLanguageRoot: first) } ?? false
    }

    /// "/", "/index.php", "https://example.com", "https://example.com/"; with `orLanguageRoot`, also
    /// "/de/", "https://example.com/en-gb".
    static func isSiteRoot(_ href: String, orLanguageRoot: Bool = false) -> Bool {
        var rest = Substring(href.lowercased())
        if rest.hasPrefix("https://") { rest = rest.dropFirst(8) } else if rest.hasPrefix("http://") { rest = rest.dropFirst(7) }
        else if rest.hasPrefix("//") { rest = rest.dropFirst(2) } else { return isRootPath(rest, orLanguageRoot: orLanguageRoot) }
        guard let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) else { return !rest.isEmpty }
        return isRootPath(rest[slash...], orLanguageRoot: orLanguageRoot)
    }

    /// "/", "/index.php", "/home.html", and a language's root ("/de/", "/en-gb").
    private static func isRootPath(_ path: Substring, orLanguageRoot: Bool) -> Bool {
        var bare = path.prefix { $0 != "?" && $0 != "#" }
        if bare.hasPrefix("./") { bare = bare.dropFirst() }
        if bare == "/" { return true }
        guard bare.first == "/" else { return false }
        let rest = bare.dropFirst()
        if rest.hasPrefix("index.") || rest.hasPrefix("home.") { return !rest.contains("/") }
        guard orLanguageRoot else { return false }
        let segment = rest.hasSuffix("/") ? rest.dropLast() : rest
        let parts = segment.split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }
    }

    /// An address compared without its scheme, "www.", fragment and final slash.
    static func addressKey(_ url: String) -> String {
        var key = Substring(url.lowercased())
        if let hash = key.firstIndex(of: "#") { key = key[..<hash] }
        for scheme in ["https://", "http://", "//"] where key.hasPrefix(scheme) {
            key = key.dropFirst(scheme.count)
            break
        }
        if key.hasPrefix("www.") { key = key.dropFirst(4) }
        while key.last == "/" { key = key.dropLast() }
        return String(key)
    }

    // MARK: Trails in the markup

    /// The trail of the innermost of the page's breadcrumb elements that holds a trail of two steps or more
    /// ("m-intro__breadcrumbNavigation" may wrap the heading and a share bar around its trail), each
    /// in document order; nil when none is a trail.
    static func trails(of containers: [Node], resolver: URLResolver, page: Page) -> [[Crumb]] {
        let read = containers.map { container in
            trail(of: container, resolver: resolver).flatMap { $0.count >= 2 && isAnchored($0, page: page) ? $0 : nil }
        }
        var result: [[Crumb]] = []
        for (i, container) in containers.enumerated() {
            guard var steps = read[i],
                  !containers.indices.contains(where: { $0 > i && read[$0] != nil && isInside(containers[$0], container) })
            else { continue }
            // Unlinked steps after the last link name the page itself (and what the theme prints after
            // it); so does a link without a name there (a "to the top" anchor).
            while let last = steps.last, last.url == nil || last.name.isEmpty { steps.removeLast() }
            result.append(steps)
        }
        return result
    }

    /// The steps of a breadcrumb element: its links, and the texts between its separators after the
    /// first link; nil when it holds more text than a trail.
    static func trail(of container: Node, resolver: URLResolver) -> [Crumb]? {
        guard !holdsMoreThanATrail(container) else { return nil }
        var crumbs: [Crumb] = []
        container.walk { node in
            if node.isElement("a") {
                let name = TextNormalization.collapse(node.textContent).trimmingCharacters(in: separatorSet)
                let href = node.attribute("href")
                let url = href.flatMap(resolver.resolve)
                // A link that leads nowhere on the web ("javascript:window.print()", "mailto:") is a button.
                if href == nil || url != nil { crumbs.append(Crumb(name: name, url: url)) }
                return false
            }
            if node.isText, let text = node.content {
                // A prompt before the trail ("Sie sind hier:", "You are here") is no step.
                guard crumbs.contains(where: { $0.url != nil }) else { return false }
                for piece in text.split(whereSeparator: { separators.contains($0) }) {
                    let name = TextNormalization.collapse(String(piece)).trimmingCharacters(in: separatorSet)
                    // "Current:", "Aktuelle Seite:": a screen reader's label for the step after it.
                    if !name.isEmpty, name.last != ":" { crumbs.append(Crumb(name: name, url: nil)) }
                }
                return false
            }
            return node.isElement && !isHidden(node, in: container)
        }
        return (1...maxSteps).contains(crumbs.count) ? crumbs : nil
    }

    /// A trail leads from the site's home or to the story: its first step is the home page or the
    /// site, or its last is the story, as a link to the page or unlinked (where a reader is). A list of
    /// links that only looks like a trail (a share bar, a footer's menu, "previous | next") does neither.
    static func isAnchored(_ trail: [Crumb], page: Page) -> Bool {
        guard let first = trail.first, let last = trail.last else { return false }
        let home = TextComparison.fold(first.name)
        return isHome(first, folded: home, first: true) || page.siteNames.contains(home) || last.url == nil
            || isStory(last, folded: TextComparison.fold(last.name), page: page)
    }

    /// An unclassed trail: from a link to the site's root on, links joined by ">", "›", "»" or "→".
    static func linkTrail(of parent: Node, resolver: URLResolver) -> [Crumb]? {
        guard let start = parent.children.first(where: startsTrail),
              !holdsMoreThanATrail(parent) else { return nil }
        var crumbs: [Crumb] = []
        var node: Node? = start
        // Links and marks only, up to the first text that is neither: the current page's name after a
        // mark, or whatever follows the trail.
        while let current = node, crumbs.count <= maxSteps {
            if current.isElement("a") {
                let name = TextNormalization.collapse(current.textContent)
                guard !name.isEmpty else { break }
                crumbs.append(Crumb(name: name, url: current.attribute("href").flatMap(resolver.resolve)))
            } else if current.isText, let text = current.content {
                let parts = text.split(whereSeparator: { trailMarks.contains($0) })
                    .map { TextNormalization.collapse(String($0)) }.filter { !$0.isEmpty }
                if !parts.isEmpty {
                    if parts.count == 1, text.contains(where: trailMarks.contains), let last = parts.last {
                        crumbs.append(Crumb(name: last, url: nil))
                    }
                    break
                }
            } else if current.isElement {
                break
            }
            node = current.nextSibling
        }
        return (2...maxSteps).contains(crumbs.count) ? crumbs : nil
    }

    /// Whether a link to the site's root is followed by a trail's mark and another link.
    static func startsTrail(_ link: Node) -> Bool {
        // Every link of the page comes here: the siblings, then the text, then the address.
        guard let between = link.nextSibling, between.isText, let after = between.nextSibling, after.isElement("a"),
              link.isElement("a"), let text = between.content, text.utf8.count <= 64 else { return false }
        guard isOneMark(text), let href = link.attribute("href") else { return false }
        return isSiteRoot(href)
    }

    /// Whether `text`, white space aside, is one trail mark (" › "); read up to its second
    /// character that is not white space.
    private static func isOneMark(_ text: String) -> Bool {
        var mark: Character?
        for character in text where !character.isWhitespace {
            guard mark == nil else { return false }
            mark = character
        }
        return mark.map(trailMarks.contains) ?? false
    }

    /// Whether the element's text, white space aside, is longer than `maxTrailCharacters`.
    private static func holdsMoreThanATrail(_ node: Node) -> Bool {
        var count = 0
        for scalar in node.textContent.unicodeScalars where !scalar.properties.isWhitespace {
            count += 1
            if count > maxTrailCharacters { return true }
        }
        return false
    }

    /// Whether `node` lies below `ancestor`.
    private static func isInside(_ node: Node, _ ancestor: Node) -> Bool {
        var current = node.parent
        while let parent = current {
            if parent == ancestor { return true }
            current = parent.parent
        }
        return false
    }

    /// What no reader sees as a step: scripts, hidden elements (`DropInvisible.isHidden`), form
    /// controls, and a step's drop-down menu (a list inside a list item).
    private static func isHidden(_ node: Node, in container: Node) -> Bool {
        if ElementClues.isInvisible(node) || DropInvisible.isHidden(node) { return true }
        switch node.name.lowercased() {
        case "button", "select", "form", "input", "svg": return true
        case "ul", "ol":
            guard node != container else { return false }
            var current = node.parent
            while let parent = current {
                if parent.isElement("li") { return true }
                if parent == container { break }
                current = parent.parent
            }
        default: break
        }
        return false
    }

    /// What trails print between their steps.
    static let separators: Set<Character> = [">", "›", "»", "→", "▸", "|", "/"]
    /// The marks that join an unclassed trail's links ("|" and "/" join a menu's).
    static let trailMarks: Set<Character> = [">", "›", "»", "→", "▸"]
    private static let separatorSet = CharacterSet(charactersIn: ">›»→▸|/").union(.whitespaces)
}
