import Foundation
import MorgueModel

/// Drops the furniture that sits among the story's own blocks.
///
/// Keeps: every block of prose, subheads, quotes, tables, and lists that are
/// not mostly links.
/// Drops: short blocks that are a boilerplate phrase ("Advertisement",
/// "Continue Reading", "Click to comment", sign-up prompts; see
/// `BoilerplatePhrases`); publication notes (print-edition notes, "Published in
/// the print edition of …", wire and syndication notices, a live story's notice
/// that it is still being written, a Creative Commons republishing note); rights
/// lines; a press contact and a reporter's contact tagline ("Contact Mark Ellison
/// at mellison@example.com", "Reach Jane Doe at …") or bare e-mail address;
/// appeals for support, affiliate disclosures, opinion disclaimers (up to
/// `BoilerplatePhrases.maxClosingDisclaimerWords` words when one closes the story
/// and its first sentence disclaims: "The views expressed in this column are
/// those of the author … To submit a guest column, …") and
/// invitations to follow the site on a social network; paragraphs and lists that are mostly links
/// (related-story lists, "Read more" teasers, a date after each item's link not counted), but not a list whose links lead to other sites in
/// items of sentence length (a story's sources, a changelog's bugs); a first block repeating the
/// headline; a line above the story that is only the site's name (a byline's affiliation,
/// "Port Ashford Dispatch"); paragraphs without a letter or digit ("×", "★★★★★", a rule of dashes);
/// a reading-time stamp ("Feb 25, 2025 — 7 min read"); a gallery's slide counter ("3 / 10", "3 of 10", and
/// "3/10" among others of the same count: a lone "1/4" is a recipe's); a date row above the story
/// with a year and a time in any script's digits; a row of labelled dates anywhere, with their zones and a
/// closing source ("Published … EST | Updated … EST", "15.42 GMT Updated at 15.50 GMT", "Publicado há 2
/// horas", "… 14:02 Uhr Quelle: dpa"); a date with its zone or region ("… 17:32, UK"); a number alone above
/// the story (a view counter, "1352"); the wire's closing desk codes ("cr/mdp/des"), agency mark ("(ANSA).")
/// and "Reporting by …; Editing by …" credits among the last blocks; a call to install the
/// publisher's app; a press release's closing "SOURCE <issuer>" line among the last blocks, and its closing
/// boilerplate: each section under an "About <Name>" heading or a legal note's ("Forward-Looking Statements",
/// "Safe Harbor Statement") in its tail (`pressReleaseBoilerplate`); a Chinese editor's bracketed credit among
/// the last `editorSignOffTail` blocks ("【责任编辑:刘洋】", "（編輯：陳政宏）1151129");
/// a wire end mark ("###", "-30-") with what little follows it; a pager's
/// label ("Halaman:", "Page:") before the page number that opens its links; bold initials signing off the last
/// paragraph ("… thirst.” **DJ**", `droppingInitialsSignOff`, which the pipeline applies); and
/// a heading that opens the after-story sections ("Related", "Lesen Sie
/// auch", "Über den Autor") with the teasers under it (lists, link
/// paragraphs, short lines), or with everything after it when less prose
/// follows than came before (a related box inside the story is cut out, the
/// story goes on after it).
/// The header region, where date lines and meta rows stand, lasts until the first paragraph of prose, or,
/// when that is a short standfirst, until the block after it.
enum DropBoilerplateBlocks {
    /// A paragraph with at least this share of its text in links, and at most `linkParagraphWords` words, is a link teaser.
    static let linkParagraphShare = 0.8
    static let linkParagraphWords = 30
    /// A list with at least this share of its text in links is a link list.
    static let linkListShare = 0.7
    /// After an end mark, what follows is dropped when it is less than this share of what came before.
    static let tailAfterEndMarkShare = 0.3
    /// After a trailer heading, what follows is dropped when it is less than this share of what came before.
    static let tailAfterTrailerShare = 0.3
    /// An editor's credit ("【责任编辑:刘洋】") is looked for among this many last blocks.
    static let editorSignOffTail = 6
    /// A wire's "SOURCE <issuer>" line is looked for among this many last blocks.
    static let wireSourceTail = 3
    /// An opinion disclaimer longer than a note (`BoilerplatePhrases.isClosingOpinionDisclaimer`) is looked for among this many last blocks.
    static let closingDisclaimerTail = 2
    /// A paragraph of at most this many words can stand as a trailer heading.
    static let trailerHeadingWords = 8
    /// Under a trailer heading, a paragraph of at most this many words (or mostly links) is a teaser.
    static let teaserWords = 15
    static let teaserLinkShare = 0.5

