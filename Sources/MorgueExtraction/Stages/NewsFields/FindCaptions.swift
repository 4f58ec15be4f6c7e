import MorgueDOM
import MorgueModel

/// A photo caption and the element that holds the photo and caption (a
/// `<figure>`, a WordPress caption box, or the caption element itself),
/// which the body leaves out.
struct FoundCaption {
    var caption: Caption
    var node: Node
    /// Other containers that showed the same photo with the same (or a
    /// shorter) caption; they are dropped from the body too.
    var duplicates: [Node] = []
}

/// Finds the photo captions of the page and splits off their credits.
///
/// Keeps: `<figure>` with `<figcaption>` (in a gallery of figures, each
/// inner figure's own); a table of a photo's row and a caption's row
/// (Blogger's, old CMSs'); a carousel's slide with a photo and a description
/// element (`slideDescription`); a description element in a picture's box, without a figure
/// (`pictureBox(ofDescription:)`: "p.desc" beside its "span.author", even in a box whose names also
/// say "related": `isPictureBox`); WordPress `wp-caption` boxes with
/// `wp-caption-text`; elements classed as captions (caption, image-caption,
/// photo-caption, media-caption, article__caption, …); `itemprop=caption`
/// or `description` of an ImageObject; a short paragraph ending with a photographer's "摄"/"攝" after a
/// paragraph holding only a photo (`paragraphAfterPhoto`). The credit comes from a credit
/// element inside the caption (class *credit*/*copyright*, `<small>`,
/// `<cite>`), or the short last of the spans a caption is printed as ("<span>…</span><span>EFE</span>",
/// read apart with a space), or from the caption's text (`SplitCaptionCredit`), or is a
/// credit the page prints in brackets after other captions. The image
/// URL is the largest `srcset` candidate, else `data-src`,
/// `data-lazy-src`, `data-original`, else `src`, else another lazy loader's
/// attribute (`ImageSource`), made absolute (and, in a
/// page saved from the Wayback Machine, the original address the archive
/// wraps: `WaybackCapture`).
/// Drops: a gallery's slide counter and buttons (and buy, purchase and
/// reprint links, by class or by their words: "Purchase Licensing Rights", ", opens new tab") inside a
/// caption; a credit's label left dangling at its end ("Fot."); table
/// captions; captions in navigation, teasers of other stories
/// and footers; caption-classed elements with no photo beside them;
/// captions that are only a credit or an ad label ("Reklama"); 1×1 tracking pixels and `data:` images; a second caption
/// of the same photo (same image, or one text containing the other; of two
/// different pictures, not the same one in two sizes, the same text alone, or
/// a credit's label alone held in the other: "Credit") — the fuller text is kept.
enum FindCaptions {
    /// Longest text taken as a caption.
    static let maxCaptionLength = 1500
    /// How far up from a caption element a photo's container is sought.
    static let maxContainerDepth = 3
    /// Extra characters a container may hold besides its caption (credits,
    /// "enlarge" buttons) and still be taken as the photo's box.
    static let containerSlack = 60

