import MorgueDOM

/// The uncleaned page's `<body>` as one list, made in one walk: its
/// elements and text nodes in document order, each with what the stages
/// that read the headline, bylines, captions and dates ask of it — the tag,
/// the class-and-id string and what its classes hint at (each distinct
/// string read once), the furniture verdict (`ElementClues.isForeign`), the
/// `itemprop` and `rel` tokens they look for, and a text's least length
/// (`TextNodeReader.leastCount`).
///
/// Keeps every element and text node those stages may visit. Drops the
/// inside of `<script>` and `<style>` elements and of furniture, which every
/// one of them skips, comments, and texts of ASCII white space only, in
/// which none of them reads anything.
/// A stage walks the list with `walk`, as it would walk the tree with
/// `Node.walk`: skipping a subtree is one jump.
final class PageSurvey {
    /// The tags the stages tell apart.
    enum Tag: UInt8 {
        case other, h1, h2, h3, figure, figcaption, time, pre, code, script, style, noscript, template, table, meta
    }

    /// What an entry is and what its attributes hold.
    struct Facts: OptionSet {
        let rawValue: UInt16
        static let element = Facts(rawValue: 1 << 0)
        static let text = Facts(rawValue: 1 << 1)
        /// `ElementClues.isForeign`.
        static let foreign = Facts(rawValue: 1 << 2)
        /// `itemprop` holds the token "headline" (`ElementClues.hasToken`).
        static let itempropHeadline = Facts(rawValue: 1 << 3)
        /// `itemprop`, split at spaces, holds "author".
        static let itempropAuthor = Facts(rawValue: 1 << 4)
        /// `itemprop` is "caption" or "description" (`FindCaptions.isCaptionProperty`).
        static let itempropCaption = Facts(rawValue: 1 << 5)
        /// `rel` holds the token "author" (`FindByline.isRelAuthor`).
        static let relAuthor = Facts(rawValue: 1 << 6)
        /// Two of the element's own children or more are links to authors' pages: `rel=author`, or
        /// classed as an author's ("Door <a class=article__author>…</a> en <a class=article__author>…</a>").
        static let holdsAuthorLinks = Facts(rawValue: 1 << 7)
        /// A text that is all ASCII.
        static let ascii = Facts(rawValue: 1 << 8)
    }

    /// What an element's class-and-id string hints at.
    struct Hints: OptionSet {
        let rawValue: UInt16
        /// `ElementClues.namesLookForeign`.
        static let foreignNames = Hints(rawValue: 1 << 0)
        /// `HeadlineHints.headlineClass`.
        static let headlineClass = Hints(rawValue: 1 << 1)
        /// `DateHints.isPublishedClass`.
        static let publishedClass = Hints(rawValue: 1 << 2)
        /// `FindByline.isBylineClass`.
        static let bylineClass = Hints(rawValue: 1 << 3)
        /// `CreditPatterns.captionClass`.
        static let captionClass = Hints(rawValue: 1 << 4)
        /// `CreditPatterns.wordPressBox`.
        static let wordPressBox = Hints(rawValue: 1 << 5)
        /// `CreditPatterns.bloggerCaptionTable`.
        static let bloggerCaptionTable = Hints(rawValue: 1 << 6)

        init(rawValue: UInt16) { self.rawValue = rawValue }

        /// Every hint of a class-and-id string.
        init(names: String) {
            self.init(names: names, isASCII: !names.utf8.contains(where: { $0 >= 0x80 }))
        }

        /// Every hint of a class-and-id string; `isASCII` tells whether its bytes are all ASCII.
        init(names: String, isASCII: Bool) {
            var hints: Hints = []
            // Most class-and-id strings hold none of the words any hint needs: one scan answers for them.
            // (Text beyond ASCII goes to the checks themselves, whose expressions fold case further.)
            if let hintWords = Hints.hintWords, isASCII, !hintWords.occurs(in: names) {
                self = hints
                return
            }
            if ElementClues.namesLookForeign(names) { hints.insert(.foreignNames) }
            if HeadlineHints.headlineClass.matches(names) { hints.insert(.headlineClass) }
            if DateHints.isPublishedClass(names) { hints.insert(.publishedClass) }
            if FindByline.isBylineClass(names) { hints.insert(.bylineClass) }
            // The caption box names hold "caption", which a caption class's prefilter looks for.
            if CreditPatterns.captionClass.prefilter?.admits(names) ?? true {
                if CreditPatterns.captionClass.matches(names) { hints.insert(.captionClass) }
                if CreditPatterns.wordPressBox.matches(names) { hints.insert(.wordPressBox) }
                if CreditPatterns.bloggerCaptionTable.matches(names) { hints.insert(.bloggerCaptionTable) }
            }
            self = hints
        }

