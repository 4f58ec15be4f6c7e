import MorgueDOM

/// Removes the page's furniture before the story is looked for.
///
/// Keeps: the containers of the story, even when their class names also
/// carry a furniture word ("article-sidebar-layout"), anything that holds an
/// `<article>` (other than a comment's), `<main>` or schema.org
/// `articleBody`, and big text blocks.
/// Drops: `nav`, `aside` (but a note on the story's methodology inside it: `isMethodologyNote`),
/// `footer` and `menu` elements, a `header` outside
/// an `<article>` (inside one it is the story's own header, with its lead); small
/// forms (comment forms, newsletter boxes; a page-wide ASP.NET `<form>` is
/// kept); elements whose ARIA role is navigation, complementary, banner and
/// the like; and elements whose class or id is an "unlikely candidate"
/// (comments, share bars, related links, sign-up boxes, ad slots), or a
/// short caption or picture credit (captions are their own field; not a table's `<caption>`); for the
/// weaker words ("header", "extra"), only when the element holds little prose,
/// and "header" never on a subheading (an `h2`–`h6` followed by a paragraph, or a box of one so: `isSubheadBox`:
/// the story's own, classed "header-block" or "section-header") nor on a block
/// inside an `<article>` holding a list of sentences (the story's header with its
/// summary bullets, `isStoryHeaderWithSummary`).
/// Also drops a list of links to places on the same page (a table of
/// contents, `isJumpList`), an embedded Instagram or Facebook post (`ClassHints.socialEmbeds`),
/// a small box asking the reader to follow the site on a messaging app (`ClassHints.messagingPromos`),
/// a video's box holding a label heading and no prose, its player's title with it, but not a heading's
/// box without a player over the text it titles (`isVideoBox`),
/// MediaWiki's "[edit]" links, hatnotes and what it marks as not for print (`ClassHints.wikiApparatus`),
/// a pull quote that repeats the story's own sentences (`repeatsItsStory`),
/// a link that wraps blocks of text (a title and a description: Ghost's
/// bookmark card, Substack's embedded post, or a picture and a block of text: a news app's card), which
/// previews another page, a teaser of another story set as an `<article>` nested in the story's, its
/// headline a link (`isTeaserArticle`), with a box holding only such teasers and a label, a
/// link preview box (`ClassHints.linkPreview`: Discourse's onebox) whole, the text beside the
/// picture in a lightbox link (its file information), a reader's comment marked up with
/// schema.org microdata (`itemprop="comment"`, an item typed Comment: a forum's replies), and
/// contributor cards (a headshot, a link to the person's page and a role: `isPersonCard`) with their box,
/// the block holding a call to join a Ghost site (a link to "#/portal/…" or with
/// `data-portal`), a WordPress post-meta line of category or author links beside
/// its label ("in Metro, News" with `rel="category tag"`, "by Editor" linking to
/// /author/; one or two of a kind: more are a teaser list's), the box of an app-store
/// link that names the site's app ("Download the … app"), the box of a membership
/// or donation button ("Become an Insider") with its heading and pitch, and a wall's box (`ClassHints.storyWall`) that asks the
/// reader to subscribe or sign in, noting the wall in the log (`droppedWall`); a
/// paragraph or subheading classed with the bare word `paywall` (`isGatedTextBlock`) is
/// the story's gated text, however short, and only its other class words count.
/// A layout region or weakly named block that holds most of the page's text
/// is the page's wrapper (broken markup nests the page in its `<header>`), not
/// furniture. Everything is dropped reversibly; a sparing pass
/// (`CleaningLevel`) keeps class-named blocks, then layout regions too.
enum DropPageChrome {
    /// An element with this much text (non-space characters)...
    static let proseCharacters = 1500
    /// ...and at most this share of it in links is prose, whatever its class says.
    static let proseLinkDensity = 0.25

