import MorgueDOM

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
    static let unlikely = HintSet(anyOf: [HintSet(
        substrings: ["-ad-", "breadcrumb", "comment", "disqus", "footer", "menu", "related", "replies",
                     "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "ad-break", "pagination",
                     "popup", "share", "sharing", "newsletter", "subscribe", "signup", "sign-up", "promo", "cookie",
                     "consent", "gdpr", "outbrain", "taboola", "recommend", "author-bio", "authorbio",
                     // Links to the previous and next posts of news themes (JNews, Elementor), and
                     // publishers' "recirculation" boxes of links to their other stories.
                     "prevnext", "prev-next", "prev_next", "recirc",
                     "read-more-links", "readmore-links", "more-links",
                     // Links to the previous and next pages or posts (Joomla's "pagenav", WP-PageNavi).
                     "pagenav",
                     "jp-relatedposts", "sharedaddy", "screen-reader", "sr-only", "visually-hidden", "print-only",
                     "paywall", "login", "yom-remote",
                     // Audio and video players with their titles, durations and download links
                     // (broadcasters' "ts-mediaplayer", WordPress's "wp-audio-player" plugins, JW Player).
                     "mediaplayer", "media-player", "audioplayer", "audio-player", "audio_player", "videoplayer",
                     "video-player", "video_player", "jwplayer", "podcast-player"],
        tokens: ["ad", "ads", "adv", "advert", "advertisement", "nav", "navbar", "navigation", "tags", "taglist", "tools", "rss",
                 "pager",
                 "toolbar", "breaking", "trending", "popular", "most-read", "mostread", "modal", "overlay", "dialog",
                 // Calls to action and donation boxes ("donation-cta", Newspack's donate block).
                 "cta", "donate", "donation", "donations"]),
        authorBoxNames])

    /// Author boxes as news themes name them: JNews's "authorbox", "author-box", and the "author-info" of
    /// WordPress themes and Brightspot's `ArticlePage-authorInfo` (the author's name and biography after the
    /// story). Part of `unlikely`; `FindMainContent` never takes such a box for a part of the story.
    static let authorBoxNames = HintSet(
        substrings: ["authorbox", "author-box", "author_box", "authorinfo", "author-info", "author_info"], tokens: [])

    /// Comments and comment threads (WordPress `comment-body`, Disqus,
    /// "replies"): an `<article>` classed so is a reader's comment, not the story.
    static let comments = HintSet(substrings: ["comment", "disqus", "replies"], tokens: [])

    /// Third-party recommendation and comment widgets: never the story,
    /// whatever other words their ids carry (a widget's id often holds the
    /// story's slug: "taboola-…-below-article-thumbnails").
    /// Social Pug (Hubbub)'s share buttons ("dpsp-content-wrapper") count among them.
    static let thirdPartyWidgets = HintSet(substrings: ["taboola", "outbrain", "disqus", "dpsp-"], tokens: ["trc"])

    /// Boxes named for the related content they hold ("related-content", "related-articles"): the
    /// "content" or "article" in their names does not save them the way it saves a story's container.
    static let relatedBoxes = HintSet(
        substrings: ["related-content", "related_content", "relatedcontent", "related-article", "related_article",
                     "relatedarticle", "related-post", "related_post", "relatedpost", "related-stor", "related_stor",
                     "relatedstor"],
        tokens: [])

    /// Boxes about the story's author after it (a photo, the name, a short
    /// biography, "more by"): WordPress author-box plugins' "about-author",
    /// tagDiv's "td-author-description", profile cards ("author-card",
    /// "author-profile"). Only boxes smaller than half the page: some themes
    /// put such a word on the page's wrapper.
    static let authorBoxes = HintSet(
        substrings: ["about-author", "about_author", "aboutauthor", "about-the-author", "author-descr",
                     "author_descr", "author-card", "author_card", "authorcard", "author-profile", "author_profile"],
        tokens: [])

    /// A post's information box (Joomla's `dl.article-info` with "Details",
    /// its category, author, date and "Hits: 1234"): the fields are read
    /// before cleaning, the box is no text, though its name says "article".
    static let postInfoBoxes = HintSet(substrings: ["article-info", "articleinfo", "article-information"], tokens: [])

    /// Embedded social-network posts (Instagram's `blockquote.instagram-media`,
    /// Facebook's `div.fb-post` and `blockquote.fb-xfbml-parse-ignore`): a
    /// post from another page, with its "View this post on Instagram" and
    /// "Posted by … on <date>" lines; never the story, though their class
    /// holds "post".
    static let socialEmbeds = HintSet(substrings: ["instagram-media", "fb-post", "fb-xfbml-parse-ignore"], tokens: [])

    /// A box asking the reader to follow the site on a messaging app ("sdc-article-whatsapp": "Follow …
    /// on WhatsApp", a pitch and a "Tap here" link; "telegram-channel"): dropped whole when small
    /// (`DropPageChrome.messagingPromoCharacters`), though its class often holds "article".
    static let messagingPromos = HintSet(substrings: ["whatsapp", "whats-app", "telegram-channel", "telegram-promo"],
                                         tokens: [])

    /// A box named for a video ("video-wrapper", "videoContainer", "jetpack-video-wrapper"): an
    /// embedded player with its label and title ("Ars Video"), dropped whole when it holds a
    /// label heading and no prose (`DropPageChrome.isVideoBox`).
    static let videoBox = HintSet(substrings: [], tokens: ["video"])

    /// MediaWiki's apparatus around an article's text, printed by its skins and templates on
    /// every wiki: the "[edit]" link beside each heading (`span.mw-editsection`), the hatnote
    /// sending the reader to another article ("Main article: …", `div.hatnote`), and what the
    /// wiki marks as not for print (`noprint`: "[citation needed]", the "From Wikipedia, the
    /// free encyclopedia" tagline, portal boxes).
    static let wikiApparatus = HintSet(substrings: ["mw-editsection", "hatnote"], tokens: ["noprint"])

    /// A preview of a linked page set in the text: Discourse's "onebox" (`aside.onebox`, with the
    /// page's site, title, picture and description).
    static let linkPreview = HintSet(substrings: ["onebox"], tokens: [])

    /// A link that opens a picture full size over the page ("lightbox": Discourse's `a.lightbox`,
    /// the Lightbox and Fancybox scripts' classes).
    static let lightbox = HintSet(substrings: [], tokens: ["lightbox", "fancybox"])

    /// Pull quotes (Substack's `div.pullquote`, WordPress's
    /// `wp-block-pullquote`, Medium's `graf--pullquote`): dropped when they
    /// repeat the story's own sentences (`DropPageChrome.repeatsItsStory`).
    static let pullQuote = HintSet(substrings: ["pullquote", "pull-quote", "pull_quote"], tokens: [])

    /// Weaker "unlikely" words: page regions that are usually furniture but
    /// that some themes also put on the story's wrapper ("hasHeaderImage",
    /// "extra-content"). Dropped only when they hold little prose.
    static let unlikelyUnlessProse = HintSet(
        substrings: ["ai2html", "banner", "combx", "community", "cover-wrap", "extra", "legends", "remark",
                     "supplemental", "agegate",
                     // A video player's wrapper: its title label and credit stand around a player that is
                     // dropped ("VIDÉO. …" above a Dailymotion iframe).
                     "video-embed", "video_embed", "videoembed", "embed-video", "video-player", "videoplayer",
                     "dailymotion", "jwplayer", "jw-player", "brightcove"],
        tokens: [])

    /// A page region's header ("site-header", "header__inner"): weak like
    /// `unlikelyUnlessProse`, and never said of a subheading (an `h2`–`h6`
    /// followed by a paragraph), whose own class often holds the word too (Arc Fusion's
    /// "default__StyledHeader-sc-…" and "header-block", "section-header").
    static let pageHeader = HintSet(substrings: ["header"], tokens: [])

    /// The box a wall puts where the rest of the story would be: paywalls and
    /// registration or login walls ("paywall", "paywall-barreiras-inread",
    /// "regwall", "signwall"). Dropped as furniture when it speaks of
    /// subscribing or signing in; schema.org's gated-content convention also
    /// puts ".paywall" on the story's own hidden part (`hasPart` with
    /// `isAccessibleForFree: false`), which holds prose and is kept.
    static let storyWall = HintSet(
        substrings: ["paywall", "pay-wall", "regwall", "reg-wall", "registration-wall", "registrationwall",
                     "loginwall", "login-wall", "signwall", "sign-wall", "subscriber-wall", "subscription-wall"],
        tokens: [])

    /// The bare class word schema.org's paywalled-content markup puts on each of the story's gated
    /// paragraphs and subheadings (`p.paywall`, the `cssSelector` of a `hasPart` that is not
    /// free): story text under a wall's word. Only the whole class word: "paywall-overlay",
    /// "paywall__cta" and the like name the wall's box.
    static let gatedTextClassWord = Array("paywall".utf8)

    /// A cookie-consent box (a consent platform's overlay: "consent-wall",
    /// "cookie-banner", "gdpr-modal", the "cmp" of the IAB's consent framework).
    static let consentBox = HintSet(substrings: ["consent", "cookie", "gdpr"], tokens: ["cmp"])

    /// Words that save a block the `unlikely` list would drop: containers
    /// often carry both kinds ("main-sidebar-layout", "article-header-wrap"), and the
    /// words that say who may read a part of the story (`gatedStoryText`).
    static let maybeContent = HintSet(anyOf: [HintSet(
        substrings: ["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post-",
                     "mathjax"],
        tokens: ["post", "text"]), gatedStoryText])

    /// Class words that say who may read a block of the story: the part shown to every reader and the
    /// part shown to subscribers or members only (BLOX's "subscriber-preview", "subscriber-only" and
    /// "subscriber-premium", membership plugins' "members-only", "premium-content"). The story's text,
    /// not a sign-up box, though "subscribe" (`unlikely`) stands in them.
    static let gatedStoryText = HintSet(
        substrings: ["subscriber-only", "subscriber-preview", "subscriber-premium", "subscribers-only",
                     "members-only", "member-only", "premium-content"],
        tokens: [])

    /// Picture captions and credits that are not `<figcaption>` elements
    /// (WordPress `wp-caption-text`, German "Bildunterschrift", "Bildnachweis",
    /// the abbreviated "img-cap" of Arabic news themes and "img_cptn" of Times Internet's).
    static let caption = HintSet(
        substrings: ["caption", "credit", "copyright", "bildunterschrift", "bildnachweis", "bildquelle",
                     "image-source", "img-source", "photo-source", "imagesource", "fotonachweis",
                     "img-cap", "img_cap", "imgcap", "photo-cap", "pic-cap", "cptn"],
        tokens: ["legend", "photographer", "fotograf"])

    /// A story's lead (standfirst, dek, intro): the paragraph that themes set
    /// apart above the body, often inside the article's `<header>`. English,
    /// German ("Vorspann", "Anriss"), French ("chapô"), Spanish ("entradilla",
    /// "bajada") theme words, and the subtitle under the headline that
    /// newsletter platforms print (Substack's `h3.subtitle`) or the subhead
    /// newspaper platforms set there (BLOX's `h2.subhead`), and the Turkish
    /// "spot". Only what stands above the story is read for a lead: a subhead
    /// inside it stays one. The "subheadline" or "subheading" that news platforms
    /// (Arc's `div.b-subheadline`, Brightspot's `ArticlePage-subHeadline`, Korean
    /// news CMSs' `h4.subheading`) set under the headline is one too.
    static let lead = HintSet(
        substrings: ["standfirst", "anriss", "teaser-text", "teasertext", "intro-text", "introtext", "lead-text",
                     "leadtext", "article-lead", "vorspann", "entradilla", "sub_title", "sub-title",
                     "subheadline", "sub-headline", "sub_headline", "subheading", "sub-heading", "sub_heading"],
        tokens: ["lead", "intro", "summary", "excerpt", "dek", "abstract", "chapo", "chapeau", "bajada", "sapo",
                 "deck", "subtitle", "subhead", "spot"])

    /// A machine-written summary box printed where a lead stands ("Key takeaways by … AI", finance and
    /// tech news themes' `key-takeaways`, `ai-summary`, `tldr`): a reading aid, not the story's lead,
    /// though its class also says "abstract" or "summary".
    static let summaryBox = HintSet(
        substrings: ["takeaway", "ai-summary", "ai_summary", "aisummary", "tldr", "tl-dr", "key-points-ai"],
        tokens: [])

    /// A card about a person (a profile, an author's box): its "subtitle" or
    /// "summary" is the person's tagline, not the story's lead.
    static let personCard = HintSet(substrings: ["profile", "author"], tokens: ["card", "bio"])

    /// Class names that mark the body of a single story (WordPress
    /// `entry-content` and `post-content`, news themes' `article-body`,
    /// `story-body`, BEM-style `article__body`): the page's first such
    /// element and its ancestors are never dropped for their class names.
    static let storyBody = HintSet(
        substrings: ["entry-content", "post-content", "article-body", "articlebody", "article__body", "article-content",
                     "story-body", "storybody", "story-content", "post-body", "postbody", "article-text",
                     "articletext", "article__content", "post__content", "entry__content"],
        tokens: [])

    /// A story's notes after its text: the footnotes block of Markdown renderers (Pandoc's and
    /// markdown-it's `section.footnotes`, kramdown's `div.footnotes`) and of news and blog themes ("endnotes").
    static let notes = HintSet(substrings: [], tokens: ["footnotes", "endnotes"])

    /// A carousel's slide: Flickity's "carousel-cell", Slick's "slick-slide", Swiper's "swiper-slide", Glide's and
    /// Splide's slides, Bootstrap's "carousel-item", and CMS galleries' "CarouselSlide" (Brightspot). The
    /// scripts mark every slide but the one in view `aria-hidden`, which hides it from screen readers only.
    static let carouselSlide = HintSet(
        substrings: ["carousel-cell", "carouselslide", "carousel-slide", "carousel__slide", "carousel-item",
                     "slick-slide", "swiper-slide", "glide__slide", "splide__slide"],
        tokens: [])

    /// The track a carousel script moves its slides in (Flickity's "flickity-slider", Slick's "slick-track",
    /// Swiper's "swiper-wrapper"): each element child is a slide, whatever its own class.
    static let carouselTrack = HintSet(
        substrings: ["flickity-slider", "slick-track", "swiper-wrapper", "glide__slides", "splide__list"], tokens: [])

    /// A slide's description, the text beside its photo ("CarouselSlide-infoDescription", "slide-caption").
    static let slideDescription = HintSet(substrings: ["description", "caption"], tokens: ["desc"])

    /// Roles (WAI-ARIA `role`) that never hold the story.
    /// Every hint set above (a test tries each of their words on the rules
    /// whose prefilters must know them, such as `DropPageChrome.furnitureHints`).
    static let everySet: [HintSet] = [
        positive, negative, unlikely, comments, thirdPartyWidgets, relatedBoxes, authorBoxes, postInfoBoxes,
        authorBoxNames, socialEmbeds, messagingPromos, videoBox, wikiApparatus, linkPreview, lightbox, pullQuote, unlikelyUnlessProse,
        pageHeader, storyWall, gatedStoryText, consentBox, maybeContent, caption, lead, summaryBox, personCard, storyBody, notes,
        carouselSlide, carouselTrack, slideDescription,
    ]

    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert",
                                              "alertdialog", "dialog", "banner", "contentinfo", "search"]
}