    static func run(_ blocks: [Block], headline: String?, pageHost: String? = nil, siteName: String? = nil,
                    log: inout RemovalLog) -> [Block] {
        let blocks = dropHeadlineAndKickers(blocks, headline: headline, log: &log)
        let headlineKey = headline.map(CollectBlocks.key)
        let siteKey = siteName.map { NewsOrganizations.foldKey(TextNormalization.collapse($0)) }
        var kept: [Block] = []
        kept.reserveCapacity(blocks.count)
        var keptIndices: [Int] = []
        var skipUntil = 0
        var storyStarted = false
        var standfirstKept = false
        let bareCounterTotals = bareSlideCounterTotals(blocks)
        let pressBoilerplate = pressReleaseBoilerplate(blocks)
        for (index, block) in blocks.enumerated() {
            if index < skipUntil { continue }
            let phrase = BoilerplatePhrases.PhraseText(plainText(block))
            let text = phrase.text
            if let pressBoilerplate, pressBoilerplate.contains(index) {
                log.dropped(text: text, by: "boilerplate:issuer")
                continue
            }
            if case .paragraph = block, let counter = BoilerplatePhrases.slideCounter(text),
               !counter.bare || bareCounterTotals[counter.count, default: 0] >= 2 {
                log.dropped(text: text, by: "boilerplate:slide-counter")
                continue
            }
            if index > 0, opensTrailer(block, text: phrase) {
                let end = teaserRunEnd(after: index, in: blocks)
                let rest = end < blocks.count && !endsStory(at: end - 1, in: blocks, share: tailAfterTrailerShare)
                    ? end : blocks.count
                log.dropped(text: text, by: "boilerplate:trailer")
                for dropped in blocks[(index + 1)..<rest] {
                    log.dropped(text: plainText(dropped), by: "boilerplate:after-trailer")
                }
                skipUntil = rest
                continue
            }
            let beforeStory = !storyStarted
            // (Read once here, for the rules below too.)
            let isPaywall = index > 0 ? BoilerplatePhrases.isPaywallNotice(phrase) : nil
            if isPaywall == true, endsStory(at: index, in: blocks, share: tailAfterEndMarkShare) {
                log.dropped(text: text, by: "boilerplate:paywall")
                log.endedAtPaywall = true
                for rest in blocks[(index + 1)...] { log.dropped(text: plainText(rest), by: "boilerplate:after-paywall") }
                break
            }
            if index + 1 < blocks.count, case .paragraph = block, BoilerplatePhrases.isPagerLabel(phrase),
               isPageNumber(blocks[index + 1]) {
                log.dropped(text: text, by: "boilerplate:navigation")
                continue
            }
            if index >= blocks.count - wireSourceTail, case .paragraph = block, let rule = wireTailRule(phrase) {
                log.dropped(text: text, by: rule)
                continue
            }
            // An editor's bracketed credit under a Chinese story, before its correction link and related box.
            if index > 0, index >= blocks.count - editorSignOffTail, case .paragraph = block,
               BoilerplatePhrases.isEditorSignOff(text) {
                log.dropped(text: text, by: "sign-off")
                continue
            }
            // A longer opinion disclaimer, with the call for guest columns after it, closing the story.
            if phrase.key == nil, index >= blocks.count - closingDisclaimerTail, case .paragraph = block,
               BoilerplatePhrases.isClosingOpinionDisclaimer(text) {
                log.dropped(text: text, by: "boilerplate:\(BoilerplatePhrases.Group.disclaimer.rawValue)")
                continue
            }
            // A number alone above the story, with no other number beside it (a table's or a recipe's) and no
            // label before it ("Kalorien:" over "434"): a counter of views whose label is an icon ("1352").
            if beforeStory, case .paragraph = block, BoilerplatePhrases.isBareCount(text),
               !(index > 0 && (isNumberOnly(blocks[index - 1]) || plainText(blocks[index - 1]).hasSuffix(":"))),
               !(index + 1 < blocks.count && isNumberOnly(blocks[index + 1])) {
                log.dropped(text: text, by: "boilerplate:counter")
                continue
            }
            if let rule = rule(for: block, text: phrase, beforeStory: beforeStory, pageHost: pageHost, isPaywall: isPaywall) {
                if rule == "boilerplate:end-mark", endsStory(at: index, in: blocks) {
                    log.dropped(text: text, by: rule)
                    for rest in blocks[(index + 1)...] { log.dropped(text: plainText(rest), by: "boilerplate:after-end-mark") }
                    break
                }
                log.dropped(text: text, by: rule)
                if rule == "link-paragraph" || rule == "link-list" { log.droppedLinkTeasers += 1 }
                continue
            }
            if kept.isEmpty, let headlineKey, CollectBlocks.key(text) == headlineKey {
                log.dropped(text: text, by: "headline-repeat")
                continue
            }
            // (Above the standfirst only: the header's date rows stand under it, a byline's affiliation above.)
            if !storyStarted, !standfirstKept, let siteKey, !siteKey.isEmpty, text.count <= siteKey.count + 4,
               NewsOrganizations.foldKey(TextNormalization.collapse(text)) == siteKey {
                log.dropped(text: text, by: "site-name-line")
                continue
            }
            kept.append(block)
            keptIndices.append(index)
            if standfirstKept {
                // Whatever is kept after the standfirst opens the story: dated lines further down are its own
                // (a programme's "Termin: 21.02.2020, 19 Uhr").
                storyStarted = true
            } else if !storyStarted, case .paragraph = block,
               BoilerplatePhrases.exceedsWords(text, dateLineWords) || CountWords.run(text) > dateLineWords {
                // A standfirst under the headline (the first prose kept, of at most `standfirstWords` words)
                // leaves the header open until the next block is kept: the story's date row often stands under it.
                if !BoilerplatePhrases.exceedsWords(text, standfirstWords), CountWords.run(text) <= standfirstWords {
                    standfirstKept = true
                } else {
                    storyStarted = true
                }
            }
        }
        return droppingEmptiedHeadings(kept, at: keptIndices, of: blocks.count, log: &log)
    }

