import MorgueDOM
import MorgueModel

/// The recipe: every stage of extraction, in order. Each stage is a small
/// unit in `Stages/`, with a doc comment saying what it keeps and drops.
/// The page is parsed once; every stage after that reads or trims the same tree.
enum Pipeline {
    struct Result {
        let article: Article
        let removals: [Removal]
        let contentRoots: [String]
    }

    /// How many leading paragraphs may hold a byline line.
    static let bylineParagraphWindow = 3

    static func run(_ input: PageInput, explain: Bool = false) throws(ExtractionError) -> Result {
        var log = RemovalLog(enabled: explain)

        // 1. Check the bytes and parse them in the charset a browser would use.
        let document = try ParsePage.run(input)

        // 2. What the page says about itself: meta tags, Open Graph, JSON-LD, microdata.
        let metadata = ReadMetadata.run(document: document, pageURL: input.url)
        let resolver = URLResolver(base: metadata.baseURL)
        // The four stages that read the uncleaned page walk one survey of it.
        let survey = PageSurvey(document: document)
        let headline = FindHeadline.run(document: document, metadata: metadata, survey: survey)

        // 3. News fields that often sit outside the story's container, read before it is cleaned.
        let bylineElement = FindByline.run(document: document, metadata: metadata, survey: survey)
        let captions = FindCaptions.run(document: document, resolver: resolver, survey: survey)
        let dates = FindDates.run(document: document, metadata: metadata, pageURL: input.url, survey: survey)

        // 4–6. Clean, find the story's containers, collect their blocks. When a pass finds too little
        //      story, what it dropped is put back and a more sparing pass tries again (no re-parsing).
        var story: StoryAttempt?
        if let body = document.body {
            // The dek that repeats the page's description, and the standfirst right after the headline, found
            // before cleaning takes their header away.
            let dek = metadata.description.flatMap { AddLead.dek(in: body, description: $0) }
            let standfirst = dek == nil
                ? headline.flatMap { AddLead.standfirst(in: body, headline: $0, siteName: metadata.siteName) } : nil
            var skip = Set(captions.flatMap { [$0.node] + $0.duplicates })
            if let node = bylineElement?.node { skip.insert(node) }
            for level in CleaningLevel.allCases {
                var passLog = RemovalLog(enabled: explain)
                var cleaning = Cleaning(level: level)

                // 4. Clean: drop what is invisible, then the page's furniture.
                DropInvisible.run(body, cleaning: &cleaning, log: &passLog)
                DropPageChrome.run(body, protected: DropPageChrome.protectedNodes(body), cleaning: &cleaning,
                                   log: &passLog)

                // 5. Find the story's containers, and its lead when the page sets it apart.
                let measures = body.measureSubtree()
                let scores = ScoreCandidates.run(body, measures: measures)
                let content = FindMainContent.run(body, scores: scores, measures: measures)
                let roots = AddLead.run(content.roots, body: body, measures: measures, dek: dek, standfirst: standfirst)

                // 6. Turn them into blocks, leaving out captions and the byline element; drop furniture blocks.
                let collected = CollectBlocks(resolver: resolver, skip: skip).collect(roots)
                let leadCaption = LeadImageCaption.find(in: collected.blocks, roots: roots, resolver: resolver)
                let passBlocks = DropBoilerplateBlocks.run(collected.blocks, headline: headline, pageHost: resolver.host,
                                                       siteName: metadata.siteName, log: &passLog)

                let attempt = StoryAttempt(level: level, blocks: passBlocks,
                                           contentRoots: explain ? roots.map(NodePath.describe) : [],
                                           log: passLog, inDialog: AssessArticle.standsInDialog(roots),
                                           teaserList: passBlocks.count >= AssessArticle.minIndexBlocks
                                               && AssessArticle.isTeaserList(roots, measures: measures),
                                           rightAligned: collected.rightAligned, leadCaption: leadCaption)
                story = StoryAttempt.better(story, attempt)
                if attempt.isEnough { break }
                cleaning.restore()
            }
        }
        let contentRoots = story?.contentRoots ?? []
        if let story { log.append(story.log) }
        // When the markup yielded next to nothing, the publisher's JSON-LD articleBody stands in.
        var blocks = StructuredBodyFallback.run(story?.blocks ?? [], articleBody: metadata.articleBody, log: &log)

        // 7. News fields inside the story: a byline line, corrections, the dateline.
        var byline = bylineElement?.byline
        var bylineSource = bylineElement?.source
        if let found = BodyByline.detect(in: leadingParagraphs(blocks)) {
            log.dropped(text: found.byline.text, by: "byline-line")
            blocks.remove(at: found.index)
            // A byline line naming people beats a finding without any (the site's own account), and
            // structured data that gives the same person a shorter name ("Nils" for "Nils Pickert").
            let printsFullerNames = bylineElement?.node == nil && byline.map {
                FindByline.agrees(found.byline.authors, $0.authors)
                    && found.byline.authors.joined().count > $0.authors.joined().count
            } == true
            // A line naming the byline's author and others ("By Marcus Delane and Priya Ostrander" under an
            // author element or structured data naming the first) names them all.
            let namesMore = byline.map { current in
                found.byline.authors.count > current.authors.count && FindByline.agrees(current.authors, found.byline.authors)
            } == true
            if byline == nil || byline?.authors.isEmpty == true || printsFullerNames || namesMore {
                byline = found.byline
                bylineSource = .bodyText
            } else if byline?.organization == nil, found.byline.authors.isEmpty {
                // "Por Agencia EFE" under a byline naming people: the agency is theirs.
                byline?.organization = found.byline.organization
            }
        }
        if let byline, let index = BodyByline.repeatIndex(in: leadingParagraphs(blocks), of: byline) {
            log.dropped(text: BodyRendering.plainText([blocks[index]]), by: "byline-line")
            blocks.remove(at: index)
        }
        if let byline, blocks.count > 1, let last = paragraphTexts(blocks.suffix(1)).first, !last.isEmpty,
           BodyByline.signatureIndex(in: [last], of: byline) != nil {
            log.dropped(text: last, by: "byline-signature")
            blocks.removeLast()
        }
        if let byline {
            func drop(_ indices: [Int], by rule: String) {
                for index in indices.reversed() {
                    log.dropped(text: BodyRendering.plainText([blocks[index]]), by: rule)
                    blocks.remove(at: index)
                }
            }
            drop(BodyByline.authorCardIndices(in: blocks, of: byline), by: "author-card")
            drop(BodyByline.entryAuthorLabels(in: paragraphTexts(blocks), of: byline), by: "entry-author")
        }
        /// A byline printed under the story (asked for when no byline names anyone): its line leaves the text.
        func adoptClosing(_ found: (byline: Byline, index: Int)?, by rule: String) {
            guard let found else { return }
            log.dropped(text: found.byline.text, by: rule)
            blocks.remove(at: found.index)
            var closing = found.byline
            closing.organization = closing.organization ?? byline?.organization
            byline = closing
            bylineSource = .bodyText
        }
        if byline == nil || byline?.authors.isEmpty == true {
            adoptClosing(BodyByline.detectClosing(in: paragraphTexts(blocks)), by: "byline-line")
        }
        // "Hoài Thu - Minh Khang" in bold or set flush right under the story: its writers' signature.
        if byline == nil || byline?.authors.isEmpty == true {
            adoptClosing(BodyByline.detectSignature(in: blocks, rightAligned: story?.rightAligned ?? []), by: "byline-signature")
        }
        if let found = BodyByline.detectDeskSignOff(in: paragraphTexts(blocks)) {
            log.dropped(text: found.byline.text, by: "byline-line")
            blocks.remove(at: found.index)
            // The reporters the story itself names beat a byline read from metadata (often the publisher),
            // and one naming fewer of them (an author box showing the first).
            let namesMore = byline.map { current in
                found.byline.authors.count > current.authors.count && FindByline.agrees(current.authors, found.byline.authors)
            } == true
            if byline == nil || byline?.authors.isEmpty == true || bylineElement?.node == nil || namesMore {
                byline = found.byline
                bylineSource = .bodyText
            }
        }
        var sourceAgency: String?
        if let found = BodyByline.detectSourceLine(in: paragraphTexts(blocks)) {
            log.dropped(text: BodyRendering.plainText([blocks[found.index]]), by: "source-line")
            blocks.remove(at: found.index)
            sourceAgency = found.agency
        }
        var corrections: [String] = []
        let blockTexts = blocks.map { BodyRendering.plainText([$0]) }
        for index in CorrectionNotes.detect(in: blockTexts).sorted(by: >) {
            corrections.insert(blockTexts[index], at: 0)
            blocks.remove(at: index)
        }
        // Bold initials signing off the story ("… thirst.” **DJ**"), below any correction note.
        if blocks.count > 1, let last = blocks.last, let signOff = DropBoilerplateBlocks.droppingInitialsSignOff(last) {
            log.dropped(text: signOff.initials, by: "sign-off")
            blocks.removeLast()
            if let kept = signOff.kept { blocks.append(kept) }
        }
        // The byline's names tell a reporter's name from the place in a wire bracket ("（中央社記者林君華盛頓28日電）").
        let dateline = FirstStoryParagraph.dateline(in: blocks, isOwnName: metadata.isOwnName, authors: byline?.authors ?? [])

        // 8. Assemble the article.
        let article = AssembleArticle.run(
            AssembleArticle.Parts(
                input: input, metadata: metadata, headline: headline, byline: byline, bylineSource: bylineSource,
                dateline: dateline,
                dates: dates, captions: LeadImageCaption.adding(story?.leadCaption, to: captions.map(\.caption)),
                corrections: corrections, blocks: blocks,
                sourceAgency: sourceAgency,
                walls: AssessArticle.WallEvidence(
                    endedAtPaywall: story?.log.endedAtPaywall ?? false, droppedWall: story?.log.droppedWall,
                    storyInDialog: story?.inDialog ?? false),
                droppedLinkTeasers: story?.log.droppedLinkTeasers ?? 0, teaserList: story?.teaserList ?? false))
        return Result(article: article, removals: log.removals(), contentRoots: contentRoots)
    }

    /// The plain text of each paragraph, by block index (other blocks give "").
    static func paragraphTexts<Blocks: Collection<Block>>(_ blocks: Blocks) -> [String] {
        blocks.map { block in
            if case .paragraph = block { return BodyRendering.plainText([block]) }
            return ""
        }
    }

    /// The plain text of the first paragraphs and subheads, by block index
    /// (other blocks give ""): a byline line is often set as a small
    /// heading ("<h5>Von Jane Doe</h5>").
    static func leadingParagraphs(_ blocks: [Block]) -> [String] {
        blocks.prefix(bylineParagraphWindow).map { block in
            switch block {
            case .paragraph, .heading: return BodyRendering.plainText([block])
            default: return ""
            }
        }
    }
}