/// A set of class/id hint words, matched as substrings or as whole tokens.
struct HintSet: Sendable {
    let substrings: NeedleSet
    /// The token words, each between spaces (" ad "), looked for in `ClassAndID.tokenText`.
    let tokens: NeedleSet

    init(substrings: [String], tokens: Set<String>) {
        self.substrings = NeedleSet(substrings)
        self.tokens = NeedleSet(tokens.sorted().map { " \($0) " })
    }

    /// A set that matches exactly the names any of `sets` matches: one scan asks them all whether
    /// any matches.
    init(anyOf sets: [HintSet]) {
        substrings = NeedleSet(sets.flatMap(\.substrings.needles))
        tokens = NeedleSet(sets.flatMap(\.tokens.needles))
    }

    /// The set's words as a class or id may write them, in any case (its
    /// tokens without their spaces): a name holding none of them cannot
    /// match, so a scan of the raw attribute turns most elements away
    /// before their `ClassAndID` is prepared.
    var writtenWords: NeedleSet {
        NeedleSet(substrings.needles + tokens.needles.map { Array($0.dropFirst().dropLast()) }, ignoringASCIICase: true)
    }

    /// Whether the (lower-cased) class/id string of an element matches.
    func matches(_ attributes: ClassAndID) -> Bool {
        if attributes.lowered.isEmpty { return false }
        if substrings.occurs(in: attributes.lowered) { return true }
        if tokens.needles.isEmpty { return false }
        return tokens.occurs(in: attributes.tokenText)
    }
}