    /// Most digits of a pager's page number.
    static let maxPageNumberDigits = 3

    /// A paragraph that is a page number and nothing else ("1", "[2]"): the first of a pager's links.
    static func isPageNumber(_ block: Block) -> Bool {
        guard case .paragraph = block else { return false }
        let digits = plainText(block).filter { !$0.isWhitespace && !"[]()".contains($0) }
        return (1...maxPageNumberDigits).contains(digits.count) && digits.allSatisfy(\.isNumber)
    }

    /// A paragraph of digits and the marks between them ("243.8", "1"), as a table or a recipe prints its figures
    /// (a linked count, "4" leading to the comments, is another counter).
    static func isNumberOnly(_ block: Block) -> Bool {
        guard case .paragraph(let inlines) = block, LinkShare(inlines).share < linkParagraphShare else { return false }
        let text = TextEdges.trimmingWhitespaceAndNewlines(plainText(block))
        return !text.isEmpty && text.utf8.count <= BoilerplatePhrases.maxBareCountBytes
            && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C || $0 == 0x20 }
    }

    /// Fewest and most capitals of a sign-off of initials ("DM", "DJ", "TNN").
    static let signOffInitials = 2...3

    /// The story's last paragraph without the bold initials that sign it off after its last sentence,
    /// as Daily Maverick-family sites print them ("… You will die of thirst.” **DJ**"): a sign-off
    /// like "###", not text. Returns the paragraph as it stays (nil when the initials stood alone)
    /// and the initials; nil when the paragraph does not end so.
    static func droppingInitialsSignOff(_ block: Block) -> (kept: Block?, initials: String)? {
        guard case .paragraph(var inlines) = block else { return nil }
        while case .text(let text)? = inlines.last, text.allSatisfy(\.isWhitespace) { inlines.removeLast() }
        guard case .strong(let bold)? = inlines.last else { return nil }
        let initials = TextEdges.trimmingWhitespaceAndNewlines(BodyRendering.plainText([.paragraph(bold)]))
        guard signOffInitials.contains(initials.utf8.count),
              initials.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return nil }
        inlines.removeLast()
        let before = TextEdges.trimmingWhitespaceAndNewlines(BodyRendering.plainText([.paragraph(inlines)]))
        if before.isEmpty { return (nil, initials) }
        // Only after a sentence: "… said the <b>NHS</b>" ends with a word of the sentence.
        guard TextEdges.endsWithClosingMark(before) || before.last == "’" else { return nil }
        while case .text(let text)? = inlines.last, text.allSatisfy(\.isWhitespace) { inlines.removeLast() }
        if case .text(let text)? = inlines.last {
            inlines[inlines.count - 1] = .text(String(text.reversed().drop(while: \.isWhitespace).reversed()))
        }
        return (.paragraph(inlines), initials)
    }

    /// How many paragraphs are a bare slide counter ("3/10") of each count: a gallery prints one per slide,
    /// a recipe a lone fraction ("1/4" over "cup butter").
    static func bareSlideCounterTotals(_ blocks: [Block]) -> [Int: Int] {
        var totals: [Int: Int] = [:]
        for block in blocks {
            guard case .paragraph(let inlines) = block, inlines.count == 1, case .text(let text) = inlines[0],
                  let counter = BoilerplatePhrases.slideCounter(TextNormalization.collapse(text)), counter.bare else { continue }
            totals[counter.count, default: 0] += 1
        }
        return totals
    }

    static func isHeading(_ block: Block) -> Bool {
        if case .heading = block { return true }
        return false
    }

    /// Drops a heading whose whole section was dropped, at the end of the
    /// story: blocks stood after it, and none of them was kept ("More spring
    /// baking" over a list of links that went). (Inside the story an emptied
    /// heading stays: it may title a table of contents or a list readers keep.)
    static func droppingEmptiedHeadings(_ kept: [Block], at indices: [Int], of count: Int,
                                        log: inout RemovalLog) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(kept.count)
        for (position, block) in kept.enumerated() {
            guard case .heading(let level, _) = block else {
                result.append(block)
                continue
            }
            let next = position + 1 < kept.count ? indices[position + 1] : count
            var closesEmpty = position + 1 == kept.count
            if position + 1 < kept.count, case .heading(let nextLevel, _) = kept[position + 1] { closesEmpty = nextLevel <= level }
            if next > indices[position] + 1, closesEmpty, kept[(position + 1)...].allSatisfy(isHeading) {
                log.dropped(text: plainText(block), by: "emptied-heading")
                continue
            }
            result.append(block)
        }
        return result
    }

    /// A press release's first paragraphs, where its wire dateline stands ("NEW YORK, Nov. 29, 2026 /PRNewswire/ --").
    static let pressDatelineWindow = 3
    /// A press release's "SOURCE <issuer>" line is looked for among this many last blocks (after its contacts
    /// and the wire's link to the release as issued).
    static let pressSourceTail = 6

    /// The blocks of a press release's closing boilerplate: each section that a heading, or a paragraph
    /// all in bold, opens with "About <Name>" (the issuer's and its partners' descriptions) or a legal
    /// note's title ("Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note Regarding …"),
    /// through to the next heading. Only in the release's tail (the first such heading has no more text
    /// after it than before it), and only on a page with a press release's signs: a wire dateline in its
    /// first paragraphs or a "SOURCE <issuer>" line among its last blocks. Nil when there is none.
    static func pressReleaseBoilerplate(_ blocks: [Block]) -> Set<Int>? {
        // (Headings are few: most pages are turned away before any text is read twice.)
        guard blocks.indices.contains(where: { $0 > 0 && isPressBoilerplateHeading(blocks[$0]) }) else { return nil }
        let hasDateline = blocks.prefix(pressDatelineWindow).contains { block in
            guard case .paragraph = block else { return false }
            return BoilerplatePhrases.pressWireDateline.matches(plainText(block))
        }
        guard hasDateline || blocks.suffix(pressSourceTail).contains(where: { block in
            guard case .paragraph = block else { return false }
            return BoilerplatePhrases.isWireSourceLine(plainText(block))
        }) else { return nil }
        guard let first = blocks.indices.first(where: { index in
            index > 0 && isPressBoilerplateHeading(blocks[index]) && endsStory(at: index, in: blocks, share: pressTailShare)
        }) else { return nil }
        var dropped = Set<Int>()
        var index = first
        while index < blocks.count {
            guard isPressBoilerplateHeading(blocks[index]) else {
                index += 1
                continue
            }
            dropped.insert(index)
            index += 1
            while index < blocks.count, !standsAsHeading(blocks[index]) {
                dropped.insert(index)
                index += 1
            }
        }
        return dropped
    }

    /// The first heading of a press release's boilerplate has at most this share of text after it, of what
    /// stands before it.
    static let pressTailShare = 1.0

    /// A heading, or a paragraph all in bold ("**About Lumenfield Analytics, Inc.**"), standing for one.
    static func standsAsHeading(_ block: Block) -> Bool {
        switch block {
        case .heading:
            return true
        case .paragraph(let inlines):
            let visible = inlines.filter { inline in
                if case .text(let text) = inline { return !text.allSatisfy(\.isWhitespace) }
                if case .lineBreak = inline { return false }
                return true
            }
            return !visible.isEmpty && visible.allSatisfy { inline in
                if case .strong = inline { return true }
                return false
            }
        default:
            return false
        }
    }

    /// Whether a block stands as a heading and opens a press release's boilerplate (`pressReleaseBoilerplate`).
    static func isPressBoilerplateHeading(_ block: Block) -> Bool {
        guard standsAsHeading(block) else { return false }
        let text = plainText(block)
        guard BoilerplatePhrases.hasAtMostWords(text, BoilerplatePhrases.maxIssuerHeadingWords) else { return false }
        return BoilerplatePhrases.isPressBoilerplateHeading(BoilerplatePhrases.PhraseText(text))
    }

    /// What closes a wire story after its last paragraph, by the rule that drops it: the source
    /// line, a desk's codes ("cr/mdp/des") or an agency's mark ("(ANSA)."), and the wire's
    /// credits ("Reporting by …; Editing by …").
    static func wireTailRule(_ phrase: BoilerplatePhrases.PhraseText) -> String? {
        let text = phrase.text
        if BoilerplatePhrases.isWireSourceLine(text) { return "boilerplate:wire-source" }
        if BoilerplatePhrases.isWireDeskCodes(text) || BoilerplatePhrases.isAgencyMark(text) { return "sign-off" }
        if BoilerplatePhrases.isWireCredits(phrase) { return "boilerplate:credit" }
        return nil
    }

    /// `beforeStory`: no paragraph of prose has been kept yet (the header region, where date lines stand).
    static func rule(for block: Block, text: String, beforeStory: Bool = false, pageHost: String? = nil) -> String? {
        rule(for: block, text: BoilerplatePhrases.PhraseText(text), beforeStory: beforeStory, pageHost: pageHost)
    }

    /// `isPaywall`: `BoilerplatePhrases.isPaywallNotice(phrase)`, when the caller has read it already.
    static func rule(for block: Block, text phrase: BoilerplatePhrases.PhraseText, beforeStory: Bool,
                     pageHost: String? = nil, isPaywall: Bool? = nil) -> String? {
        let text = phrase.text
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines):
            if let group = BoilerplatePhrases.match(phrase) { return "boilerplate:\(group.rawValue)" }
            if BoilerplatePhrases.isPublicationNote(phrase) { return "boilerplate:publication-note" }
            if BoilerplatePhrases.isRightsLine(phrase) { return "boilerplate:rights" }
            if BoilerplatePhrases.isSignUpBox(phrase) { return "boilerplate:sign-up" }
            if let group = BoilerplatePhrases.appeal(phrase) { return "boilerplate:\(group.rawValue)" }
            if BoilerplatePhrases.isAppPrompt(phrase) { return "boilerplate:call-to-action" }
            if BoilerplatePhrases.isCreditedCaption(phrase) || BoilerplatePhrases.isLabelledCaption(phrase) {
                return "boilerplate:credit"
            }
            if isPaywall ?? BoilerplatePhrases.isPaywallNotice(phrase) { return "boilerplate:paywall" }
            if case .paragraph = block, BoilerplatePhrases.isReadingTimeStamp(phrase) { return "boilerplate:reading-time" }
            if case .paragraph = block, BoilerplatePhrases.isEngagementCounter(phrase) { return "boilerplate:counter" }
            if case .paragraph = block, isBareTime(text) { return "date-line" }
            // A close button's "×", a separator's "-": no letter or digit at all (an end mark is matched above).
            if case .paragraph = block, !text.contains(where: { $0.isLetter || $0.isNumber }) { return "no-words" }
            // A heading above the story that is a date and nothing else ("##### June 8, 2015") is its stamp;
            // inside the story, a date heading orders its parts ("## Donnerstag, 03. Februar 2022").
            if case .heading = block, beforeStory, isDateLine(text), isBareDate(text) { return "date-line" }
            if case .paragraph = block, isDateLine(text), beforeStory || isBareDate(text) || DateHints.opensWithLabel(text) {
                return "date-line"
            }
            if case .paragraph = block, isDateRow(text) { return "date-line" }
            // A reporter's address alone under the story ("seojun@yna.co.kr"): a sign-off, not a sentence.
            if case .paragraph = block, BoilerplatePhrases.isBareEmailAddress(text) { return "sign-off" }
            if case .paragraph = block, BoilerplatePhrases.isContactLine(phrase) { return "boilerplate:contact" }
            if case .paragraph = block, beforeStory, isClockedDateStamp(text) { return "date-line" }
            if case .paragraph = block, isLabelledMetaLine(text, beforeStory: beforeStory) { return "meta-line" }
            let links = LinkShare(inlines)
            if links.share >= linkParagraphShare, links.words <= linkParagraphWords { return "link-paragraph" }
            if links.linkCharacters > 0, BoilerplatePhrases.opensWithReadAlso(phrase) { return "boilerplate:read-also" }
        case .list(_, let items):
            var links = items.reduce(into: LinkShare()) { $0.add($1) }
            // A related list printing each story's date after its link ("<li><a>…</a><span>2026-11-20</span>"):
            // the dates are not counted against the links.
            if links.share < linkListShare, links.linkCharacters > 0, items.count > 1 {
                links = items.reduce(into: LinkShare()) { $0.add(withoutDateTail($1)) }
            }
            // Where the links lead is read only for a list that is mostly links.
            if links.share >= linkListShare,
               !citesOtherSites(items.reduce(into: LinkShare(pageHost: pageHost)) { $0.add($1) }, items: items.count) {
                return "link-list"
            }
            if items.count > 1, items.allSatisfy({ isDateLine(BodyRendering.plainText($0)) }) { return "dated-teaser-list" }
            if items.count == 1, let group = BoilerplatePhrases.match(phrase) { return "boilerplate:\(group.rawValue)" }
            // A list of the story's meta fields, one of them its date ("<li>Gospodarka</li>
            // <li>opublikowano: <time>2021-04-29 17:13</time></li>"), or of nothing but the date.
            if items.count <= maxMetaListItems {
                let texts = items.map(BodyRendering.plainText)
                if texts.allSatisfy({ BoilerplatePhrases.wordCount($0) <= metaFieldWords }),
                   texts.contains(where: { isDateLine($0) && (beforeStory || isBareDate($0) || DateHints.opensWithLabel($0)) }) {
                    return items.count == 1 ? "date-line" : "meta-line"
                }
            }
        default:
            break
        }
        return nil
    }

    /// A list item without the date printed after its last link ("民政部：…1.2万个" of "<a>民政部：…1.2万个</a>
    /// <span>2026-11-20</span>"); the item as it is when no bare date follows its last link.
    static func withoutDateTail(_ item: [Inline]) -> [Inline] {
        guard let last = item.lastIndex(where: { if case .link = $0 { return true } else { return false } }),
              last + 1 < item.count else { return item }
        let tail = TextEdges.trimmingWhitespaceAndNewlines(BodyRendering.plainText([.paragraph(Array(item[(last + 1)...]))]))
        guard !tail.isEmpty, isDateLine(tail), isBareDate(tail) else { return item }
        return Array(item[...last])
    }

    /// A list whose links lead to other sites, in items of
    /// sentence length ("Bug 1677080 – Fullscreen PiP window is affected by
    /// switching video source"), cites its sources: related-story lists link
    /// to the site's own stories.
    static func citesOtherSites(_ links: LinkShare, items: Int) -> Bool {
        links.linkCharacters > 0 && Double(links.externalLinkCharacters) >= externalShare * Double(links.linkCharacters)
            && links.words >= citationItemWords * max(items, 1)
    }

    /// Share of a list's linked text that must lead to other sites for it to cite them.
    static let externalShare = 0.8
    /// Words an item of a citing list has on average, at least.
    static let citationItemWords = 6

    /// A paragraph of at most this many words that holds a date and does not end like a sentence is a date line.
    static let dateLineWords = 16
    /// The first paragraph of prose, when it has at most this many words, may be a standfirst: the header
    /// region goes on after it.
    static let standfirstWords = 30

    /// "Published on September 17, 2015", "June 14, 2022 4 min read", "Posted on: October 4, 2023":
    /// a short line stamped with a date, not a sentence of the story. Dropped above the story, and
    /// anywhere when a publication or update label opens it ("Publiziert: 03.04.2020, 12:35"); a
    /// date line inside the story without one ("Termin: 29.02.2020, 19 Uhr") is story. Dropped in
    /// lists of dated teasers too.
    static func isDateLine(_ text: String) -> Bool {
        guard !text.isEmpty, !TextEdges.endsWithClosingMark(text) else { return false }
        // Words as `CountWords` counts them: a Chinese sentence has no spaces, and is no short line.
        guard CountWords.run(text) <= dateLineWords, holdsNumber(text) else { return false }
        return DateNormalization.firstDate(inText: text) != nil
    }

    /// A date line of at most this many words may be a bare date.
    static let bareDateWords = 6

    /// A date and nothing else ("July 30, 2018", "Mo., 03.01.2022 12:30", "Sunday 29 November 2026 17:32,
    /// UK" with the zone or region of its time), which never stands as a
    /// paragraph of a story; a labelled one ("Termin: 21.02.2020, 19 Uhr") may.
    static func isBareDate(_ text: String) -> Bool {
        guard BoilerplatePhrases.hasAtMostWords(text, bareDateWords) else { return false }
        // A zone or region after the time is part of the date ("Sunday 29 November 2026 17:32, UK").
        let text = DateHints.trailingZone.replacingMatches(in: text, with: "")
        let rest = BylineVocabulary.clockTime.replacingMatches(
            in: BylineVocabulary.printedDate.replacingMatches(in: text, with: " "), with: " ")
        return !rest.contains(where: \.isLetter)
    }

    /// A row of dates holds at most this many words: two labelled dates with their times and zones
    /// ("Published November 28, 2026 at 6:00 a.m. EST | Updated November 29, 2026 at 10:45 a.m. EST").
    static let dateRowWords = 32

    /// Dates and times with their publication and update labels, and
    /// nothing else: the story's date row left behind when the byline beside
    /// it was taken out ("| 04.03.2025, 18:42 Uhr Aktualisiert: 05.03.2025,
    /// 07:15 Uhr", "Posted on Jan 14 • Edited on Jan 15"), a live entry's
    /// labelled clock times ("15.42 GMT Updated at 15.50 GMT"), a labelled
    /// time relative to now ("Publicado há 2 horas"). Zones, the words that
    /// join a label to its date ("at", "um") and a closing source ("Quelle:
    /// dpa") go with them. A sentence has words besides.
    static func isDateRow(_ text: String) -> Bool {
        guard BoilerplatePhrases.hasAtMostWords(text, dateRowWords), holdsNumber(text),
              DateHints.dateRowLabel.matches(text) else { return false }
        var rest = DateHints.trailingSource.replacingMatches(in: text, with: " ")
        // (Before the labels, whose preposition would take "il" of "Mis à jour il y a 5 minutes".)
        rest = DateHints.relativeTime.replacingMatches(in: rest, with: " ")
        rest = DateHints.dateRowLabel.replacingMatches(in: rest, with: " ")
        rest = BylineVocabulary.printedDate.replacingMatches(in: rest, with: " ")
        rest = DateHints.dayOfMonth.replacingMatches(in: rest, with: " ")
        rest = BylineVocabulary.clockTime.replacingMatches(in: rest, with: " ")
        rest = DateHints.dottedClockTime.replacingMatches(in: rest, with: " ")
        rest = DateHints.zoneInRow.replacingMatches(in: rest, with: " ")
        if rest.contains(where: \.isLetter) { rest = DateHints.rowConnector.replacingMatches(in: rest, with: " ") }
        return !rest.contains(where: \.isLetter)
    }

    /// A short line above the story, not ending like a sentence, that holds
    /// a year and a time of day in any script's digits ("الثلاثاء، ٤ مارس ٢٠٢٥
    /// ٠٦:٤٢ م آخر تحديث: …"): the story's date row, in a language whose
    /// dates `isDateLine` cannot read.
    static func isClockedDateStamp(_ text: String) -> Bool {
        guard BoilerplatePhrases.hasAtMostWords(text, dateLineWords), !text.isEmpty,
              !TextEdges.endsWithClosingMark(text) else { return false }
        // The digits of any script written as ASCII ones.
        let western = String(text.map { character -> Character in
            guard character.isNumber, let digit = character.wholeNumberValue, digit < 10 else { return character }
            return Character(Unicode.Scalar(UInt8(0x30 + digit)))
        })
        return DateHints.yearInStamp.matches(western) && DateHints.timeInStamp.matches(western)
    }

    /// A time of day and nothing else ("3:59 PM", "14:30 Uhr"): a post's stamp, never a paragraph.
    static func isBareTime(_ text: String) -> Bool {
        guard BoilerplatePhrases.hasAtMostWords(text, 3), FoundationSearch.contains(":", in: text) else { return false }
        let rest = BylineVocabulary.clockTime.replacingMatches(in: text, with: " ")
        return rest.count < text.count && !rest.contains(where: { $0.isLetter || $0.isNumber })
    }

    /// Longest field of a metadata line between bars, in words.
    static let metaFieldWords = 12
    /// A list of at most this many short items, one of them a date line, is the story's meta fields.
    static let maxMetaListItems = 4

    /// "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken": a line of
    /// labelled fields between bars is post metadata, not a sentence; so is
    /// a line of short fields one of which is a date ("Le Monde | 04.05.2015
    /// à 13h36 • Mis à jour le 05.05.2015 | Par Jane Doe"). Bullets ("•",
    /// "·") part fields as bars do; above the story a field with a time of
    /// day stands for the date ("Binnenland • gisteren, 18:40 • Aangepast
    /// vandaag, 07:12").
    static func isLabelledMetaLine(_ text: String, beforeStory: Bool = false) -> Bool {
        // Three segments need two separators: most paragraphs are turned away before anything is split.
        let bars = holds(0x7C, atLeast: 2, in: text)
        guard bars || separatorCount(in: text, upTo: 2) >= 2 else { return false }
        let segments = text.split(whereSeparator: { $0 == "|" || $0 == "•" || $0 == "·" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard segments.count >= 3, BoilerplatePhrases.hasAtMostWords(text, linkParagraphWords) else { return false }
        if segments.allSatisfy({ BoilerplatePhrases.hasAtMostWords($0, metaFieldWords) }),
           segments.contains(where: { DateNormalization.firstDate(inText: $0) != nil })
            || beforeStory && segments.contains(where: { BylineVocabulary.clockTime.matches($0) }) {
            return true
        }
        // Labelled fields are read between bars only: between bullets, "Doors 7:30 • Show 8:00" is a programme.
        guard bars else { return false }
        let fields = text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count >= 3 else { return false }
        let labelled = fields.filter { segment in
            guard let colon = segment.firstIndex(of: ":") else { return false }
            return segment[..<colon].split(separator: " ").count <= 3
        }
        return labelled.count >= 2 && labelled.count * 2 >= fields.count
    }

    /// Blocks before the headline that are this short (in words) are kickers and section labels.
    static let kickerWords = 8
    /// The headline is looked for among this many leading blocks.
    static let headlineWindow = 6

    /// Drops a heading that repeats the headline near the top, with the
    /// kickers and labels above it ("News Flash", a section name). A heading
    /// that prints a kicker before the headline in the same element
    /// ("Sturmflut an der Ostsee Deich bei Hollmersund beschädigt", a
    /// broadcaster's topline) repeats it too.
    static func dropHeadlineAndKickers(_ blocks: [Block], headline: String?, log: inout RemovalLog) -> [Block] {
        guard let headline else { return blocks }
        let key = CollectBlocks.key(headline)
        let headlineWords = CountWords.run(headline)
        guard let index = blocks.prefix(headlineWindow).firstIndex(where: { block in
            let text = plainText(block)
            // `CollectBlocks.key(text)`, not lower-cased for a paragraph that cannot equal the key: an ASCII text
            // keeps its length in bytes when lower-cased.
            let collapsed = TextNormalization.collapse(text)
            if !isHeading(block), collapsed.utf8.count != key.utf8.count, NameText.isASCII(collapsed) { return false }
            let blockKey = ASCIIText.lowercased(collapsed)
            if blockKey == key { return true }
            guard case .heading = block, blockKey.hasSuffix(" " + key) else { return false }
            return CountWords.run(text) - headlineWords <= kickerWords
        }) else { return blocks }
        let above = blocks[..<index]
        let allShort = above.allSatisfy { block in
            switch block {
            case .heading, .paragraph: return BoilerplatePhrases.hasAtMostWords(plainText(block), kickerWords)
            default: return false
            }
        }
        guard allShort else {
            log.dropped(text: plainText(blocks[index]), by: "headline-repeat")
            return Array(blocks[..<index] + blocks[(index + 1)...])
        }
        for block in blocks[...index] { log.dropped(text: plainText(block), by: "headline-repeat") }
        return Array(blocks[(index + 1)...])
    }

    /// An end mark ends the story when little text follows it.
    static func endsStory(at index: Int, in blocks: [Block]) -> Bool {
        guard BoilerplatePhrases.endsStory.contains(BoilerplatePhrases.normalise(plainText(blocks[index]))) else {
            return false
        }
        return endsStory(at: index, in: blocks, share: tailAfterEndMarkShare)
    }

    /// Whether what follows block `index` is less than `share` of what came before it.
    static func endsStory(at index: Int, in blocks: [Block], share: Double) -> Bool {
        let before = blocks[..<index].reduce(0) { $0 + plainText($1).count }
        let after = blocks[(index + 1)...].reduce(0) { $0 + plainText($1).count }
        return Double(after) < Double(before) * share
    }

    /// The index after the run of teasers that follows a trailer heading at `index`.
    static func teaserRunEnd(after index: Int, in blocks: [Block]) -> Int {
        var end = index + 1
        while end < blocks.count, isTeaser(blocks[end]) { end += 1 }
        return end
    }

    /// A list, a heading, or a paragraph that is short or mostly links. Short in words as `CountWords` counts
    /// them: a Chinese paragraph, written without spaces, is no short line.
    static func isTeaser(_ block: Block) -> Bool {
        switch block {
        case .list, .heading:
            return true
        case .paragraph(let inlines):
            let links = LinkShare(inlines)
            if links.share >= teaserLinkShare { return true }
            return links.words <= teaserWords && CountWords.run(plainText(block)) <= teaserWords
        default:
            return false
        }
    }

    /// A heading, or a short paragraph standing for one, that opens the after-story sections.
    static func opensTrailer(_ block: Block, text: BoilerplatePhrases.PhraseText) -> Bool {
        switch block {
        case .heading:
            return BoilerplatePhrases.opensTrailer(text)
        case .paragraph(let inlines):
            return LinkShare.words(in: inlines, upTo: trailerHeadingWords + 1) <= trailerHeadingWords
                && BoilerplatePhrases.opensTrailer(text)
        default:
            return false
        }
    }

    static func plainText(_ block: Block) -> String {
        BodyRendering.plainText([block])
    }

    /// `text.contains(where: \.isNumber)`, decided on the scalars where it
    /// can be: an ASCII digit at the start or after an ASCII byte opens a
    /// character of its own (no mark or prefix joins it), which is a number;
    /// a text without any numeric scalar holds none (a character is a number
    /// by its first scalar). Other text is read by characters.
    static func holdsNumber(_ text: String) -> Bool {
        var decided: Bool? = false
        var previousIsASCII = true
        UTF8Scalars.forEach(in: text) { value in
            guard decided == false else { return }
            if value >= 0x30 && value <= 0x39 {
                decided = previousIsASCII ? true : nil
            } else if value >= 0x80, let scalar = Unicode.Scalar(value), scalar.properties.numericType != nil {
                // A digit or numeral of another script ("٣", "½", "三") decides by its character.
                decided = nil
            }
            previousIsASCII = value < 0x80
        }
        return decided ?? text.contains(where: \.isNumber)
    }

    /// How many bars, bullets ("•") and middle dots ("·") `text` holds, counted on its UTF-8 up to `limit`.
    static func separatorCount(in text: String, upTo limit: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var found = 0
            for (index, byte) in bytes.enumerated() where found < limit {
                if byte == 0x7C {
                    found += 1
                } else if byte == 0xB7, index >= 1, bytes[index - 1] == 0xC2 {
                    found += 1
                } else if byte == 0xA2, index >= 2, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2 {
                    found += 1
                }
            }
            return found
        }
    }

    /// Whether `byte` occurs at least `count` times in `text`'s UTF-8.
    static func holds(_ byte: UInt8, atLeast count: Int, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var found = 0
            for element in bytes where element == byte {
                found += 1
                if found >= count { return true }
            }
            return false
        }
    }
}