        /// Every word one of the hints needs, in any case: the foreign
        /// container words, and the fragments the headline, publication-date
        /// (its "date", "time" and "meta" rules included), byline and caption
        /// classes' prefilters ask for. Nil (no shortcut) should one of those
        /// patterns lose its fragments.
        static let hintWords: NeedleSet? = {
            let patterns = [HeadlineHints.headlineClass, DateHints.publishedClass, BylineHints.bylineClass,
                            CreditPatterns.captionClass]
            let fragments = patterns.compactMap(\.requiredFragments)
            guard fragments.count == patterns.count else { return nil }
            return NeedleSet(HeadlineHints.foreignContainer.words + fragments.flatMap { $0 }, ignoringASCIICase: true)
        }()
    }

    struct Entry {
        /// The index after the entry's last descendant.
        var end: Int
        var tag: Tag
        var facts: Facts
        var hints: Hints
        /// For a text, `TextNodeReader.leastCount`, exact up to `maxTextCount`
        /// and past it only known to be larger.
        var leastCount: Int32
        /// Where the element's class-and-id string stands in `distinctNames`; -1 for others.
        var namesIndex: Int32
    }

    /// The longest text length the stages ask of a text node.
    static let maxTextCount = FindDates.maxDateTextLength

    let nodes: [Node]
    let entries: [Entry]
    /// The class-and-id strings of the page, each once.
    private let distinctNames: [String]

    init(document: HTMLDocument) {
        assert(PackedTags.areExact, "a packed tag literal differs from Node.packedName")
        var builder = Builder()
        if let body = document.body { builder.addChildren(of: body) }
        nodes = builder.nodes
        entries = builder.entries
        distinctNames = builder.distinctNames
    }

    /// Calls `visit` with the index of every entry in document order, as
    /// `Node.walk` calls it with every node of the body; return `false` to
    /// skip the entry's subtree.
    func walk(_ visit: (Int) -> Bool) {
        var index = 0
        let count = entries.count
        while index < count {
            index = visit(index) ? index + 1 : entries[index].end
        }
    }

    /// `ElementClues.classAndID` of an element ("" for a `<script>` or `<style>`).
    func names(_ index: Int) -> String {
        let slot = entries[index].namesIndex
        return slot < 0 ? "" : distinctNames[Int(slot)]
    }

    /// `names(index)`, or nil when the element is furniture (`ElementClues.isForeign`).
    func namesUnlessForeign(_ index: Int) -> String? {
        entries[index].facts.contains(.foreign) ? nil : names(index)
    }

    /// Whether the element may print the headline: an `<h1>`, an
    /// `itemprop=headline` element, or an `<h2>`/`<h3>` classed as the headline.
    func isHeadline(_ index: Int) -> Bool {
        let entry = entries[index]
        if entry.tag == .h1 || entry.facts.contains(.itempropHeadline) { return true }
        return (entry.tag == .h2 || entry.tag == .h3) && entry.hints.contains(.headlineClass)
    }

    /// Whether the element's content is never shown as text (`ElementClues.isInvisible`).
    func isInvisible(_ index: Int) -> Bool {
        switch entries[index].tag {
        case .script, .style, .noscript, .template: return true
        default: return false
        }
    }

    /// Whether the element is code (`ElementClues.isCode`).
    func isCode(_ index: Int) -> Bool {
        entries[index].tag == .pre || entries[index].tag == .code
    }

    /// The number of characters of a text node's collapsed text
    /// (`TextNormalization.collapse`), when the survey knows it: for an
    /// ASCII text of at most `maxTextCount` characters; nil for others.
    func textCount(_ index: Int) -> Int? {
        let entry = entries[index]
        guard entry.facts.contains(.ascii), entry.leastCount <= Self.maxTextCount else { return nil }
        return Int(entry.leastCount)
    }