    static func run(document: HTMLDocument, resolver: URLResolver, survey: PageSurvey? = nil) -> [FoundCaption] {
        let survey = survey ?? PageSurvey(document: document)
        var found: [FoundCaption] = []
        var claimed = Set<Node>()
        survey.walk { index in
            let entry = survey.entries[index]
            guard entry.facts.contains(.element), !survey.isInvisible(index) else { return false }
            let node = survey.nodes[index]
            if entry.tag == .table {
                // Blogger sets a captioned photo in a table: the image's row, then the caption's cell; so do
                // old CMSs and VnExpress ("tplCaption"), unclassed: a photo's row, then a caption's row.
                // (Other tables, a layout's among them, are walked like any element.)
                let isBlogger = entry.hints.contains(.bloggerCaptionTable)
                let caption = isBlogger
                    ? firstDescendant(of: node, where: { CreditPatterns.bloggerCaptionCell.matches(ElementClues.classAndID($0)) })
                    : photoTableCaption(node)
                if let caption, !claimed.contains(node) {
                    claimed.insert(node)
                    if let tableCaption = read(caption, container: node, resolver: resolver), tableCaption.imageURL != nil {
                        found.append(FoundCaption(caption: tableCaption, node: node))
                    }
                    return false
                }
                if isBlogger { return false }
            }
            guard !claimed.contains(node) else { return false }
            // Furniture's captions belong to other stories; a box named for one picture is the story's own
            // ("relatedBox" holding "related_image_container": the article's embedded photo).
            // (The survey does not enter furniture: the box's description is looked for in its nodes.)
            if entry.facts.contains(.foreign) {
                guard isPictureBox(node, names: survey.names(index)),
                      let description = firstDescendant(of: node, where: { pictureBox(ofDescription: $0) != nil }),
                      let box = pictureBox(ofDescription: description), !claimed.contains(box) else { return false }
                claimed.insert(box)
                if let caption = read(description, container: box, resolver: resolver), caption.imageURL != nil {
                    found.append(FoundCaption(caption: caption, node: box))
                }
                return false
            }
            let site = SiteClues(isWordPressBox: entry.hints.contains(.wordPressBox),
                                 isCaptionClass: entry.hints.contains(.captionClass),
                                 isCaptionProperty: entry.facts.contains(.itempropCaption))
            guard let (captionElement, container) = captionSite(of: node, clues: site) else { return true }
            claimed.insert(container)
            // A caption element outside a figure or caption box counts only beside a photo.
            let needsImage = !(container.isElement("figure")
                || CreditPatterns.wordPressBox.matches(ElementClues.classAndID(container)))
            // A figure around a video, an embedded player or a quotation has no photo to caption.
            if let caption = read(captionElement, container: container, resolver: resolver),
               caption.imageURL != nil || !needsImage && !showsNoPhoto(container) {
                found.append(FoundCaption(caption: caption, node: container))
            }
            return false
        }
        return deduplicate(splittingPageCredits(found))
    }

    /// A credit the page prints in brackets after some captions' last
    /// sentence ("Attach moss. (Lucy Akins)") is the credit wherever a
    /// caption of the page ends with it in brackets ("Glass cloche
    /// terrariums (Lucy Akins)").
    static func splittingPageCredits(_ found: [FoundCaption]) -> [FoundCaption] {
        let credits = Set(found.compactMap(\.caption.credit))
        guard !credits.isEmpty else { return found }
        return found.map { item in
            guard item.caption.credit == nil, item.caption.text.hasSuffix(")") else { return item }
            for credit in credits where item.caption.text.hasSuffix("(" + credit + ")") {
                var split = item
                split.caption.text = SplitCaptionCredit.trimCaption(String(item.caption.text.dropLast(credit.count + 2)))
                split.caption.credit = credit
                return split.caption.text.isEmpty ? item : split
            }
            return item
        }
    }

    // MARK: Where captions are

    /// What an element's class-and-id string and `itemprop` say of it as a caption site.
    struct SiteClues {
        /// `CreditPatterns.wordPressBox` matches its class-and-id.
        var isWordPressBox: Bool
        /// `CreditPatterns.captionClass` matches its class-and-id.
        var isCaptionClass: Bool
        /// `isCaptionProperty(node)`.
        var isCaptionProperty: Bool

        init(isWordPressBox: Bool, isCaptionClass: Bool, isCaptionProperty: Bool) {
            self.isWordPressBox = isWordPressBox
            self.isCaptionClass = isCaptionClass
            self.isCaptionProperty = isCaptionProperty
        }

        /// The clues of `node`, whose `ElementClues.classAndID` is `names`.
        init(_ node: Node, names: String) {
            self.init(isWordPressBox: CreditPatterns.wordPressBox.matches(names),
                      isCaptionClass: CreditPatterns.captionClass.matches(names),
                      isCaptionProperty: FindCaptions.isCaptionProperty(node))
        }
    }