/// How much of a run of inlines sits inside links.
struct LinkShare {
    var characters = 0
    var linkCharacters = 0
    /// Linked characters whose link leads to a host other than `pageHost`.
    var externalLinkCharacters = 0
    var words = 0
    /// The page's host, without "www."; nil when the page's address is unknown (no link counts as external).
    var pageHost: String?

    init(pageHost: String? = nil) { self.pageHost = pageHost }

    init(_ inlines: [Inline]) { add(inlines) }

    /// `LinkShare(inlines).words`, counted no further than `limit`: a long paragraph is not read to its end.
    static func words(in inlines: [Inline], upTo limit: Int) -> Int {
        var words = 0
        func count(_ inlines: [Inline]) {
            for inline in inlines where words < limit {
                switch inline {
                case .text(let s), .code(let s):
                    var inWord = false
                    for byte in s.utf8 {
                        if byte == 0x20 {
                            inWord = false
                        } else if !inWord, byte & 0xC0 != 0x80 {
                            // (A continuation byte goes on its scalar, which is no space.)
                            words += 1
                            inWord = true
                            if words >= limit { return }
                        }
                    }
                case .emphasis(let inner), .strong(let inner), .link(_, let inner):
                    count(inner)
                case .lineBreak:
                    break
                }
            }
        }
        count(inlines)
        return min(words, limit)
    }