/// The `class` and `id` of an element, prepared for hint matching once.
/// Works on UTF-8 bytes: class names are ASCII in practice, and a byte
/// loop is many times faster than Unicode-aware string operations.
struct ClassAndID {
    /// `class` + " " + `id`, ASCII-lower-cased, with "has-"/"with-" modifiers cut off.
    let lowered: [UInt8]
    /// The attributes in which front-end frameworks' pages name their parts for tests and analytics
    /// (React's testing library `data-testid`, QA teams' `data-qa` and `data-test`, component
    /// libraries' `data-component`).
    static let testIDAttributes: [StaticString] = ["data-testid", "data-qa", "data-test", "data-component"]

    /// Whether the element carries one of `testIDAttributes`.
    static func hasTestID(_ node: Node) -> Bool {
        testIDAttributes.contains { node.hasAttribute(named: $0) }
    }

    /// The words of `class` and `id`, split on non-letters and camel-case
    /// humps, lower-cased, each followed by a space, after a leading space
    /// (" story body ").
    let tokenText: [UInt8]

    init(className: String?, id: String?) {
        self.init(classBytes: className.map { Array($0.utf8) }, idBytes: id.map { Array($0.utf8) })
    }

    /// The element's own `class` and `id`, read into one buffer, and with
    /// `includingTestID` its test ids (`testIDAttributes`: `data-testid`, `data-qa`, …): sites built with
    /// React often name their parts only there ("newsletter-signup", "author-bio",
    /// "ContentSummary-Container"), their classes being hashes ("css-1n3p8qf"). Test ids are read to find
    /// furniture and a lead: a "story-header" is no story.
    /// Without `droppingClassWord` the element's class words are read as written; with it, a class
    /// word equal to it (in any case) is left out.
    init(_ node: Node, includingTestID: Bool = false, droppingClassWord: [UInt8]? = nil) {
        var raw: [UInt8] = []
        node.appendAttribute("class", to: &raw)
        if let word = droppingClassWord { raw = ClassAndID.classWords(raw, without: word) }
        raw.append(0x20)
        node.appendAttribute("id", to: &raw)
        if includingTestID {
            for attribute in ClassAndID.testIDAttributes {
                var testID: [UInt8] = []
                if node.appendAttribute(attribute, to: &testID) {
                    raw.append(0x20)
                    raw.append(contentsOf: testID)
                }
            }
        }
        self.init(classSpaceID: raw)
    }