    /// The caption element and its container, when `node` starts one.
    static func captionSite(of node: Node, clues: SiteClues) -> (caption: Node, container: Node)? {
        // (The caption paragraph is its own container: the photo is looked for just before it.)
        if node.isElement("p"), let caption = paragraphAfterPhoto(node) { return (caption, caption) }
        if let description = slideDescription(of: node) { return (description, node) }
        if node.isElement("figure") {
            // A gallery of captioned figures (WordPress's wp-block-gallery): each inner figure is a caption site.
            if isGalleryOfCaptionedFigures(node) { return nil }
            if let caption = node.firstDescendant(named: "figcaption") ?? firstDescendant(of: node, where: isCaptionElement)
                ?? paragraphBesidePhoto(in: node) {
                return (caption, node)
            }
            return nil
        }
        if clues.isWordPressBox {
            if let caption = firstDescendant(of: node, where: isCaptionElement) { return (caption, node) }
            return nil
        }
        if let box = pictureBox(ofDescription: node) { return (node, box) }
        // A gallery's own caption (under figures captioned one by one) names no single photo.
        if node.isElement("figcaption"), captionsGallery(node) { return nil }
        if node.isElement("figcaption") || isCaptionElement(node, clues: clues) {
            return (node, container(of: node))
        }
        return nil
    }

    /// The picture's box of a description element without a figure (`CreditPatterns.descriptionClass`:
    /// "<div class=related_image_container><img><div><p class=desc>…</p><span class=author>Fot. …</span>"):
    /// the nearest ancestor (`maxContainerDepth` up) that holds one photo, when it is classed for an image
    /// and holds no heading; nil for any other element.
    static func pictureBox(ofDescription node: Node) -> Node? {
        guard !node.isElement("caption"), node.attribute("class", satisfies: { descWord.occurs(in: $0) }),
              CreditPatterns.descriptionClass.matches(ElementClues.classAndID(node)),
              ImageSource.images(in: node).isEmpty, !node.ancestors.contains(where: { $0.isElement("table") }) else { return nil }
        var current = node
        for _ in 0..<maxContainerDepth {
            guard let parent = current.parent, parent.isElement, !parent.isElement("body"), !parent.isElement("article"),
                  !parent.isElement("main") else { return nil }
            current = parent
            let images = ImageSource.images(in: parent).count
            if images > 1 { return nil }
            guard images == 1, CreditPatterns.pictureBoxClass.matches(ElementClues.classAndID(parent)) else { continue }
            // A box with a heading is a teaser's card or a story's header (its dek "p.description"), not a photo's.
            let holdsHeading = HTMLTags.headings.contains { parent.firstDescendant(named: $0) != nil }
            return !holdsHeading && !holdsSentence(parent, besides: node) ? parent : nil
        }
        return nil
    }

    private static let descWord = NeedleSet(["desc"], ignoringASCIICase: true)

    /// A `<div>` or `<span>` whose class or id names a picture (`CreditPatterns.pictureBoxClass`) and that
    /// holds one photo and no heading: a photo's box, whatever other words its names hold ("related").
    static func isPictureBox(_ node: Node, names: String) -> Bool {
        guard node.isElement("div") || node.isElement("span"), CreditPatterns.pictureBoxClass.matches(names),
              ImageSource.images(in: node).count == 1 else { return false }
        return !HTMLTags.headings.contains { node.firstDescendant(named: $0) != nil }
    }