    var share: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }

    mutating func add(_ inlines: [Inline], insideLink: Bool = false, external: Bool = false) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s):
                // One pass over the scalars: characters that are not white space, and runs between spaces.
                var count = 0
                var inWord = false
                UTF8Scalars.forEach(in: s) { value in
                    if value == 0x20 {
                        inWord = false
                        return
                    }
                    if !inWord { words += 1; inWord = true }
                    if value < 0x80 {
                        if !ASCIIText.isSpace(UInt8(truncatingIfNeeded: value)) { count += 1 }
                    } else if let scalar = Unicode.Scalar(value), !TextNormalization.isSpace(scalar) {
                        count += 1
                    }
                }
                characters += count
                if insideLink { linkCharacters += count }
                if insideLink, external { externalLinkCharacters += count }
            case .emphasis(let inner), .strong(let inner):
                add(inner, insideLink: insideLink, external: external)
            case .link(let url, let inner):
                add(inner, insideLink: true, external: isExternal(url))
            case .lineBreak:
                break
            }
        }
    }

    /// Whether an absolute http(s) link leads to another host than the page's ("www." aside).
    func isExternal(_ url: String) -> Bool {
        guard let pageHost, let host = URLResolver.host(of: url) else { return false }
        return host != pageHost
    }
}