    /// Whether a text node surely holds no text a stage reads: only white
    /// space, or more than `limit` characters once collapsed.
    func textIsOutside(_ index: Int, limit: Int) -> Bool {
        let entry = entries[index]
        return entry.leastCount > limit || (entry.leastCount == 0 && entry.facts.contains(.ascii))
    }

    // MARK: Making the list

    private struct Builder {
        var nodes: [Node] = []
        var entries: [Entry] = []
        var distinctNames: [String] = []
        private var hintsByName: [Hints] = []
        private var slots = NameSlots()
        /// Reused for reading a text node's bytes.
        private var raw: [UInt8] = []
        /// Reused for reading an element's class and id.
        private var names: [UInt8] = []

        mutating func addChildren(of parent: Node) {
            var authorLinks = 0
            let parentIndex = entries.count - 1
            var child = parent.firstChild
            while let node = child {
                if node.isElement {
                    if addElement(node) { authorLinks += 1 }
                } else if node.isText {
                    addText(node)
                }
                child = node.nextSibling
            }
            if authorLinks >= 2, parentIndex >= 0 { entries[parentIndex].facts.insert(.holdsAuthorLinks) }
        }

        /// Adds the element and what it holds; true when it is a `rel=author` link.
        private mutating func addElement(_ node: Node) -> Bool {
            let index = entries.count
            let packed = node.packedName
            let tag = PageSurvey.tag(packed: packed, of: node)
            var facts: Facts = .element
            // Most elements have neither attribute, which one pass over their attributes tells.
            let marked = node.anyAttribute("rel", "itemprop", "itemprop", satisfies: { _ in true })
            if marked, node.hasAttribute(named: "rel"), FindByline.isRelAuthor(node) { facts.insert(.relAuthor) }
            nodes.append(node)
            guard tag != .script, tag != .style else {
                entries.append(Entry(end: index + 1, tag: tag, facts: facts, hints: [], leastCount: 0, namesIndex: -1))
                return false
            }
            if marked {
                _ = node.attribute("itemprop", satisfies: { value in
                    facts.formUnion(PageSurvey.itempropFacts(value))
                    return true
                })
            }
            let slot = self.slot(of: node)
            let hints = hintsByName[Int(slot)]
            // A link to an author's page: `rel=author`, or classed as an author's ("article__author").
            let isAuthorLink = packed == PackedTags.a && (facts.contains(.relAuthor) || hints.contains(.bylineClass))
            if ElementClues.isForeign(node, packedName: packed, namesLookForeign: hints.contains(.foreignNames)) {
                facts.insert(.foreign)
            }
            entries.append(Entry(end: index + 1, tag: tag, facts: facts, hints: hints, leastCount: 0, namesIndex: slot))
            if !facts.contains(.foreign) {
                addChildren(of: node)
                entries[index].end = entries.count
            }
            return isAuthorLink
        }

        private mutating func addText(_ node: Node) {
            raw.removeAll(keepingCapacity: true)
            node.appendText(to: &raw)
            let (count, isASCII) = ASCIIText.leastCollapsedCount(raw, upTo: PageSurvey.maxTextCount)
            if isASCII, count == 0 { return }
            nodes.append(node)
            entries.append(Entry(end: entries.count + 1, tag: .other, facts: isASCII ? [.text, .ascii] : .text,
                                 hints: [], leastCount: Int32(count), namesIndex: -1))
        }

        /// Where the element's `ElementClues.classAndID` stands in `distinctNames`, its hints read
        /// when it is new. The string is read as bytes and looked up by them: only a new one
        /// (a page repeats its classes) is made a String.
        private mutating func slot(of node: Node) -> Int32 {
            names.removeAll(keepingCapacity: true)
            ElementClues.appendClassAndID(node, to: &names)
            let key = NameSlots.Key(names)
            if let slot = slots.slot(of: names, key: key) { return slot }
            let text = String(decoding: names, as: UTF8.self)
            distinctNames.append(text)
            hintsByName.append(Hints(names: text, isASCII: key.isASCII))
            return slots.add(names, key: key)
        }
    }

