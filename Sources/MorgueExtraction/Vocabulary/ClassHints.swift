/// Words in `class` and `id` attributes that say what a block is.
///
/// Matching is on the lower-cased `class` + `id` string: a `substring` hint
/// fires anywhere ("commentlist" holds "comment"); a `token` hint only on a
/// whole token between `-`, `_`, spaces or camel-case humps ("ad" fires on
/// "ad-slot" and "topAd", never on "header" or "shadow").
enum ClassHints {
    /// Content containers: the words CMS themes put on the element that holds
    /// the story (Readability's positive list, WordPress `entry-content`,
    /// schema.org `articleBody`, news themes' `story-body`, `article__body`).
    static let positive = HintSet(
        substrings: ["article", "body", "content", "entry", "hentry", "main", "post", "story", "text", "blog",
                     "prose", "rich-text", "richtext"],
        tokens: ["page", "artikel", "beitrag", "inhalt", "nota", "noticia"])

    /// Page furniture: the words themes put on navigation, promotion,
    /// comments and sharing (Readability's negative list, extended with the
    /// news-site furniture seen across CMSs: newsletters, consent boxes,
    /// recommendation widgets).
    static let negative = HintSet(
        substrings: ["comment", "combx", "contact", "footer", "footnote", "gdpr", "masthead", "outbrain", "taboola",
                     "promo", "related", "scroll", "share", "sharing", "shoutbox", "sidebar", "skyscraper", "sponsor",
                     "shopping", "widget", "newsletter", "subscribe", "signup", "sign-up", "social", "breadcrumb",
                     "pagination", "popup", "modal", "cookie", "consent", "banner", "advert", "recommend",
                     "teaser", "byline", "author-bio", "authorbio", "disclaimer", "toolbar", "tags", "keywords"],
        tokens: ["ad", "ads", "nav", "navbar", "menu", "meta", "hidden", "pager", "tool", "tools", "print", "login", "rss",
                 "more", "trending", "popular", "most", "also", "next", "prev", "previous", "bio", "donate"])

    /// Blocks so unlikely to be story that they are dropped before scoring
    /// (Readability's "unlikely candidates", extended with sharing,
    /// newsletter, consent and recommendation furniture).
    static let unlikely = HintSet(
        substrings: ["-ad-", "breadcrumb", "comment", "disqus", "footer", "menu", "related", "replies",
                     "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "ad-break", "pagination",
                     "popup", "share", "sharing", "newsletter", "subscribe", "signup", "sign-up", "promo", "cookie",
                     "consent", "gdpr", "outbrain", "taboola", "recommend", "author-bio", "authorbio",
                     "jp-relatedposts", "sharedaddy", "screen-reader", "sr-only", "visually-hidden", "print-only",
                     "paywall", "login", "yom-remote"],
        tokens: ["ad", "ads", "advert", "advertisement", "nav", "navbar", "navigation", "tags", "taglist", "tools", "rss",
                 "pager",
                 "toolbar", "breaking", "trending", "popular", "most-read", "mostread", "modal", "overlay", "dialog"])

    /// Weaker "unlikely" words: page regions that are usually furniture but
    /// that some themes also put on the story's wrapper ("hasHeaderImage",
    /// "extra-content"). Dropped only when they hold little prose.
    static let unlikelyUnlessProse = HintSet(
        substrings: ["ai2html", "banner", "combx", "community", "cover-wrap", "extra", "header", "legends", "remark",
                     "supplemental", "agegate"],
        tokens: [])

    /// Words that save a block the `unlikely` list would drop: containers
    /// often carry both kinds ("main-sidebar-layout", "article-header-wrap").
    static let maybeContent = HintSet(
        substrings: ["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post-",
                     "mathjax"],
        tokens: ["post", "text"])

    /// Picture captions and credits that are not `<figcaption>` elements
    /// (WordPress `wp-caption-text`, German "Bildunterschrift", "Bildnachweis").
    static let caption = HintSet(
        substrings: ["caption", "credit", "copyright", "bildunterschrift", "bildnachweis", "bildquelle",
                     "image-source", "img-source", "photo-source", "imagesource", "fotonachweis"],
        tokens: ["legend", "photographer", "fotograf"])

    /// A story's lead (standfirst, dek, intro): the paragraph that themes set
    /// apart above the body, often inside the article's `<header>`. English,
    /// German ("Vorspann", "Anriss"), French ("chapô"), Spanish ("entradilla",
    /// "bajada") theme words.
    static let lead = HintSet(
        substrings: ["standfirst", "anriss", "teaser-text", "teasertext", "intro-text", "introtext", "lead-text",
                     "leadtext", "article-lead", "vorspann", "entradilla"],
        tokens: ["lead", "intro", "summary", "excerpt", "dek", "abstract", "chapo", "chapeau", "bajada", "sapo",
                 "deck"])

    /// Roles (WAI-ARIA `role`) that never hold the story.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert",
                                              "alertdialog", "dialog", "banner", "contentinfo", "search"]
}

/// A set of class/id hint words, matched as substrings or as whole tokens.
struct HintSet: Sendable {
    let substrings: [String]
    let tokens: Set<String>

    init(substrings: [String], tokens: Set<String>) {
        self.substrings = substrings
        self.tokens = tokens
    }

    /// Whether the (lower-cased) class/id string of an element matches.
    func matches(_ attributes: ClassAndID) -> Bool {
        let lowered = attributes.lowered
        if lowered.isEmpty { return false }
        for s in substrings where lowered.contains(s) { return true }
        if tokens.isEmpty { return false }
        for token in attributes.tokens where tokens.contains(token) { return true }
        return false
    }
}

/// The `class` and `id` of an element, prepared for hint matching once.
struct ClassAndID {
    /// `class` + " " + `id`, lower-cased.
    let lowered: String
    /// The words of `class` and `id`, split on non-letters and camel-case humps, lower-cased.
    let tokens: [String]

    init(className: String?, id: String?) {
        let raw = ClassAndID.withoutModifiers((className ?? "") + " " + (id ?? ""))
        lowered = raw.lowercased()
        var tokens: [String] = []
        var current = ""
        var previousWasLower = false
        for ch in raw {
            if ch.isLetter || ch.isNumber {
                if ch.isUppercase && previousWasLower && !current.isEmpty {
                    tokens.append(current)
                    current = ""
                }
                current += ch.lowercased()
                previousWasLower = ch.isLowercase
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { tokens.append(current) }
        self.tokens = tokens
    }

    var isEmpty: Bool { tokens.isEmpty }

    /// Words that start a modifier naming what an element contains, not what it is
    /// ("section--has-ads", "layout-with-sidebar", "hasComments").
    static let modifierWords = ["has", "with"]

    /// Cuts each class word at a "has-"/"with-" modifier: the rest describes the element's contents.
    static func withoutModifiers(_ raw: String) -> String {
        guard raw.contains("has") || raw.contains("with") else { return raw }
        return raw.split(separator: " ", omittingEmptySubsequences: false).map { word -> Substring in
            var index = word.startIndex
            while index < word.endIndex {
                let atWordStart = index == word.startIndex || word[word.index(before: index)] == "-"
                    || word[word.index(before: index)] == "_"
                if atWordStart {
                    for modifier in modifierWords where word[index...].hasPrefix(modifier) {
                        let after = word.index(index, offsetBy: modifier.count)
                        if after < word.endIndex, word[after] == "-" || word[after] == "_" || word[after].isUppercase {
                            return word[..<index]
                        }
                    }
                }
                index = word.index(after: index)
            }
            return word
        }.joined(separator: " ")
    }
}