    /// The class words of `raw` (a `class` attribute), without those equal to `word` in any case.
    static func classWords(_ raw: [UInt8], without word: [UInt8]) -> [UInt8] {
        raw.split(whereSeparator: ASCIIText.isSpace)
            .filter { !$0.elementsEqual(word, by: { ASCIIText.lower($0) == $1 }) }
            .joined(separator: [0x20]).map { $0 }
    }

    /// Whether the `class` attribute `raw` holds `word` (lower-case) as one whole class word, in any case.
    static func holdsClassWord(_ raw: [UInt8], _ word: [UInt8]) -> Bool {
        raw.split(whereSeparator: ASCIIText.isSpace).contains { $0.elementsEqual(word, by: { ASCIIText.lower($0) == $1 }) }
    }

    init(classBytes: [UInt8]?, idBytes: [UInt8]?) {
        var raw = classBytes ?? []
        raw.append(0x20)
        if let idBytes { raw.append(contentsOf: idBytes) }
        self.init(classSpaceID: raw)
    }

    /// `raw` is `class` + " " + `id`, as written.
    private init(classSpaceID raw: [UInt8]) {
        let raw = ClassAndID.withoutModifiers(ClassAndID.withoutLayoutPrefixes(raw))
        lowered = raw.map(ASCIIText.lower)
        // A space before each byte at most, and one at either end: one allocation, never regrown.
        var tokenText: [UInt8] = []
        tokenText.reserveCapacity(2 * raw.count + 2)
        tokenText.append(0x20)
        var inToken = false
        var previousWasLower = false
        for byte in raw {
            if ClassAndID.isWordByte(byte) {
                let upper = byte >= 0x41 && byte <= 0x5A
                if upper && previousWasLower && inToken {
                    tokenText.append(0x20)
                }
                tokenText.append(ASCIIText.lower(byte))
                inToken = true
                previousWasLower = byte >= 0x61 && byte <= 0x7A
            } else {
                if inToken { tokenText.append(0x20) }
                inToken = false
                previousWasLower = false
            }
        }
        if inToken { tokenText.append(0x20) }
        self.tokenText = tokenText
    }