    /// The class-and-id strings of a page, each given a slot (0, 1, 2… in
    /// order of first sight), found by their bytes: a dictionary from the
    /// bytes' hash to the first slot of that hash, and a chain through the
    /// others of the same hash. (A dictionary keyed by String would ask for
    /// a String of every element's names.)
    private struct NameSlots {
        /// The bytes' FNV-1a hash, and whether they are all ASCII.
        struct Key {
            let hash: UInt64
            let isASCII: Bool

            init(_ bytes: [UInt8]) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var high: UInt8 = 0
                for byte in bytes {
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                    high |= byte
                }
                self.hash = hash
                isASCII = high < 0x80
            }
        }

        /// The first slot of each hash.
        private var firstOfHash: [UInt64: Int32] = [:]
        /// For each slot, the next slot of the same hash, or -1.
        private var nextOfHash: [Int32] = []
        /// Each slot's bytes, one after another.
        private var store: [UInt8] = []
        private var ranges: [Range<Int>] = []

        /// The slot of `bytes`, whose key is `key`; nil when they have none yet.
        func slot(of bytes: [UInt8], key: Key) -> Int32? {
            var slot = firstOfHash[key.hash] ?? -1
            while slot >= 0 {
                if store[ranges[Int(slot)]].elementsEqual(bytes) { return slot }
                slot = nextOfHash[Int(slot)]
            }
            return nil
        }

        /// Gives `bytes` (which have no slot) the next slot.
        mutating func add(_ bytes: [UInt8], key: Key) -> Int32 {
            let slot = Int32(ranges.count)
            nextOfHash.append(firstOfHash[key.hash] ?? -1)
            firstOfHash[key.hash] = slot
            ranges.append(store.count..<(store.count + bytes.count))
            store.append(contentsOf: bytes)
            return slot
        }
    }

    /// What an `itemprop` value (its bytes) tells: it holds the token
    /// "headline" (`ElementClues.hasToken`), split at spaces it holds
    /// "author", it is "caption" or "description"; in any case. A plain
    /// ASCII value is read as bytes (see `AttributeTokens`), any other as a String.
    static func itempropFacts(_ value: UnsafeBufferPointer<UInt8>) -> Facts {
        guard let holdsHeadline = AttributeTokens.holds(bytes: value, headline) else {
            return itempropFacts(String(decoding: value, as: UTF8.self))
        }
        var facts: Facts = holdsHeadline ? .itempropHeadline : []
        var start = 0
        for end in 0...value.count where end == value.count || value[end] == 0x20 {
            if isLowerCased(value[start..<end], author) { facts.insert(.itempropAuthor); break }
            start = end + 1
        }
        if isLowerCased(value[...], caption) || isLowerCased(value[...], description) { facts.insert(.itempropCaption) }
        return facts
    }

    /// `itempropFacts` of a value that is not plain ASCII.
    private static func itempropFacts(_ value: String) -> Facts {
        var facts: Facts = AttributeTokens.holds(value, "headline") ? .itempropHeadline : []
        let prop = value.lowercased()
        if prop.split(separator: " ").contains("author") { facts.insert(.itempropAuthor) }
        if prop == "caption" || prop == "description" { facts.insert(.itempropCaption) }
        return facts
    }

    /// Whether ASCII `bytes`, lower-cased, are `word`.
    private static func isLowerCased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ word: [UInt8]) -> Bool {
        bytes.count == word.count && bytes.lazy.map(ASCIIText.lower).elementsEqual(word)
    }

    private static let headline = Array("headline".utf8), author = Array("author".utf8)
    private static let caption = Array("caption".utf8), description = Array("description".utf8)

    /// The element's tag, its name folded to lower case as `Node.isElement(_:)` folds it.
    /// `packed` is the element's `packedName`.
    private static func tag(packed: UInt64, of node: Node) -> Tag {
        switch packed {
        case 0: return node.isElement("figcaption") ? .figcaption : .other
        case PackedTags.h1: return .h1
        case PackedTags.h2: return .h2
        case PackedTags.h3: return .h3
        case PackedTags.figure: return .figure
        case PackedTags.time: return .time
        case PackedTags.pre: return .pre
        case PackedTags.code: return .code
        case PackedTags.script: return .script
        case PackedTags.style: return .style
        case PackedTags.noscript: return .noscript
        case PackedTags.template: return .template
        case PackedTags.table: return .table
        case PackedTags.meta: return .meta
        default: return .other
        }
    }
}