    /// The caption's cell of a table that sets a photo with its caption: two
    /// rows of one cell each, the first holding one photo and no text, the
    /// second a short text and no photo, and no table inside.
    static func photoTableCaption(_ table: Node) -> Node? {
        var rows: [Node] = []
        for child in table.elementChildren {
            if child.isElement("tr") {
                rows.append(child)
            } else if child.isElement("tbody") || child.isElement("thead") || child.isElement("tfoot") {
                rows += child.elementChildren.filter { $0.isElement("tr") }
            }
            if rows.count > 2 { return nil }
        }
        guard rows.count == 2 else { return nil }
        let cells = rows.map { $0.elementChildren.filter { $0.isElement("td") || $0.isElement("th") } }
        guard cells.allSatisfy({ $0.count == 1 }), table.firstDescendant(named: "table") == nil,
              ImageSource.images(in: rows[0]).count == 1, ImageSource.images(in: rows[1]).isEmpty,
              TextNormalization.collapse(rows[0].textContent).isEmpty else { return nil }
        let text = TextNormalization.collapse(rows[1].textContent)
        guard !text.isEmpty, text.count <= maxFigureParagraphCharacters else { return nil }
        return cells[1][0]
    }

    /// A carousel's slide (`DropInvisible.isCarouselSlide`) that shows one photo (not the carousel's box of
    /// slides, "Carousel-slides"): its description element
    /// (`ClassHints.slideDescription`: "CarouselSlide-infoDescription", "slide-caption") is the photo's
    /// caption, without a `<figure>`; the slide's credit element (`figureCredit`) is its credit, and its
    /// counter ("3 / 10") and share buttons are left out.
    static func slideDescription(of node: Node) -> Node? {
        guard node.isElement("div") || node.isElement("li") || node.isElement("section"),
              DropInvisible.isCarouselSlide(node), ImageSource.images(in: node).count == 1 else { return nil }
        return firstDescendant(of: node) { element in
            guard element.isElement, !element.isElement("img"), !element.isElement("picture"),
                  DropPageChrome.classOrID(of: element, holdsAnyOf: slideDescriptionWords),
                  ClassHints.slideDescription.matches(ClassAndID(element)) else { return false }
            return element.textMeasure.characters > 0 && ImageSource.images(in: element).isEmpty
        }
    }

    private static let slideDescriptionWords = ClassHints.slideDescription.writtenWords

    /// Longest text (non-space characters) of a paragraph read as the caption of a photo's paragraph.
    static let maxPhotoParagraphCaptionCharacters = 200

    /// The caption of a paragraph that holds one photo and no text, as Chinese state media's CMSs
    /// (TRS) print a picture without a figure: "<p style='text-align:center'><img></p><p
    /// style='text-align:center'>…。新华社记者 李明远 摄</p>": the next paragraph, when it is short
    /// (`maxPhotoParagraphCaptionCharacters`), holds no photo, and ends with a photographer's credit
    /// ("摄", "攝", "撮影"). Nil for any other paragraph.
    static func paragraphAfterPhoto(_ paragraph: Node) -> Node? {
        guard paragraph.textMeasure.characters == 0 else { return nil }
        let images = ImageSource.images(in: paragraph)
        guard images.count == 1, let image = images.first, !ImageSource.isIconOrPixel(image) else { return nil }
        var next = paragraph.nextSibling
        while let current = next, !current.isElement {
            if current.isText, current.textMeasure.characters > 0 { return nil }
            next = current.nextSibling
        }
        guard let caption = next, caption.isElement("p") else { return nil }
        let characters = caption.textMeasure.characters
        guard characters > 0, characters <= maxPhotoParagraphCaptionCharacters,
              ImageSource.images(in: caption).isEmpty else { return nil }
        // (A centred line alone is no caption: blogs centre their story's lines between photos.)
        let text = TextNormalization.collapse(caption.textContent)
        return ["摄", "攝", "攝影", "撮影"].contains(where: { text.hasSuffix($0) }) ? caption : nil
    }

    /// Longest text of a paragraph read as a figure's caption when the figure has no `<figcaption>`.
    static let maxFigureParagraphCharacters = 400

