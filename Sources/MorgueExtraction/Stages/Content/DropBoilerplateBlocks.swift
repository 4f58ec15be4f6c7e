import MorgueModel

/// Drops the furniture that sits among the story's own blocks.
///
/// Keeps: every block of prose, subheads, quotes, tables, and lists that are
/// not mostly links.
/// Drops: short blocks that are a boilerplate phrase ("Advertisement",
/// "Continue Reading", "Click to comment", sign-up prompts; see
/// `BoilerplatePhrases`); paragraphs and lists that are mostly links
/// (related-story lists, "Read more" teasers); a first block repeating the
/// headline; and a wire end mark ("###", "-30-") with what little follows it.
enum DropBoilerplateBlocks {
    /// A paragraph with at least this share of its text in links, and at most `linkParagraphWords` words, is a link teaser.
    static let linkParagraphShare = 0.8
    static let linkParagraphWords = 30
    /// A list with at least this share of its text in links is a link list.
    static let linkListShare = 0.7
    /// After an end mark, what follows is dropped when it is less than this share of what came before.
    static let tailAfterEndMarkShare = 0.3

    static func run(_ blocks: [Block], headline: String?, log: inout RemovalLog) -> [Block] {
        let headlineKey = headline.map(CollectBlocks.key)
        var kept: [Block] = []
        kept.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            let text = plainText(block)
            if let rule = rule(for: block, text: text) {
                if rule == "boilerplate:end-mark", endsStory(at: index, in: blocks) {
                    log.dropped(text: text, by: rule)
                    for rest in blocks[(index + 1)...] { log.dropped(text: plainText(rest), by: "boilerplate:after-end-mark") }
                    break
                }
                log.dropped(text: text, by: rule)
                continue
            }
            if kept.isEmpty, let headlineKey, CollectBlocks.key(text) == headlineKey {
                log.dropped(text: text, by: "headline-repeat")
                continue
            }
            kept.append(block)
        }
        return kept
    }

    static func rule(for block: Block, text: String) -> String? {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines):
            if let group = BoilerplatePhrases.match(text) { return "boilerplate:\(group.rawValue)" }
            let links = LinkShare(inlines)
            if links.share >= linkParagraphShare, links.words <= linkParagraphWords { return "link-paragraph" }
        case .list(_, let items):
            let links = items.reduce(into: LinkShare()) { $0.add($1) }
            if links.share >= linkListShare { return "link-list" }
            if items.count == 1, let group = BoilerplatePhrases.match(text) { return "boilerplate:\(group.rawValue)" }
        default:
            break
        }
        return nil
    }

    /// An end mark ends the story when little text follows it.
    static func endsStory(at index: Int, in blocks: [Block]) -> Bool {
        guard BoilerplatePhrases.endsStory.contains(BoilerplatePhrases.normalise(plainText(blocks[index]))) else {
            return false
        }
        let before = blocks[..<index].reduce(0) { $0 + plainText($1).count }
        let after = blocks[(index + 1)...].reduce(0) { $0 + plainText($1).count }
        return Double(after) < Double(before) * tailAfterEndMarkShare
    }

    static func plainText(_ block: Block) -> String {
        BodyRendering.plainText([block])
    }
}

/// How much of a run of inlines sits inside links.
struct LinkShare {
    var characters = 0
    var linkCharacters = 0
    var words = 0

    init() {}

    init(_ inlines: [Inline]) { add(inlines) }

    var share: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }

    mutating func add(_ inlines: [Inline], insideLink: Bool = false) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s):
                let count = s.unicodeScalars.reduce(0) { $0 + (TextNormalization.isSpace($1) ? 0 : 1) }
                characters += count
                if insideLink { linkCharacters += count }
                words += s.split(whereSeparator: { $0 == " " }).count
            case .emphasis(let inner), .strong(let inner):
                add(inner, insideLink: insideLink)
            case .link(_, let inner):
                add(inner, insideLink: true)
            case .lineBreak:
                break
            }
        }
    }
}