    var isEmpty: Bool { tokenText.count <= 1 }

    /// The tokens one by one (for tests and explanations).
    var tokens: [String] {
        tokenText.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Letters, digits, and any byte of a non-ASCII character.
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }


    /// A page builder's prefixes on every box it lays out ("elementor-widget-container",
    /// "elementor-widget-theme-post-content"): they say the box is a widget, not what it holds,
    /// and are cut off, so "widget" is no furniture word there and "post-content" still names the body.
    static let layoutPrefixes: [[UInt8]] = ["elementor-widget-", "elementor-element-", "elementor-widget",
                                            "elementor-element"].map { Array($0.utf8) }
    private static let layoutMark = Array("elementor-".utf8)

    /// Cuts a page builder's layout prefix off each class word.
    static func withoutLayoutPrefixes(_ raw: [UInt8]) -> [UInt8] {
        guard ByteSearch.contains(raw, layoutMark) else { return raw }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            if index == 0 || raw[index - 1] == 0x20,
               let prefix = layoutPrefixes.first(where: { ByteSearch.hasPrefix(raw, $0, at: index) }) {
                index += prefix.count
                continue
            }
            out.append(raw[index])
            index += 1
        }
        return out
    }

    /// Words that start a modifier naming what an element contains, not what it is
    /// ("section--has-ads", "layout-with-sidebar", "hasComments").
    static let modifierWords: [[UInt8]] = [Array("has".utf8), Array("with".utf8)]

    /// Cuts each class word at a "has-"/"with-" modifier: the rest describes the element's contents.
    static func withoutModifiers(_ raw: [UInt8]) -> [UInt8] {
        guard modifierWords.contains(where: { ByteSearch.contains(raw, $0) }) else { return raw }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        var cutting = false
        while index < raw.count {
            let byte = raw[index]
            if byte == 0x20 {
                cutting = false
                out.append(byte)
                index += 1
                continue
            }
            if !cutting {
                let atWordStart = index == 0 || raw[index - 1] == 0x20 || raw[index - 1] == 0x2D || raw[index - 1] == 0x5F
                if atWordStart {
                    for modifier in modifierWords where ByteSearch.hasPrefix(raw, modifier, at: index) {
                        let after = index + modifier.count
                        if after < raw.count, raw[after] == 0x2D || raw[after] == 0x5F || (raw[after] >= 0x41 && raw[after] <= 0x5A) {
                            cutting = true
                            break
                        }
                    }
                }
            }
            if !cutting { out.append(byte) }
            index += 1
        }
        return out
    }
}