    /// A figure without a `<figcaption>` that holds a photo and a short
    /// paragraph (a static-site theme's cover image, "<figure><img><p>The
    /// old cache server. Photo: Lena Baptiste</p></figure>"): the paragraph
    /// is the photo's caption.
    static func paragraphBesidePhoto(in figure: Node) -> Node? {
        guard figure.firstDescendant(named: "img") != nil, let paragraph = figure.firstDescendant(named: "p") else {
            return nil
        }
        let text = TextNormalization.collapse(paragraph.textContent)
        // A label of two words ("View photo", "Zobacz również") is a button's or a teaser's, not a caption.
        guard text.count <= maxFigureParagraphCharacters, !BoilerplatePhrases.hasAtMostWords(text, 2) else { return nil }
        return paragraph
    }

    /// Whether a caption's container holds a video or an embedded frame (a player, not a photo),
    /// a quotation (a pull quote's figure, whose caption names the speaker), or a table or code
    /// listing (WordPress's table block, a code block titled with its file name): those are the
    /// story's own content, not a photo.
    static func showsNoPhoto(_ container: Node) -> Bool {
        ["video", "iframe", "embed", "object", "blockquote", "table", "pre"].contains {
            container.firstDescendant(named: $0) != nil
        }
    }

    /// A figure holding two captioned figures or more: a gallery whose
    /// photos are captioned one by one. (One captioned figure inside
    /// another is a single photo in a slideshow's frame.)
    static func isGalleryOfCaptionedFigures(_ figure: Node) -> Bool {
        var captioned = 0
        for inner in figure.descendants(named: "figure") where inner.firstDescendant(named: "figcaption") != nil {
            captioned += 1
            if captioned == 2 { return true }
        }
        return false
    }

    /// Whether a figcaption is the caption of a gallery of figures (it names no single photo).
    static func captionsGallery(_ caption: Node) -> Bool {
        guard let parent = caption.parent, parent.isElement("figure") else { return false }
        return isGalleryOfCaptionedFigures(parent)
    }

    static func isCaptionElement(_ node: Node) -> Bool {
        guard node.isElement else { return false }
        return isCaptionElement(node, names: ElementClues.classAndID(node))
    }

    /// `isCaptionElement(_:)` for an element whose `classAndID` is already known.
    static func isCaptionElement(_ node: Node, names: String) -> Bool {
        isCaptionElement(node, clues: SiteClues(node, names: names))
    }

    /// Whether the element's `itemprop` is "caption" or "description".
    static func isCaptionProperty(_ node: Node) -> Bool {
        guard let prop = node.attribute("itemprop")?.lowercased() else { return false }
        return prop == "caption" || prop == "description"
    }

    /// `isCaptionElement(_:names:)`, with the element's clues already known.
    static func isCaptionElement(_ node: Node, clues: SiteClues) -> Bool {
        guard node.isElement, !node.isElement("caption"), !node.isElement("figure") else { return false }
        if node.isElement("figcaption") { return true }
        if clues.isCaptionProperty,
           let scope = node.ancestors.first(where: { $0.hasAttribute("itemscope") }),
           scope.attribute("itemtype")?.lowercased().hasSuffix("imageobject") == true {
            return true
        }
        return clues.isCaptionClass
    }

    /// The smallest ancestor (a few levels up) that holds one photo and
    /// little besides the caption; else the caption element itself.
    static func container(of caption: Node) -> Node {
        let captionLength = TextNormalization.collapse(caption.textContent).count
        var current = caption
        for _ in 0..<maxContainerDepth {
            guard let parent = current.parent, !parent.isElement("body"), !parent.isElement("article"),
                  !parent.isElement("main") else { break }
            let images = ImageSource.images(in: parent).count
            let length = TextNormalization.collapse(parent.textContent).count
            if images > 1 || length > captionLength + containerSlack || holdsSentence(parent, besides: current) { break }
            current = parent
            if images == 1 { return current }
        }
        return caption
    }