    /// A block under a wall's class name holding this much prose, and no call to subscribe, is the
    /// story's gated text (schema.org's `.paywall` convention), not the wall.
    static let gatedProseCharacters = 200

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
        // Boxes found from a link inside them (a call to join, post meta, an app's or membership's box).
        var portalBoxes: Set<Node> = []
        var postMetaLines: [(Node, LinkedBox)] = []
        var cards: [Node] = []
        var teasers: [Node] = []
        body.walk { node in
            guard node.isElement else { return false }
            // A card's parts can carry story-body words ("embedded-post-body"): it is dropped all the same.
            if node.isElement("a"), isLinkCard(node, measures: measures) {
                doomed.append((node, "chrome:link-card"))
                return false
            }
            // A link preview holds an <article> of its own, which would protect it.
            if isLinkPreview(node, share: Double(measures[node.key]?.characters ?? 0) / Double(pageCharacters)) {
                doomed.append((node, "chrome:link-card"))
                return false
            }
            // A teaser of another story set as an <article> inside the story (its headline a link away).
            if node.isElement("article"), isTeaserArticle(node, measures: measures) {
                teasers.append(node)
                return false
            }
            if node.isElement("a"), isLightbox(node) {
                for child in node.children where child.isElement && (measures[child.key]?.characters ?? 0) > 0
                    && !child.isElement("img") && !child.isElement("picture") && child.firstDescendant(named: "img") == nil {
                    doomed.append((child, "chrome:lightbox-info"))
                }
                return false
            }
            if protected.contains(node) { return true }
            if node.isElement("a"), opensMembersPortal(node), let box = enclosingBlock(of: node),
               !protected.contains(box), (measures[box.key]?.characters ?? 0) <= portalBoxCharacters,
               portalBoxes.insert(box).inserted {
                doomed.append((box, "chrome:portal-cta"))
                return false
            }
            if node.isElement("a"), let (box, kind) = linkedBox(of: node, measures: measures), !protected.contains(box),
               !portalBoxes.contains(where: { box.ancestors.contains($0) }) {
                switch kind {
                case .categories, .authors:
                    // Held back until the page is walked: teaser cards print lines like these by the dozen.
                    if !postMetaLines.contains(where: { $0.0 == box }) { postMetaLines.append((box, kind)) }
                case .appPromotion, .membership:
                    if portalBoxes.insert(box).inserted { doomed.append((box, kind.rule)) }
                }
                return false
            }
            if node.isElement("ul") || node.isElement("ol"), isJumpList(node, measures: measures) {
                // The box around the list goes with it when it holds nothing else but a label ("Jump to:").
                let box = node.parent.flatMap { parent -> Node? in
                    let extra = (measures[parent.key]?.characters ?? 0) - (measures[node.key]?.characters ?? 0)
                    guard extra <= jumpListLabelCharacters, !protected.contains(parent), parent.name != "body",
                          !doomed.contains(where: { $0.0.ancestors.contains(parent) }) else { return nil }
                    return parent
                }
                doomed.append((box ?? node, "chrome:jump-list"))
                return false
            }
            if usesClassHints, isPersonCard(node, measures: measures) {
                cards.append(node)
                return false
            }
            if let rule = furnitureRule(node, pageCharacters: pageCharacters, measures: measures,
                                        usesClassHints: usesClassHints) {
                doomed.append((node, rule))
                return false
            }
            return true
        }
        // The story's own post-meta lines: one or two of a kind. More are the lines of a list of teasers.
        for kind in [LinkedBox.categories, .authors] {
            let lines = postMetaLines.filter { $0.1 == kind }
            guard lines.count <= maxPostMetaLines else { continue }
            for (box, _) in lines where !portalBoxes.contains(where: { box.ancestors.contains($0) }) {
                portalBoxes.insert(box)
                doomed.append((box, kind.rule))
            }
        }
        for box in cardBoxes(cards, protected: protected, measures: measures) { doomed.append((box, "chrome:person-card")) }
        for box in teaserBoxes(teasers, measures: measures) { doomed.append((box, "chrome:teaser")) }
        // A portal box is found from its link, inside it: what was found inside the box goes with it.
        if !portalBoxes.isEmpty {
            doomed.removeAll { entry in
                !portalBoxes.contains(entry.0) && entry.0.ancestors.contains(where: portalBoxes.contains)
            }
        }
        for (node, rule) in doomed {
            if rule == "chrome:wall", log.droppedWall == nil {
                log.droppedWall = BoilerplatePhrases.wallOfBox(node.textContent)
            }
            log.dropped(node, by: rule)
            cleaning.detach(node)
        }
    }

    /// A teaser of another story, set as an `<article>` nested in the story's: at most `linkCardCharacters`
    /// of text, and its first heading is a link to another page ("<article><h2><a href=/other-story>…").
    static func isTeaserArticle(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        guard let measure = measures[node.key], measure.characters <= linkCardCharacters,
              node.ancestors.contains(where: { $0.isElement("article") }) else { return false }
        var heading: Node?
        node.walk { current in
            if heading != nil || !current.isElement { return false }
            if HTMLTags.headings.contains(current.name) { heading = current; return false }
            return true
        }
        guard let heading, let headingCharacters = measures[heading.key]?.characters, headingCharacters > 0 else { return false }
        return heading.descendants(named: "a").contains { link in
            guard let href = link.attributeBytes("href"), let first = href.first, first != 0x23 else { return false }
            return (measures[link.key]?.characters ?? 0) == headingCharacters
        }
    }

    /// The boxes to drop for teaser articles: each teaser, or the box around it when that box holds nothing
    /// but teasers and a short label heading ("Más información"), climbing while that holds.
    static func teaserBoxes(_ teasers: [Node], measures: [UInt: TextMeasure]) -> [Node] {
        enclosingBoxes(teasers, protected: [], measures: measures, labelsLack: "p")
    }

    /// The boxes around `items` (teasers, cards): each item, or the box around it when that box holds
    /// nothing but items, empty elements and short labels (no link, and no `labelsLack` element),
    /// climbing while that holds, never into a protected box, `<article>`, `<main>` or `<body>`.
    static func enclosingBoxes(_ items: [Node], protected: Set<Node>, measures: [UInt: TextMeasure],
                               labelsLack: String) -> [Node] {
        var accepted = Set(items)
        var boxes: [Node] = []
        for item in items {
            var box = item
            while let parent = box.parent, parent.isElement, !protected.contains(parent), parent.name != "body",
                  !parent.isElement("article"), !parent.isElement("main") {
                let onlyItems = parent.elementChildren.allSatisfy { child in
                    let characters = measures[child.key]?.characters ?? 0
                    return accepted.contains(child) || characters == 0
                        || (characters <= cardLabelCharacters && child.firstDescendant(named: "a") == nil
                            && child.firstDescendant(named: labelsLack) == nil)
                }
                guard onlyItems else { break }
                accepted.insert(parent)
                box = parent
            }
            if !boxes.contains(where: { $0 == box || box.ancestors.contains($0) }) {
                boxes.removeAll { $0.ancestors.contains(box) }
                boxes.append(box)
            }
        }
        return boxes
    }

    /// A box asking to follow the site on a messaging app (`ClassHints.messagingPromos`) holds at most this much text.
    static let messagingPromoCharacters = 400

    /// A contributor card holds at most this much text: a name, a role, a line of biography.
    static let personCardCharacters = 400
    /// ...of which at most this much outside the link to the person's page.
    static let personCardOwnCharacters = 250
    /// A person's name, as a card's link prints it, is at most this long.
    static let personNameCharacters = 60
    /// A card box's label ("Episode credits", "Contributors") is at most this long.
    static let cardLabelCharacters = 30

    /// A contributor card: a headshot (an image inside the link to the person's page, or whose alt text is
    /// the name that link prints), one person's page linked (`BylineHints.personPagePaths`) by the person's
    /// name, a role or a
    /// short biography, and no headline. Dropped as an author box (a podcast's episode credits, a story's
    /// contributors), with the box of cards around it (`cardBoxes`); the byline is read before cleaning.
    static func isPersonCard(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        guard node.isElement("div") || node.isElement("li") || node.isElement("section"),
              let measure = measures[node.key], measure.linkCharacters > 0, measure.characters <= personCardCharacters,
              measure.characters - measure.linkCharacters <= personCardOwnCharacters,
              node.firstDescendant(named: "img") != nil else { return false }
        var personLinks: [Node] = []
        var images: [Node] = []
        var holdsHeadline = false
        node.walk { descendant in
            guard descendant.isElement, !holdsHeadline else { return false }
            if descendant.isElement("h1") { holdsHeadline = true }
            if descendant.isElement("img") { images.append(descendant) }
            if descendant.isElement("a"), descendant.attribute("href", satisfies: personPagePaths.occurs(in:)) {
                personLinks.append(descendant)
            }
            return true
        }
        guard !holdsHeadline, let first = personLinks.first,
              Set(personLinks.compactMap { $0.attribute("href") }).count == 1 else { return false }
        // The card prints the person's name as the link (a reviewer's avatar linked beside a review is no card).
        let name = CollectBlocks.key(personLinks.map(\.textContent).joined(separator: " "))
        guard !name.isEmpty, name.count <= personNameCharacters else { return false }
        return images.contains { image in
            image.ancestors.contains(first) || personLinks.contains(where: { image.ancestors.contains($0) })
                || image.attribute("alt").map(CollectBlocks.key).map { !$0.isEmpty && name.contains($0) } == true
        }
    }

    /// `BylineHints.personPagePaths`, found in a link's bytes in any case.
    private static let personPagePaths = NeedleSet(BylineHints.personPagePaths, ignoringASCIICase: true)

    /// The boxes to drop for contributor cards: each card, or the box around it when that box holds nothing but
    /// cards and a short label ("Episode credits"), climbing while that holds (a field's items, then the field).
    static func cardBoxes(_ cards: [Node], protected: Set<Node>, measures: [UInt: TextMeasure]) -> [Node] {
        enclosingBoxes(cards, protected: protected, measures: measures, labelsLack: "img")
    }

    /// `prefiltered: false` skips the two scans that turn away names holding no furniture word, which
    /// answer the same for every element: a test holds `furnitureHints` in step with the rule that way.
    static func furnitureRule(_ node: Node, pageCharacters: Int, measures: [UInt: TextMeasure],
                              usesClassHints: Bool = true, prefiltered: Bool = true) -> String? {
        // (The tag is compared packed, `Node.packedName`: no String is made of it.)
        let tag = node.packedName
        let tags = Tag.names  // (One read of the shared names, not one per comparison.)
        let share = Double(measures[node.key]?.characters ?? 0) / Double(pageCharacters)
        let isWrapper = share > wrapperShare
        switch tag {
        case tags.header:
            // An article's own header holds its headline and lead; the page's header is furniture. A header
            // holding nothing but a subheading is a content block's title (TYPO3's "ce-header").
            if !isWrapper, !node.ancestors.contains(where: { $0.isElement("article") }), !holdsOnlySubheadings(node) {
                return "chrome:header"
            }
        case tags.footer where node.parent?.isElement("blockquote") == true:
            break  // A quotation's footer names its speaker.
        case tags.aside:
            // A note on how the story was reported, set aside inside it, is the story's.
            if !isWrapper, !isMethodologyNote(node, measures: measures) { return "chrome:aside" }
        case tags.nav, tags.footer, tags.menu, tags.form:
            if !isWrapper { return "chrome:\(node.name)" }
        default:
            break
        }
        if !isWrapper, let role = node.attribute("role")?.lowercased(), ClassHints.unlikelyRoles.contains(role) {
            return "chrome:role=\(role)"
        }
        if !isWrapper, isCommentItem(node) { return "chrome:comment" }
        guard usesClassHints else { return nil }
        if tag == tags.body || tag == tags.article || tag == tags.main || tag == tags.a { return nil }
        // Most elements' names hold none of the words below: a scan of their bytes as written, then one
        // of their prepared names, answers for them all.
        guard !prefiltered || classOrID(of: node, holdsAnyOf: furnitureWords) else { return nil }
        var hints = ClassAndID(node, includingTestID: true)
        if hints.isEmpty || (prefiltered && !furnitureHints.matches(hints)) { return nil }
        var dropsGatedWord = false
        // (A data table's `<caption>` is its title, printed with it: `CollectBlocks`.)
        if ClassHints.caption.matches(hints), (measures[node.key]?.characters ?? 0) <= captionCharacters,
           !node.isElement("caption"), !node.ancestors.contains(where: { $0.isElement("table") }) {
            return "chrome:caption"
        }
        if !isWrapper, ClassHints.thirdPartyWidgets.matches(hints) || ClassHints.relatedBoxes.matches(hints)
            || ClassHints.authorBoxes.matches(hints) {
            return "chrome:class"
        }
        // An information box of fields; one holding the headline ("article-information" over the h1 and lead) is the header.
        if !isWrapper, ClassHints.postInfoBoxes.matches(hints), node.firstDescendant(named: "h1") == nil {
            return "chrome:class"
        }
        if !isWrapper, ClassHints.socialEmbeds.matches(hints) { return "chrome:embed" }
        if ClassHints.messagingPromos.matches(hints), (measures[node.key]?.characters ?? 0) <= messagingPromoCharacters,
           !node.isElement("p"), !HTMLTags.headings.contains(node.name) {
            return "chrome:promo"
        }
        if ClassHints.videoBox.matches(hints), isVideoBox(node, measures: measures) { return "chrome:embed" }
        if !isWrapper, ClassHints.wikiApparatus.matches(hints) { return "chrome:wiki" }
        if ClassHints.pullQuote.matches(hints), repeatsItsStory(node, measures: measures) { return "chrome:pull-quote" }
        if ClassHints.storyWall.matches(hints), isGatedTextBlock(node, measures: measures) {
            // A gated paragraph's other class words still count ("paywall news-rsf-recirc" is a link box).
            let unwalled = ClassAndID(node, includingTestID: true, droppingClassWord: ClassHints.gatedTextClassWord)
            if !ClassHints.storyWall.matches(unwalled) {
                hints = unwalled
                dropsGatedWord = true
            }
        }
        if !dropsGatedWord, ClassHints.storyWall.matches(hints) {
            // Prose under a wall's class name is the story's gated part, not the wall: a long text whatever
            // it says, a shorter one (one of several gated text blocks) when it asks for no subscription.
            let measure = measures[node.key]
            let isProse = (measure?.linkDensity ?? 1) <= proseLinkDensity
            if isProse, (measure?.characters ?? 0) >= proseCharacters { return nil }
            if !isWrapper, BoilerplatePhrases.wallOfBox(node.textContent) != nil { return "chrome:wall" }
            if isProse, (measure?.characters ?? 0) >= gatedProseCharacters { return nil }
        }
        // A test id's words never save an element ("StandardAd" holds "and"): they only find furniture.
        let ownHints = ClassAndID.hasTestID(node)
            ? ClassAndID(node, droppingClassWord: dropsGatedWord ? ClassHints.gatedTextClassWord : nil) : hints
        if ClassHints.maybeContent.matches(ownHints) { return nil }
        if ClassHints.unlikely.matches(hints) { return "chrome:class" }
        if !isWrapper, ClassHints.unlikelyUnlessProse.matches(hints)
            || (!isStorySubhead(node) && !isStorySubheadBox(node, hints: hints) && ClassHints.pageHeader.matches(hints)
                && !isStoryHeaderWithSummary(node, measures: measures)) {
            if let measure = measures[node.key], measure.characters >= proseCharacters,
               measure.linkDensity <= proseLinkDensity {
                return nil
            }
            return "chrome:class"
        }
        return nil
    }

    /// The packed names (`Node.packedName`) of the tags `furnitureRule` tells apart.
    private struct Tag {
        let header = Node.packedName("header"), footer = Node.packedName("footer")
        let nav = Node.packedName("nav"), aside = Node.packedName("aside"), menu = Node.packedName("menu")
        let form = Node.packedName("form"), body = Node.packedName("body"), article = Node.packedName("article")
        let main = Node.packedName("main"), a = Node.packedName("a")

        static let names = Tag()
    }

    /// A video's box holds at most this much text (a label, the video's title) and no prose.
    static let videoBoxCharacters = 200
    /// The elements a video's box may be.
    static let videoBoxElements: Set<String> = ["div", "section", "figure", "aside"]
    /// The headings that print a box's label.
    static let labelHeadings = ["h2", "h3", "h4", "h5", "h6"]

    /// A box named for a video (`ClassHints.videoBox`) holding a label heading ("Ars Video") and a
    /// title at most: the player's box, dropped whole. A box holding prose is the story's, whatever
    /// its name; one without a heading keeps its video's title (the reference corpora keep it as text).
    /// A box without a player or a picture (`holdsPlayer`) that holds only a heading (and buttons) over the
    /// prose that follows ("Transcript" and "Hide transcript" over a video's transcript) is a subhead
    /// (`isSubheadBox`). (A player a script fills in leaves a box of its title alone: it still goes.)
    static func isVideoBox(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        guard videoBoxElements.contains(node.name), (measures[node.key]?.characters ?? 0) <= videoBoxCharacters
        else { return false }
        return labelHeadings.contains { node.firstDescendant(named: $0) != nil } && (holdsPlayer(node) || !isSubheadBox(node))
    }

    /// The elements that show a video or its poster.
    static let playerElements = ["video", "iframe", "img", "picture", "object", "embed"]

    /// Whether `node` holds a video, an embedded frame, a picture, or an element named for a player
    /// ("video-player", "jw-player"), or is named so itself.
    static func holdsPlayer(_ node: Node) -> Bool {
        if playerElements.contains(where: { node.firstDescendant(named: $0) != nil }) { return true }
        var found = node.anyAttribute("class", "id", "data-testid", satisfies: { playerWord.occurs(in: $0) })
        node.walk { current in
            if found || !current.isElement { return false }
            if current.anyAttribute("class", "id", "data-testid", satisfies: { playerWord.occurs(in: $0) }) { found = true }
            return !found
        }
        return found
    }

    private static let playerWord = NeedleSet(["player"], ignoringASCIICase: true)

    /// A methodology note holds at least this much text...
    static let methodologyNoteCharacters = 200
    /// ...and at most this share of it in links.
    static let methodologyNoteLinkDensity = 0.1

    /// An `<aside>` inside the story (after a paragraph of it, or inside its `<article>`) that opens with a
    /// heading on how the story was reported (`MethodologyHeadings`: "How we did this", "Methodology") and
    /// holds unlinked prose: the story's note on its data, not a rail.
    static func isMethodologyNote(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        guard let measure = measures[node.key], measure.characters >= methodologyNoteCharacters,
              measure.linkDensity < methodologyNoteLinkDensity else { return false }
        var first = node.firstChild
        while let current = first, !current.isElement || (measures[current.key]?.characters ?? 0) == 0 {
            first = current.nextSibling
        }
        guard let heading = first, HTMLTags.headings.contains(heading.name) || heading.isElement("p") || heading.isElement("div"),
              (measures[heading.key]?.characters ?? 0) <= 60,
              MethodologyHeadings.matches(heading.textContent) else { return false }
        var previous = node.previousSibling
        while let current = previous, !current.isElement { previous = current.previousSibling }
        return previous?.isElement("p") == true || node.ancestors.contains(where: { $0.isElement("article") })
    }

    /// A summary bullet holds at least this many words (`TextMeasure.wordBreaks`: the ends of its words)...
    static let summaryBulletWords = 5
    /// ...and a summary list at least this many bullets.
    static let summaryBullets = 2

    /// A block classed as a header ("lede-header") inside an `<article>` that holds a list of
    /// sentences, its summary bullets: the story's own header, like an `<article>`'s `<header>`.
    /// A page's header holds lists of links.
    static func isStoryHeaderWithSummary(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        guard node.ancestors.contains(where: { $0.isElement("article") }) else { return false }
        var found = false
        node.walk { current in
            if found || !current.isElement { return false }
            if current.isElement("ul") || current.isElement("ol") {
                found = isSummaryList(current, measures: measures)
                return false
            }
            return true
        }
        return found
    }

    /// A list of `summaryBullets` items or more, each a sentence of `summaryBulletWords` words or more
    /// and mostly unlinked.
    static func isSummaryList(_ list: Node, measures: [UInt: TextMeasure]) -> Bool {
        let items = countListItems(list) { item in
            guard let measure = measures[item.key] else { return false }
            return measure.wordBreaks >= summaryBulletWords && measure.linkDensity <= proseLinkDensity
        }
        return (items ?? 0) >= summaryBullets
    }

    /// How many items a list has when every element in it is an `li` that passes `test`; nil otherwise.
    static func countListItems(_ list: Node, where test: (Node) -> Bool) -> Int? {
        var items = 0
        var child = list.firstChild
        while let item = child {
            child = item.nextSibling
            guard item.isElement else { continue }
            guard item.isElement("li"), test(item) else { return nil }
            items += 1
        }
        return items
    }

    /// The elements schema.org's paywalled-content markup classes one by one as the story's gated text.
    static let gatedTextElements: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6"]

    /// A paragraph or subheading carrying the bare class word `paywall` (`ClassHints.gatedTextClassWord`),
    /// mostly unlinked and asking for no subscription: a gated part of the story, however short.
    static func isGatedTextBlock(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        guard gatedTextElements.contains(node.name), let measure = measures[node.key], measure.characters > 0,
              measure.linkDensity <= proseLinkDensity,
              let classBytes = node.attributeBytes("class"),
              ClassAndID.holdsClassWord(classBytes, ClassHints.gatedTextClassWord) else { return false }
        return BoilerplatePhrases.wallOfBox(node.textContent) == nil
    }

    /// Whether every element child of `node` is an `h2`–`h6` without links, and there is one at least.
    static func holdsOnlySubheadings(_ node: Node) -> Bool {
        var headings = 0
        var child = node.firstChild
        while let current = child {
            if current.isElement {
                let name = current.name
                guard name != "h1", HTMLTags.headings.contains(name), current.firstDescendant(named: "a") == nil else {
                    return false
                }
                headings += 1
            }
            child = current.nextSibling
        }
        return headings > 0
    }

    /// Every class hint `furnitureRule` drops an element for (keep the two in step; a test tries every
    /// word of `ClassHints.everySet` with and without this filter): an element whose names match none
    /// of them is not dropped for its class.
    static let furnitureHints = HintSet(anyOf: [
        ClassHints.caption, ClassHints.thirdPartyWidgets, ClassHints.relatedBoxes, ClassHints.authorBoxes,
        ClassHints.postInfoBoxes, ClassHints.socialEmbeds, ClassHints.messagingPromos, ClassHints.videoBox, ClassHints.wikiApparatus,
        ClassHints.pullQuote, ClassHints.storyWall, ClassHints.unlikely, ClassHints.unlikelyUnlessProse,
        ClassHints.pageHeader,
    ])

    /// `furnitureHints`' words, as a class or id writes them.
    static let furnitureWords = furnitureHints.writtenWords

    /// An `h2`–`h6` followed by a paragraph: a subheading of the text it
    /// stands in, whatever its class says ("header-block"). A rail's heading
    /// ("Most Read", "Ähnliche Themen") stands over a list or a box instead.
    static func isStorySubhead(_ node: Node) -> Bool {
        let name = node.name
        guard name != "h1", HTMLTags.headings.contains(name) else { return false }
        var sibling = node.nextSibling
        while let current = sibling, !current.isElement { sibling = current.nextSibling }
        return sibling?.isElement("p") == true
    }

    /// A box holding nothing but a subheading (its buttons dropped as invisible: "Transcript" beside "Hide
    /// transcript"), followed by a paragraph or a box opening with one: the title of the text below
    /// ("b-video-transcript__header"), whatever its class says.
    static func isSubheadBox(_ node: Node) -> Bool {
        guard node.isElement("div") || node.isElement("section"), holdsOnlySubheadings(node) else { return false }
        var sibling = node.nextSibling
        while let current = sibling, !current.isElement { sibling = current.nextSibling }
        guard let next = sibling else { return false }
        if next.isElement("p") { return true }
        var first = next.firstChild
        while let current = first, !current.isElement || current.textMeasure.characters == 0 { first = current.nextSibling }
        return first?.isElement("p") == true
    }

    /// A subheading's box (`isSubheadBox`) inside the story: after another block of it ("embed-subheader"
    /// between two paragraphs), or named for a video (a transcript's "b-video-transcript__header" over its
    /// lines). A page's header box first in its region, over the intro, is not one.
    static func isStorySubheadBox(_ node: Node, hints: ClassAndID) -> Bool {
        guard isSubheadBox(node) else { return false }
        if ClassHints.videoBox.matches(hints) { return true }
        var sibling = node.previousSibling
        while let current = sibling, !current.isElement || current.textMeasure.characters == 0 { sibling = current.previousSibling }
        return sibling != nil
    }

    /// The text around a pull quote is its nearest ancestor with at least this many times its text.
    static let pullQuoteContext = 3
    /// A pull quote repeats its story when at least this share of its four-word runs stand in the text around it.
    static let pullQuoteRepeatShare = 0.5

    /// Whether a pull quote repeats sentences of the text around it (most of
    /// its runs of four words stand there too): a display copy of the
    /// story's own words. A quote printed only in the box is the story's.
    static func repeatsItsStory(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        let own = measures[node.key]?.characters ?? 0
        guard own > 0, let context = node.ancestors.first(where: {
            (measures[$0.key]?.characters ?? 0) >= pullQuoteContext * own
        }) else { return false }
        var quoteText: [UInt8] = []
        node.appendText(to: &quoteText)
        var aroundText: [UInt8] = []
        context.walk { current in
            if current == node { return false }
            if current.isText { current.appendText(to: &aroundText); aroundText.append(0x20) }
            return true
        }
        if let repeats = repeatsRuns(of: quoteText, in: aroundText) { return repeats }
        let quoteRuns = fourWordRuns(String(decoding: quoteText, as: UTF8.self))
        guard !quoteRuns.isEmpty else { return false }
        let aroundRuns = fourWordRuns(String(decoding: aroundText, as: UTF8.self))
        let repeated = quoteRuns.filter(aroundRuns.contains).count
        return Double(repeated) >= pullQuoteRepeatShare * Double(quoteRuns.count)
    }

    /// `repeatsItsStory`'s test on the bytes of the two texts, read by `WordReader`: whether at least
    /// `pullQuoteRepeatShare` of the quote's four-word runs (`fourWordRuns`, one or more) stand in the
    /// text around it. No String is built, and only the windows of the text around made of the
    /// quote's words are joined to be looked up. Nil when `WordReader` cannot read one of the texts.
    static func repeatsRuns(of quoteText: [UInt8], in aroundText: [UInt8]) -> Bool? {
        let reader = WordReader.shared
        var quoteLowered: [UInt8] = []
        var aroundLowered: [UInt8] = []
        guard let quoteWords = reader.words(quoteText, lowered: &quoteLowered),
              let aroundWords = reader.words(aroundText, lowered: &aroundLowered) else { return nil }
        guard quoteWords.count >= 4 else { return false }
        /// Words `from` to `from + 3` of `words`, joined by spaces as `fourWordRuns` joins them.
        func run(_ words: [Range<Int>], _ from: Int, in lowered: [UInt8]) -> [UInt8] {
            var bytes: [UInt8] = []
            for index in from..<(from + 4) {
                if index > from { bytes.append(0x20) }
                bytes.append(contentsOf: lowered[words[index]])
            }
            return bytes
        }
        let quoteRuns = Set((0...(quoteWords.count - 4)).map { run(quoteWords, $0, in: quoteLowered) })
        let needed = pullQuoteRepeatShare * Double(quoteRuns.count)
        let quoteVocabulary = Set(quoteWords.map { quoteLowered[$0] })
        // Whether each word of the text around is one of the quote's: only windows of four such words are looked up.
        let known = aroundWords.map { quoteVocabulary.contains(aroundLowered[$0]) }
        var found: Set<[UInt8]> = []
        var knownInRow = 0
        for index in aroundWords.indices {
            knownInRow = known[index] ? knownInRow + 1 : 0
            guard knownInRow >= 4 else { continue }
            let candidate = run(aroundWords, index - 3, in: aroundLowered)
            if quoteRuns.contains(candidate), found.insert(candidate).inserted, Double(found.count) >= needed {
                return true
            }
        }
        return Double(found.count) >= needed
    }

    /// The text's runs of four words, lower-cased, punctuation left out.
    static func fourWordRuns(_ text: String) -> Set<String> {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 4 else { return [] }
        return Set((0...(words.count - 4)).map { words[$0..<($0 + 4)].joined(separator: " ") })
    }

    /// A list whose every item (two or more) is mostly one link to a place on
    /// the same page, or opens with one holding only a time of day: a table of
    /// contents ("Contents", a live blog's "Key events") that repeats the
    /// headings below it.
    static func isJumpList(_ list: Node, measures: [UInt: TextMeasure]) -> Bool {
        let items = countListItems(list) { item in
            guard let link = item.firstDescendant(named: "a"),
                  let href = link.attributeBytes("href"), href.first == 0x23, href.count > 1 else { return false }
            let itemCharacters = measures[item.key]?.characters ?? 0
            let linkCharacters = measures[link.key]?.characters ?? 0
            guard linkCharacters > 0 else { return false }
            // A live blog's key event links its entry by the time alone: "3:42 pm Crews close the breach".
            return linkCharacters * 2 >= itemCharacters
                || DateHints.timeOfDayOnly.matches(TextNormalization.collapse(link.textContent))
        }
        return (items ?? 0) >= 2
    }

    /// A jump list's box holding at most this much text besides the list is its label's box.
    static let jumpListLabelCharacters = 24

    /// A link card holds at most this much text: a title, a description, a site name.
    static let linkCardCharacters = 600
    /// A link wrapping this many blocks of text, or more, is a card (a title and a description).
    static let linkCardBlocks = 2

    /// A link (`<a href>`) that wraps blocks of text: a preview of the page it
    /// leads to (Ghost's `kg-bookmark-card`, Substack's embedded post and tweet),
    /// not a sentence of the story. A link around one block (a linked subhead)
    /// is not one.
    static func isLinkCard(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        // Most links hold only text: their children are read without building a list of them.
        var child = node.firstChild
        var holdsBlock = false
        while let current = child, !holdsBlock {
            holdsBlock = current.isElement && HTMLTags.block.contains(current.name)
            child = current.nextSibling
        }
        guard holdsBlock, let href = node.attributeBytes("href"), href.first != 0x23,
              let measure = measures[node.key], measure.characters > 0, measure.characters <= linkCardCharacters
        else { return false }
        var textBlocks = 0
        countTextBlocks(node, measures: measures, into: &textBlocks)
        if textBlocks >= linkCardBlocks { return true }
        // A picture and one block of text, linked to another page (not to the picture's own file).
        return textBlocks == 1 && (node.firstDescendant(named: "img") != nil || node.firstDescendant(named: "picture") != nil)
            && !linksToImageFile(href)
    }

    /// Whether a link's address ends in an image file's extension ("….jpg", "….png?w=800"): a lightbox's.
    static func linksToImageFile(_ href: [UInt8]) -> Bool {
        var path = Array(href.prefix { $0 != 0x3F && $0 != 0x23 }).map(ASCIIText.lower)
        while path.last == 0x2F { path.removeLast() }
        return imageExtensions.contains { path.count > $0.count && path.suffix($0.count).elementsEqual($0) }
    }

    private static let imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"].map { Array($0.utf8) }

    /// Counts the innermost blocks under `node` that hold text; returns whether `node` holds a block.
    @discardableResult
    private static func countTextBlocks(_ node: Node, measures: [UInt: TextMeasure], into count: inout Int) -> Bool {
        var holdsBlock = false
        for child in node.children where child.isElement {
            let isBlock = HTMLTags.block.contains(child.name)
            let innerBlock = countTextBlocks(child, measures: measures, into: &count)
            if isBlock, !innerBlock, (measures[child.key]?.characters ?? 0) > 0 { count += 1 }
            if isBlock || innerBlock { holdsBlock = true }
        }
        return holdsBlock
    }

    /// A reader's comment by its schema.org microdata: `itemprop="comment"`, or an item typed
    /// Comment (forum software marks each reply so: Discourse, phpBB, vBulletin).
    static func isCommentItem(_ node: Node) -> Bool {
        guard holdsMicrodata(node) else { return false }
        return isCommentItem(node, itemProperty: itemProperty(of: node))
    }

    /// Whether the element carries an `itemprop` or an `itemtype` (one pass over its attributes):
    /// without either, it is no comment item, and its `itemProperty` is `.other`.
    static func holdsMicrodata(_ node: Node) -> Bool {
        node.anyAttribute("itemprop", "itemtype", "itemprop", satisfies: { _ in true })
    }

    /// `isCommentItem`, with the element's `itemProperty` read already.
    static func isCommentItem(_ node: Node, itemProperty: ItemProperty) -> Bool {
        if itemProperty == .comment { return true }
        guard let itemtype = node.attributeBytes("itemtype") else { return false }
        return MetadataKeys.bareType(String(decoding: itemtype, as: UTF8.self)) == "comment"
    }

    /// What an element's `itemprop` (the whole value, in any case) says of it, for `isCommentItem`
    /// and `protectedNodes`.
    enum ItemProperty {
        /// `itemprop="comment"`: a reader's comment.
        case comment
        /// `itemprop="articleBody"` or `itemprop="text"`: the story's text.
        case storyText
        /// Another value, or none.
        case other
    }

    /// The element's `itemprop`, read once (as `ElementClues.attribute(_:_:is:)` compares it).
    static func itemProperty(of node: Node) -> ItemProperty {
        var property = ItemProperty.other
        _ = node.attribute("itemprop", satisfies: { value in
            if equalsIgnoringASCIICase(value, commentValue) {
                property = .comment
            } else if equalsIgnoringASCIICase(value, articleBodyValue) || equalsIgnoringASCIICase(value, textValue) {
                property = .storyText
            }
            return true
        })
        return property
    }

    private static let commentValue = Array("comment".utf8)
    private static let articleBodyValue = Array("articlebody".utf8)
    private static let textValue = Array("text".utf8)

    /// Whether `bytes` equal `lowercase` (lower-case bytes) once their ASCII letters are lower-cased.
    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8]) -> Bool {
        bytes.count == lowercase.count && zip(bytes, lowercase).allSatisfy { ASCIIText.lower($0) == $1 }
    }

    /// A link preview that stands in the text (Discourse's "onebox", an `aside` or `div` with the
    /// linked page's site, title, picture and description), unless it holds most of the page's text.
    static func isLinkPreview(_ node: Node, share: Double) -> Bool {
        guard node.isElement("aside") || node.isElement("div"), share <= wrapperShare,
              classOrID(of: node, holdsAnyOf: linkPreviewWords) else { return false }
        return ClassHints.linkPreview.matches(ClassAndID(node))
    }

    private static let linkPreviewWords = ClassHints.linkPreview.writtenWords
    private static let lightboxWords = ClassHints.lightbox.writtenWords

    /// A link that opens a picture in a lightbox (`a.lightbox`): its text, beside the picture, is
    /// the overlay's file information ("IMG_2041 4032×3024 1.9 MB").
    static func isLightbox(_ node: Node) -> Bool {
        classOrID(of: node, holdsAnyOf: lightboxWords) && ClassHints.lightbox.matches(ClassAndID(node))
    }

    /// The box a link shows to be furniture, and the rule: a WordPress post-meta line of category
    /// links ("in <a rel="category tag">Metro</a>, <a …>News</a>") or of author links ("by <a
    /// href="/author/editor/">Editor</a>"), with at most a short label beside them; the box of an
    /// app-store link that speaks of the site's app ("Download the Clarion app", badges for Google
    /// Play and the App Store); and the box of a membership button ("Become an Insider", "Become a
    /// member") with its heading and pitch.
    static func linkedBox(of link: Node, measures: [UInt: TextMeasure]) -> (Node, LinkedBox)? {
        if let rel = link.attributeBytes("rel"), categoryWord.occurs(in: rel) {
            guard let box = enclosingBlock(of: link), isLabelledLinkLine(box, measures: measures, isMeta: isCategoryLink,
                                                                       label: { BoilerplatePhrases.hasAtMostWords($0, maxPostMetaLabelWords) })
            else { return nil }
            return (box, .categories)
        }
        if isAuthorArchiveLink(link) {
            guard let box = enclosingBlock(of: link), isLabelledLinkLine(box, measures: measures, isMeta: isAuthorArchiveLink,
                                                                       label: isBylineLabel)
            else { return nil }
            return (box, .authors)
        }
        if link.attribute("href", satisfies: { appStoreAddresses.occurs(in: $0) }) {
            guard let box = enclosingBox(of: link), (measures[box.key]?.characters ?? 0) <= promoBoxCharacters,
                  BoilerplatePhrases.speaksOfAnApp(box.textContent) else { return nil }
            return (box, .appPromotion)
        }
        guard let measure = measures[link.key], measure.characters > 0,
              measure.characters <= BoilerplatePhrases.maxMembershipButtonCharacters,
              holdsMembershipWord(link), BoilerplatePhrases.isMembershipButton(ElementText.spaced(link)),
              let box = enclosingBox(of: link), let boxMeasure = measures[box.key],
              boxMeasure.characters <= promoBoxCharacters, boxMeasure.characters > measure.characters else { return nil }
        return (box, .membership)
    }

    private static let categoryWord = NeedleSet(["category"], ignoringASCIICase: true)
    /// `BoilerplatePhrases.appStoreAddresses`, looked for in one scan of a link's address.
    private static let appStoreAddresses = NeedleSet(BoilerplatePhrases.appStoreAddresses)

    /// Whether a link's text holds a word of a membership button (`BoilerplatePhrases.membershipButtonWords`).
    static func holdsMembershipWord(_ link: Node) -> Bool {
        var text: [UInt8] = []
        link.appendText(to: &text)
        return BoilerplatePhrases.membershipButtonWords.occurs(in: text)
    }

    /// What `linkedBox` found a box to be.
    enum LinkedBox {
        case categories, authors, appPromotion, membership

        var rule: String {
            switch self {
            case .categories, .authors: return "chrome:post-meta"
            case .appPromotion: return "chrome:app-box"
            case .membership: return "chrome:membership-box"
            }
        }
    }

    /// A page prints its story's category line or author line once or twice (above and below it);
    /// more lines of a kind are a list's teasers, which are left to the rules for lists.
    static let maxPostMetaLines = 2

    /// Most words of the label beside a post-meta line's category links ("Posted in", "Filed under:").
    static let maxPostMetaLabelWords = 3
    /// Most characters of a post-meta line, its links and label.
    static let postMetaCharacters = 160
    /// Most characters of an app's or a membership's box.
    static let promoBoxCharacters = 400

    /// Whether `box` holds links that `isMeta` accepts, each with text, and nothing else but a label
    /// `label` accepts.
    static func isLabelledLinkLine(_ box: Node, measures: [UInt: TextMeasure], isMeta: (Node) -> Bool,
                                   label: (String) -> Bool) -> Bool {
        guard let measure = measures[box.key], measure.characters <= postMetaCharacters, measure.linkCharacters > 0 else {
            return false
        }
        var rest = ""
        var onlyMeta = true
        box.walk { node in
            if node.isText { rest += node.content ?? ""; return false }
            guard node.isElement else { return false }
            if node.isElement("a") {
                // (A portrait inside an author's link is no line of text.)
                if !isMeta(node) || !node.textContent.contains(where: { !$0.isWhitespace }) { onlyMeta = false }
                return false
            }
            return onlyMeta
        }
        // The label without the separators at either end (", ", " | ").
        let collapsed = TextNormalization.collapse(rest)
        let opened = collapsed.drop(while: labelSeparators.contains)
        var end = opened.endIndex
        while end > opened.startIndex, labelSeparators.contains(opened[opened.index(before: end)]) {
            end = opened.index(before: end)
        }
        let words = String(opened[..<end])
        // (Links alone, without their label, may be a quotation's speaker or a kicker: left to the other rules.)
        return onlyMeta && !words.isEmpty && label(words)
    }

    /// What stands between a post-meta line's links and around its label.
    private static let labelSeparators: Set<Character> = [" ", ",", ":", ";", "|", "/", "·", "•", "-", "–", "—"]

    /// A WordPress category or tag link (`rel="category tag"`, `rel="tag"`).
    static func isCategoryLink(_ node: Node) -> Bool {
        guard let rel = node.attribute("rel")?.lowercased() else { return false }
        return rel.contains("category") || rel.split(separator: " ").contains("tag")
    }

    /// A link to an author's archive (WordPress's "/author/NAME/") or marked `rel=author`.
    static func isAuthorArchiveLink(_ node: Node) -> Bool {
        // (`rel=author` needs the word in its bytes, in some case: most links' rel, if any, is split for nothing.)
        if node.attribute("rel", satisfies: { authorWord.occurs(in: $0) }), FindByline.isRelAuthor(node) { return true }
        guard let href = node.attributeBytes("href") else { return false }
        return ByteSearch.contains(href[...], authorArchivePath)
    }

    private static let authorArchivePath = Array("/author/".utf8)
    private static let authorWord = NeedleSet(["author"], ignoringASCIICase: true)

    /// A byline's label alone: "by", "Written by", "Posted by", "Von".
    static func isBylineLabel(_ text: String) -> Bool {
        let line = text + " "
        guard BoilerplatePhrases.hasAtMostWords(text, 2), let match = BylineVocabulary.leadingBy.firstMatch(in: line)
        else { return false }
        return line[match.range.upperBound...].allSatisfy(\.isWhitespace)
    }

    /// The nearest `div`, `aside` or `section` holding `node`: a box, not a paragraph.
    static func enclosingBox(of node: Node) -> Node? {
        var current = node.parent
        while let element = current, element.isElement, !element.isElement("body") {
            if element.isElement("div") || element.isElement("aside") || element.isElement("section") { return element }
            current = element.parent
        }
        return nil
    }

    /// A box holding a call to join the site is at most this long.
    static let portalBoxCharacters = 400

    /// A link that opens Ghost's membership portal ("#/portal/signup", `data-portal="signup"`).
    static func opensMembersPortal(_ node: Node) -> Bool {
        if node.hasAttribute("data-portal") { return true }
        guard let href = node.attributeBytes("href") else { return false }
        return ByteSearch.hasPrefix(href, portalPrefix, at: 0)
    }

    private static let portalPrefix = Array("#/portal".utf8)

    /// The nearest block element holding `node`.
    static func enclosingBlock(of node: Node) -> Node? {
        var current = node.parent
        while let element = current, element.isElement {
            if HTMLTags.block.contains(element.name) { return element.isElement("body") ? nil : element }
            current = element.parent
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
            // A reader's comment protects nothing inside it (its text is marked itemprop="text" too).
            let hasMicrodata = holdsMicrodata(node)
            let itemProperty = hasMicrodata ? itemProperty(of: node) : .other
            if hasMicrodata, isCommentItem(node, itemProperty: itemProperty) { return false }
            // A comment marked up as an <article> (WordPress's "comment-body") protects nothing.
            let isStoryArticle = node.isElement("article") && !ClassHints.comments.matches(ClassAndID(node))
            var protect = isStoryArticle || node.isElement("main") || itemProperty == .storyText
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

    private static let storyBodyWords = ClassHints.storyBody.writtenWords

    /// Whether the element's class and id name a story body as far as their bytes tell.
    private static func mayNameStoryBody(_ node: Node) -> Bool {
        classOrID(of: node, holdsAnyOf: storyBodyWords)
    }

    /// Whether the element's class, id or test ids (`ClassAndID.testIDAttributes`), as written, holds one of `words`
    /// (lower-case, matched in any case). Without one, their `ClassAndID`
    /// cannot match a hint set made of those words: preparing the names
    /// only cuts parts off at spaces and splits words, and no word holds a
    /// space; so most elements are turned away without being prepared.
    static func classOrID(of node: Node, holdsAnyOf words: NeedleSet) -> Bool {
        // (No word spans the space between class and id: each is read where it stands.)
        // (A closure literal: the method's partial application would allocate a context per call.)
        node.anyAttribute("class", "id", "data-testid", satisfies: { words.occurs(in: $0) })
            || node.anyAttribute("data-qa", "data-test", "data-component", satisfies: { words.occurs(in: $0) })
    }
}