    /// Whether `node` holds, outside `part`, a paragraph that is a sentence
    /// of four words or more and not classed as a caption or credit: story
    /// text beside a caption ("Step 2 Insert your plant into the hole." over
    /// a how-to's photo), which the caption's container must not take with it.
    static func holdsSentence(_ node: Node, besides part: Node) -> Bool {
        node.descendants(named: "p").contains { paragraph in
            guard paragraph != part, !paragraph.ancestors.contains(part),
                  !ClassHints.caption.matches(ClassAndID(paragraph)) else { return false }
            let text = TextNormalization.collapse(paragraph.textContent)
            return TextEdges.endsWithClosingMark(text) && !BoilerplatePhrases.hasAtMostWords(text, 3)
        }
    }

    static func firstDescendant(of node: Node, where predicate: (Node) -> Bool) -> Node? {
        var found: Node?
        node.walk { child in
            if found != nil { return false }
            if child.isElement, predicate(child) { found = child; return false }
            return true
        }
        return found
    }

    // MARK: Reading

    /// The caption an element prints, with its credit and the photo's URL. Left out of the text: scripts and
    /// labels hidden from sight, and the gallery's furniture inside it (`CreditPatterns.captionFurnitureClass`:
    /// slide counters, enlarge and full-screen buttons, show/hide-caption toggles, licence links, and elements
    /// classed as buttons or as links to buy, purchase or reprint the photo: "<a class='btn'>Buy Now</a>");
    /// a credit element inside it (`<small>`, `<cite>`, class *credit*) gives the credit. Nil for a caption
    /// too long, without a letter or digit, only a credit, or an ad label.
    static func read(_ captionElement: Node, container: Node, resolver: URLResolver) -> Caption? {
        var elementCredit: String?
        var buffer: [UInt8] = []
        // A caption printed as spans side by side ("<span>text</span><span>EFE</span>"): the spans are
        // read apart, and a short last one is the credit.
        let spans = captionSpans(captionElement)
        let creditSpan = spans.flatMap(trailingCreditSpan)
        let spanCredit = creditSpan.flatMap { SplitCaptionCredit.cleanCredit(ElementText.spaced($0)) }
        func append(_ node: Node) {
            for child in node.children {
                if child.isText { child.appendText(to: &buffer); continue }
                // Scripts, and labels hidden from sight ("Media caption" for screen readers), are not read.
                guard child.isElement, !ElementClues.isInvisible(child), !DropInvisible.isHidden(child) else { continue }
                if child == creditSpan { continue }
                if node == captionElement, spans != nil { buffer.append(0x20) }
                let names = ElementClues.classAndID(child)
                if CreditPatterns.captionFurnitureClass.matches(names) || sellsThePhoto(child) { continue }
                if child.isElement("small") || child.isElement("cite") || CreditPatterns.creditClass.matches(names) {
                    let credit = ElementText.spaced(child)
                    if !credit.isEmpty, elementCredit == nil { elementCredit = SplitCaptionCredit.cleanCredit(credit) }
                    continue
                }
                if child.isElement("br") || !ElementClues.isInline(child) { buffer.append(0x20) }
                append(child)
                if !ElementClues.isInline(child) { buffer.append(0x20) }
            }
        }
        append(captionElement)
        let printed = TextNormalization.collapse(String(decoding: buffer, as: UTF8.self))
        guard printed.count <= maxCaptionLength else { return nil }
        let split = SplitCaptionCredit.split(printed)
        var text = split.text
        if let elementCredit { text = SplitCaptionCredit.removingRepeatedCredit(elementCredit, from: text) }
        // A credit's label left at the end ("… w Warszawie Fot."), its credit printed apart.
        if let label = CreditPatterns.danglingLabel.firstMatch(in: text), label.range.lowerBound > text.startIndex {
            text = SplitCaptionCredit.trimCaption(String(text[..<label.range.lowerBound]))
        }
        guard text.contains(where: { $0.isLetter || $0.isNumber }), !SplitCaptionCredit.isCreditOnly(text),
              BoilerplatePhrases.match(text) != .adLabel else { return nil }
        // A photo in a page saved from the Wayback Machine is named by its original address.
        let imageURL = ImageSource.bestURL(in: container, near: captionElement, resolver: resolver).map(WaybackCapture.original)
        return Caption(text: text, credit: elementCredit ?? split.credit ?? figureCredit(container, besides: captionElement)
                           ?? spanCredit, imageURL: imageURL)
    }

    /// Whether a caption's element only sells the photo or tells a screen reader where a link opens: a
    /// link "Purchase Licensing Rights", "Buy this photo", "Reprints" (`CreditPatterns.photoSaleLink`),
    /// or the words ", opens new tab" (`CreditPatterns.opensNewTab`).
    static func sellsThePhoto(_ element: Node) -> Bool {
        let characters = element.textMeasure.characters
        guard characters > 0, characters <= maxSaleLinkCharacters else { return false }
        let text = TextNormalization.collapse(element.textContent)
        if CreditPatterns.opensNewTab.matches(text) { return true }
        return element.isElement("a") && CreditPatterns.photoSaleLink.matches(text)
    }

    /// Whether `node` is or holds a credit element (`<small>`, `<cite>`, class *credit*, *attribution*, …).
    static func holdsCreditElement(_ node: Node) -> Bool {
        func isCredit(_ element: Node) -> Bool {
            element.isElement("small") || element.isElement("cite")
                || CreditPatterns.creditClass.matches(ElementClues.classAndID(element))
        }
        return isCredit(node) || firstDescendant(of: node, where: isCredit) != nil
    }

    /// Longest text of a link that sells the photo.
    static let maxSaleLinkCharacters = 40

    /// Most words of a caption's last span read as its credit.
    static let maxCreditSpanWords = 5

    /// The element children of a caption printed as two or more spans side by side and no text of its own
    /// between them ("<figcaption><span>…</span><span class=a_m_m>EFE</span></figcaption>"); nil otherwise.
    static func captionSpans(_ caption: Node) -> [Node]? {
        var spans: [Node] = []
        for child in caption.children {
            if child.isText {
                if child.textMeasure.characters > 0 { return nil }
                continue
            }
            guard child.isElement, child.textMeasure.characters > 0, !ElementClues.isInvisible(child),
                  !DropInvisible.isHidden(child) else { continue }
            guard child.isElement("span") else { return nil }
            spans.append(child)
        }
        return spans.count >= 2 ? spans : nil
    }

    /// The last of a caption's spans when it is a credit, whatever its class: at most `maxCreditSpanWords`
    /// words, no sentence's end nor a colon, a capital first ("EFE", "ANP", "Andrés Soler (EFE)"), after a
    /// longer text; none when the caption has a credit element of its own ("<span class=attribution>").
    /// (A credit element beside the caption comes first: the span may be a button's label, "Zoom".)
    static func trailingCreditSpan(_ spans: [Node]) -> Node? {
        guard let last = spans.last, !spans.contains(where: holdsCreditElement) else { return nil }
        let text = TextNormalization.collapse(ElementText.spaced(last))
        guard let first = text.first(where: { $0.isLetter || $0.isNumber }), first.isUppercase || first.isNumber,
              let end = text.last, !".!?:;,…".contains(end), text.contains(where: \.isLetter),
              BoilerplatePhrases.hasAtMostWords(text, maxCreditSpanWords) else { return nil }
        let before = spans.dropLast().reduce(0) { $0 + $1.textMeasure.characters }
        return before > last.textMeasure.characters ? last : nil
    }

    /// A credit element of the figure printed beside its caption, not inside
    /// it: "<figure><img><figcaption>…</figcaption><span class=Figure-credit>
    /// (Jane Doe / The Herald)</span></figure>".
    static func figureCredit(_ container: Node, besides caption: Node) -> String? {
        guard container != caption else { return nil }
        var found: String?
        container.walk { node in
            if found != nil || node == caption || !node.isElement { return false }
            guard CreditPatterns.creditClass.matches(ElementClues.classAndID(node)) else { return true }
            // (A credit element that repeats the caption before its credit gives the credit alone.)
            let text = ElementText.spaced(node)
            if !text.isEmpty, text.count <= maxCreditLength {
                found = SplitCaptionCredit.split(text).credit ?? SplitCaptionCredit.cleanCredit(text)
            }
            return false
        }
        return found
    }

    /// Longest text read as a credit beside a caption.
    static let maxCreditLength = 120

    // MARK: Duplicates

    /// How many of the captions kept so far a caption is compared with for
    /// a text containing the other: the latest ones. Older captions are
    /// looked up by image URL and by the same text only, so a hostile page
    /// of many thousand figures costs a bounded number of comparisons each.
    static let comparedCaptions = 200

    /// One caption per photo: the same image URL, or one text containing
    /// the other, keeps the fuller text.
    static func deduplicate(_ captions: [FoundCaption]) -> [FoundCaption] {
        var result: [FoundCaption] = []
        // What each kept caption is compared by, in plain arrays beside it.
        // Texts are folded once and compared as bytes; a text can only hold
        // one no longer than itself.
        var images: [String?] = []
        var folded: [String] = []
        var lengths: [Int] = []
        // Whether the text is a credit's label alone ("Credit"), which joins a caption holding it whatever its image.
        var labelsOnly: [Bool] = []
        // The picture each image URL names, whatever its size ("cafe" for "cafe-640x427.jpg").
        var pictures: [String?] = []
        // The first kept caption with each image URL and each text, for those past the compared window.
        var byImage: [String: Int] = [:]
        var byText: [String: Int] = [:]
        func remember(_ index: Int) {
            if let image = images[index] { byImage[image] = min(byImage[image] ?? index, index) }
            byText[folded[index]] = min(byText[folded[index]] ?? index, index)
        }
        for candidate in captions {
            let text = TextComparison.fold(candidate.caption.text)
            let length = text.utf8.count
            let image = candidate.caption.imageURL
            let windowStart = max(0, folded.count - comparedCaptions)
            let labelOnly = SplitCaptionCredit.isLabelOnly(candidate.caption.text)
            let picture = image.flatMap(ImageSource.pictureName)
            var match = (windowStart..<folded.count).first { i in
                if image != nil && images[i] == image { return true }
                // One text holding the other is the same photo's caption twice; of two pictures, only the same
                // text is (a gallery's repeated caption), a shorter one is another photo's ("The robot.").
                if image != nil, images[i] != nil, picture == nil || pictures[i] != picture, !labelOnly, !labelsOnly[i] {
                    return lengths[i] == length && folded[i] == text
                }
                return (length > 0 && lengths[i] >= length && ByteSearch.contains(folded[i], text))
                    || (lengths[i] > 0 && length >= lengths[i] && ByteSearch.contains(text, folded[i]))
            }
            if let older = [image.flatMap { byImage[$0] }, byText[text]].compactMap({ $0 }).filter({ $0 < windowStart }).min() {
                match = older
            }
            if let i = match {
                if candidate.caption.text.count > result[i].caption.text.count {
                    var fuller = candidate
                    fuller.caption.credit = fuller.caption.credit ?? result[i].caption.credit
                    fuller.caption.imageURL = fuller.caption.imageURL ?? result[i].caption.imageURL
                    fuller.duplicates = result[i].duplicates + [result[i].node]
                    result[i] = fuller
                    images[i] = fuller.caption.imageURL
                    folded[i] = text
                    lengths[i] = length
                    labelsOnly[i] = labelOnly
                    pictures[i] = fuller.caption.imageURL.flatMap(ImageSource.pictureName)
                    remember(i)
                } else {
                    result[i].caption.credit = result[i].caption.credit ?? candidate.caption.credit
                    result[i].duplicates.append(candidate.node)
                }
            } else {
                result.append(candidate)
                images.append(image)
                folded.append(text)
                lengths.append(length)
                labelsOnly.append(labelOnly)
                pictures.append(picture)
                remember(result.count - 1)
            }
        }
        return result
    }
}
