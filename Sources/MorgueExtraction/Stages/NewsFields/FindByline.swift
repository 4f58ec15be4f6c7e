import Foundation
import MorgueDOM

/// Finds who wrote the story.
///
/// Keeps, strongest first: JSON-LD authors, microdata authors, `rel=author`
/// links, author meta tags (`author`, `article:author`, …), elements
/// classed as a byline (byline, author, contributor, writer, …, in the
/// class, the id or a test id: `data-qa`, `data-testid`) or
/// following a label ("Autor:"), a label and its names in one text
/// ("Autor: Jane Doe", "责任编辑：焦鹏"), a "By" line just after the headline
/// — and the printed byline element whenever its names agree with the
/// structured ones, so the byline reads as printed (cut to the structured
/// full name when it runs on past it); without one, the structured names,
/// or the one structured value that named them all ("A und B"), a value printing
/// several people as a byline does parted into them ("Phương Linh - Đức Trung").
/// A name ending in a newsroom unit ("Digital Desk", "डिजिटल डेस्क") is a desk:
/// the organization, which its printed byline line then reads as. Structured authors that are only
/// user names give way to a printed byline naming people. An organization
/// as author (or a name from the news organization table) is kept as the
/// organization.
/// Drops: a structured author that is only the site's own name (the
/// printed byline, or a byline line in the body, then names the writer;
/// without one the site's name stands as a byline naming nobody), and the
/// site's own name (its site name or publisher) as the organization;
/// author URLs; author biographies, avatars and comment authors; bylines in
/// furniture (navigation, footers, asides, save an aside that is the story's
/// meta column in the headline's `<article>`: `isMetaColumn`); authors
/// printed inside a teaser card's link to another story; code
/// blocks (an SQL "ORDER BY" is no byline label); byline
/// elements that do not read as names (precision first: no byline beats a
/// wrong one).
enum FindByline {
    /// Longest element text read as a byline.
    static let maxBylineLength = 200

    static func run(document: HTMLDocument, metadata: PageMetadata, survey: PageSurvey? = nil) -> BylineFinding? {
        guard var finding = find(document: document, metadata: metadata, survey: survey) else { return nil }
        // "Jane Doe, Riksposten" on Riksposten's own page: the publisher is no organization of the byline.
        if finding.byline.organization.map(metadata.isOwnName) == true { finding.byline.organization = nil }
        return finding
    }

    private static func find(document: HTMLDocument, metadata: PageMetadata, survey: PageSurvey?) -> BylineFinding? {
        let siteName = metadata.siteName.map(TextComparison.fold)
        let hosts = FindHeadline.hostWords(metadata)
        let structuredSource = metadata.sources[.authors] ?? .meta
        // The site naming itself as the author: its name, its host ("stylegart" on stylegart.de) or a
        // domain ("24horas.cl"). Such a name is the organization, and a printed byline may name the writer.
        func isSite(_ name: String) -> Bool {
            let folded = TextComparison.fold(name)
            return folded == siteName || metadata.isOwnName(name) || hosts.contains(folded.filter { $0.isLetter || $0.isNumber })
                || BylineParsing.looksLikeDomain(name) || BylineVocabulary.isNewsroom(name)
                || BylineVocabulary.isNewsroomUnit(name)
        }
        // An author tag naming the organization that JSON-LD types as one ("…新聞社") is no person either.
        let organizationAuthor = metadata.structuredOrganization.map(TextComparison.fold)
        let named = metadata.structuredAuthors.filter { name in
            let folded = TextComparison.fold(name)
            return !isSite(name) && folded != organizationAuthor && !BylineVocabulary.notNameWords.contains(folded)
        }
        let structured = named.flatMap(separatePeople)
        // The site's own name (its site name or publisher) is never the organization: the publisher does not
        // count. Named as the author, it stands as the byline only when nothing else names anyone.
        var organization = metadata.structuredOrganization.flatMap { metadata.isOwnName($0) ? nil : $0 }
        var siteAuthor = metadata.structuredOrganization.flatMap { metadata.isOwnName($0) ? $0 : nil }
        if organization == nil, let site = metadata.structuredAuthors.first(where: isSite) {
            let name = metadata.siteName.flatMap { TextComparison.fold(site) == siteName ? $0 : nil } ?? site
            if metadata.isOwnName(site) { siteAuthor = siteAuthor ?? name } else { organization = name }
        }

        // A byline part naming the site ("…, Piratininga — São Paulo" on piratininga.com.br) is its outlet.
        let printed = printedBylines(document, survey: survey, isOwnName: { name in
            let folded = TextComparison.fold(name)
            return folded == siteName || metadata.isOwnName(name) || hosts.contains(folded.filter { $0.isLetter || $0.isNumber })
        })
        // Structured authors that are only user names give way to a byline printing people's names.
        if !structured.isEmpty, structured.allSatisfy(BylineParsing.looksLikeHandle),
           let named = printed.first(where: { !$0.byline.authors.isEmpty && $0.byline.authors.allSatisfy { $0.contains(" ") } }) {
            var byline = named.byline
            byline.organization = byline.organization ?? organization
            return BylineFinding(byline: byline, source: .bylineElement, node: named.node)
        }
        if !structured.isEmpty {
            if let match = printed.first(where: { agrees($0.byline.authors, structured) }) {
                var byline = withStructuredCoauthors(trimmed(match.byline, to: structured), structured)
                byline.organization = byline.organization ?? organization
                return BylineFinding(byline: byline, source: structuredSource, node: match.node)
            }
            if structuredSource == .meta, let link = printed.first(where: { $0.isAuthorLink && !$0.byline.authors.isEmpty }) {
                return BylineFinding(byline: link.byline, source: .bylineElement, node: link.node)
            }
            // One value naming them all ("A und B", "Phương Linh - Đức Trung") is the byline as printed.
            let text = named == metadata.structuredAuthors ? metadata.structuredAuthorsText ?? named.joined(separator: ", ")
                : named.joined(separator: ", ")
            return BylineFinding(byline: Byline(text: text, authors: structured, organization: organization),
                                 source: structuredSource, node: nil)
        }
        if let first = printed.first(where: { !$0.byline.authors.isEmpty }) {
            var byline = first.byline
            byline.organization = byline.organization ?? organization
            return BylineFinding(byline: byline, source: .bylineElement, node: first.node)
        }
        // A desk named as the author ("डिजिटल डेस्क") reads as its printed byline ("डिजिटल डेस्क, प्रभात दर्पण, नई दिल्ली").
        if let organization, let desk = printed.first(where: { line in
            line.byline.authors.isEmpty && line.byline.organization.map(TextComparison.fold) == TextComparison.fold(organization)
        }) {
            return BylineFinding(byline: desk.byline, source: .bylineElement, node: desk.node)
        }
        if let organization {
            return BylineFinding(byline: Byline(text: organization, authors: [], organization: organization),
                                 source: metadata.sources[.organization] ?? structuredSource, node: nil)
        }
        if let siteAuthor {
            return BylineFinding(byline: Byline(text: siteAuthor, authors: [], organization: nil),
                                 source: metadata.sources[.organization] ?? structuredSource, node: nil)
        }
        if let first = printed.first {
            return BylineFinding(byline: first.byline, source: .bylineElement, node: first.node)
        }
        return nil
    }

    /// One structured "person" that prints several people the way a byline
    /// does ("Phương Linh - Đức Trung", "A và B"): its parts, when there are
    /// two or more and each is a full name (two words or more, no
    /// organization's); else the name alone.
    static func separatePeople(_ name: String) -> [String] {
        guard name.contains(" ") else { return [name] }
        let parts = BylineParsing.split(name).map(BylineParsing.trimSeparators)
        guard parts.count >= 2, parts.allSatisfy({ part in
            NameText.spaceSplit(part).count >= 2 && BylineParsing.isPlausibleName(part)
                && !BylineParsing.looksLikeOrganization(part) && NewsOrganizations.canonicalName(for: part) == nil
        }) else { return [name] }
        return parts
    }

    /// A printed name that runs on past a structured full name is that name:
    /// "Steven Salentin Mitglied der Tonight News-Redaktion" for "Steven
    /// Salentin" (the rest is a description printed beside it). A one-word
    /// structured name ("Nils") is not a full name, and the printed one stays.
    /// Structured names printed one after the other without a separator are
    /// all kept, in the structured order. A name printed after two words or
    /// more of a label ("Tech Insider Alex Perry") is the structured name too,
    /// and so is a structured full name printed whole that parsing cut short
    /// ("Rasender Reporter" read as "Rasender" and a job title).
    static func trimmed(_ byline: Byline, to structured: [String]) -> Byline {
        let full = structured.map { (name: $0, folded: TextComparison.fold($0)) }
            .filter { $0.folded.split(separator: " ").count >= 2 }
        var changed = false
        var authors: [String] = []
        for printed in byline.authors {
            let folded = TextComparison.fold(printed)
            // Printed after two words or more of its own ("Tech Insider Alex Perry"): a label, not a first name.
            if let name = full.first(where: { name in
                folded.hasSuffix(" " + name.folded)
                    && folded.dropLast(name.folded.count).split(separator: " ").count >= 2
            }) {
                changed = true
                if !authors.contains(name.name) { authors.append(name.name) }
                continue
            }
            guard full.contains(where: { folded.hasPrefix($0.folded + " ") }) else {
                // A structured full name printed whole that parsing cut short ("Rasender Reporter", read as a
                // name and a job title) is the structured name.
                let foldedText = TextComparison.fold(byline.text)
                if let whole = full.first(where: { $0.folded.hasPrefix(folded + " ") && foldedText.contains($0.folded) }) {
                    changed = true
                    if !authors.contains(whole.name) { authors.append(whole.name) }
                } else {
                    authors.append(printed)
                }
                continue
            }
            // Two structured names printed without a separator ("April Roach Daniel O'Mahony") are both kept,
            // and so is a second person's name the structured data leaves out.
            changed = true
            var rest = printed
            for name in full where folded.contains(name.folded) {
                if !authors.contains(name.name) { authors.append(name.name) }
                if let range = rest.range(of: name.name, options: [.caseInsensitive, .diacriticInsensitive]) {
                    rest.removeSubrange(range)
                }
            }
            rest = TextNormalization.collapse(rest)
            if isBareName(rest), !authors.contains(rest) { authors.append(rest) }
        }
        guard changed else { return byline }
        let text = authors.joined(separator: ", ") + (byline.organization.map { ", " + $0 } ?? "")
        return Byline(text: text, authors: authors, organization: byline.organization)
    }

    /// The printed byline's authors, followed by the structured authors it
    /// leaves out, when every printed name is one of the structured ones: a
    /// theme that prints only the first of two authors still files both. The
    /// byline text stays as printed.
    static func withStructuredCoauthors(_ byline: Byline, _ structured: [String]) -> Byline {
        guard !byline.authors.isEmpty, byline.authors.count < structured.count,
              byline.authors.allSatisfy({ agrees([$0], structured) }) else { return byline }
        var result = byline
        for name in structured where result.authors.count < ReadMetadata.maxAuthors
            && !result.authors.contains(where: { agrees([$0], [name]) }) {
            result.authors.append(name)
        }
        return result
    }

    /// Two or three capitalised words with no particle, role or organization
    /// word: "Daniel O'Mahony", not "Mitglied der Tonight News-Redaktion".
    static func isBareName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...3).contains(words.count), BylineParsing.isPlausibleName(text), !BylineParsing.looksLikeOrganization(text)
        else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && !BylineVocabulary.nameParticles.contains(word.lowercased())
                && !BylineVocabulary.roleNouns.contains(word.lowercased())
        }
    }

    /// True when a printed name and a structured name are the same person.
    static func agrees(_ printed: [String], _ structured: [String]) -> Bool {
        let a = printed.map(TextComparison.fold), b = structured.map(TextComparison.fold)
        return a.contains { p in
            b.contains { s in p == s || (p.count >= 4 && s.contains(p)) || (s.count >= 4 && p.contains(s)) }
        }
    }

    // MARK: Printed bylines

    struct Printed {
        var byline: Byline
        var node: Node
        /// Read from a `rel=author` link, which outranks author meta tags.
        var isAuthorLink: Bool { isRelAuthor(node) }
    }

    static func isRelAuthor(_ node: Node) -> Bool {
        ElementClues.hasToken(node, "rel", "author")
    }

    /// An element whose own children include two links to authors' pages or
    /// more (`rel=author`, or classed as an author's): the line printing all
    /// of a story's authors ("<a rel=author>…</a> and <a rel=author>…</a>",
    /// "Door <a class=article__author>…</a> en …"), read whole so no name is left out.
    static func holdsAuthorLinks(_ node: Node) -> Bool {
        var links = 0
        var child = node.firstChild
        while let current = child {
            if current.isElement("a"), isRelAuthor(current) || isBylineClass(ElementClues.classAndID(current)) {
                links += 1
                if links == 2 { return true }
            }
            child = current.nextSibling
        }
        return false
    }

    /// Bylines printed in the body, in document order: elements with a
    /// byline class or id, `rel=author` links and `itemprop=author`
    /// elements, read as names. Only elements whose every part is
    /// accounted for (names, organizations, roles, dates) count.
    static func printedBylines(_ document: HTMLDocument, survey: PageSurvey? = nil,
                               isOwnName: ((String) -> Bool)? = nil) -> [Printed] {
        let survey = survey ?? PageSurvey(document: document)
        var result: [Printed] = []
        var seen = Set<Byline>()
        func add(_ byline: Byline, _ node: Node) {
            if seen.insert(byline).inserted { result.append(Printed(byline: byline, node: node)) }
        }
        var reader = TextNodeReader()
        var memo = BylineParsing.Memo(isOwnName: isOwnName)
        var headline: Node?
        var windowLeft = 0

        /// Reads a byline element; true when it was read (as a byline, or as a teaser card's, which is left).
        func readElement(_ node: Node, isAuthorLink: Bool) -> Bool {
            // An author inside a link is a teaser card's ("<a href=/other-story>… <span class=author>")
            // unless it is the author link itself.
            if !isAuthorLink, node.ancestors.contains(where: { $0.isElement("a") }) { return true }
            // So is an author printed beside the link, in a list item or card classed as a teaser.
            if node.ancestors.contains(where: { ($0.isElement("li") || $0.isElement("article"))
                && BylineHints.teaserCard.matches(ElementClues.classAndID($0)) }) {
                return true
            }
            guard let text = ElementText.spaced(node, ifAtMost: maxBylineLength, skippingHidden: true), !text.isEmpty,
                  text.count <= maxBylineLength else { return false }
            if let analysis = lineAwareAnalysis(node, text: text, memo: &memo), analysis.unexplained.isEmpty {
                add(analysis.byline, node)
                return true
            }
            if let account = accountName(node, text: text) {
                add(Byline(text: account, authors: [account], organization: nil), node)
                return true
            }
            return false
        }
        survey.walk { index in
            let entry = survey.entries[index]
            let node = survey.nodes[index]
            if entry.facts.contains(.text) {
                // Only a short text may be a label (with its names).
                let mayBeLabel = !survey.textIsOutside(index, limit: maxInlineLabelled)
                // "<h5>Autor:</h5> Peter Maahn": a label, then the names.
                if mayBeLabel, let labelled = labelledByline(node, reader: &reader, memo: &memo) {
                    add(labelled.byline, labelled.node)
                } else if mayBeLabel, let labelled = inlineLabelled(node, reader: reader, memo: &memo) {
                    add(labelled.byline, labelled.node)
                } else if windowLeft > 0, let headline, survey.textCount(index) != 0,
                          let found = byLine(node, after: headline, memo: &memo, window: &windowLeft,
                                             count: survey.textCount(index)) {
                    add(found.byline, found.node)
                }
                return false
            }
            guard entry.facts.contains(.element) else { return false }
            switch entry.tag {
            case .figure, .figcaption, .time, .pre, .code, .script, .style, .noscript, .template: return false
            default: break
            }
            if entry.facts.contains(.foreign) {
                // An aside is furniture, save the story's own meta column beside its headline (which the
                // survey does not enter: its elements are read here).
                if !entry.hints.contains(.foreignNames), let headline, node.isElement("aside"), isMetaColumn(node, of: headline) {
                    node.walk { element in
                        guard element.isElement, !metaColumnSkips.contains(where: element.isElement) else { return false }
                        let facts = PageSurvey.Facts.element.union(
                            isRelAuthor(element) ? .relAuthor : []).union(holdsAuthorLinks(element) ? .holdsAuthorLinks : [])
                            .union(ElementClues.hasToken(element, "itemprop", "author") ? .itempropAuthor : [])
                        let hints: PageSurvey.Hints = isBylineClass(ElementClues.classAndID(element))
                            || testIDNamesByline(element) ? .bylineClass : []
                        guard isBylineElement(facts: facts, hints: hints) else { return true }
                        return !readElement(element, isAuthorLink: facts.contains(.relAuthor))
                    }
                }
                return false
            }
            if headline == nil, survey.isHeadline(index) {
                headline = node
                windowLeft = headlineWindow
            }
            guard isBylineElement(facts: entry.facts, hints: entry.hints) || testIDNamesByline(node) else { return true }
            return !readElement(node, isAuthorLink: entry.facts.contains(.relAuthor))
        }
        return result
    }

    /// Elements of a meta column whose text is no byline (as the page walk skips them).
    static let metaColumnSkips: [StaticString] = [
        "figure", "figcaption", "time", "pre", "code", "script", "style", "noscript", "template", "nav", "footer", "aside",
    ]

    /// An `<aside>` that is the story's meta column, not furniture: inside the
    /// same `<article>` as the headline, holding a `rel=author` link or a
    /// `<time>` (a live blog's "By … and …" and its timestamp beside the story).
    static func isMetaColumn(_ aside: Node, of headline: Node) -> Bool {
        guard let article = headline.ancestors.first(where: { $0.isElement("article") }),
              aside.ancestors.contains(article) else { return false }
        if aside.firstDescendant(named: "time") != nil { return true }
        var holdsAuthorLink = false
        aside.walk { node in
            if holdsAuthorLink { return false }
            if node.isElement("a"), isRelAuthor(node) { holdsAuthorLink = true }
            return node.isElement
        }
        return holdsAuthorLink
    }

    /// The byline printed after a label text ("Autor:", "Text:", "Von:"):
    /// the inline text that follows the label, up to a line break or block.
    /// The text node is read through `reader`; only a text that could be a
    /// label becomes a String.
    static func labelledByline(
        _ node: Node, reader: inout TextNodeReader, memo: inout BylineParsing.Memo
    ) -> (byline: Byline, node: Node)? {
        reader.read(node)
        guard reader.leastCount <= maxLabelLength else { return nil }
        let count = reader.count()
        guard count > 0, count <= maxLabelLength, reader.passes(labelPattern) else { return nil }
        let label = reader.text()
        guard BylineHints.label.matches(label), let parent = node.parent, !continuesALine(node) else { return nil }
        // "<h5>Autor:</h5> Peter Maahn": the label fills its element; read after the element.
        let start = ElementText.spaced(parent, ifAtMost: label.count + 2).map { $0.count <= label.count + 2 } == true
            ? parent : node
        var following = ""
        var sibling = start.nextSibling
        while let current = sibling, following.count < maxLabelledLength, let text = lineText(current) {
            following += " " + text
            sibling = current.nextSibling
        }
        let text = TextNormalization.collapse(following)
        guard !text.isEmpty, text.count <= maxLabelledLength, let analysis = memo.analyse(text),
              analysis.unexplained.isEmpty, !analysis.byline.authors.isEmpty else { return nil }
        return (analysis.byline, start == node ? parent : start)
    }

    /// The analysis of a byline element's text, its lines parted where it has
    /// line breaks ("By Kelli Miller<br>WebMD Health News" names Kelli Miller
    /// of WebMD Health News), while the byline's text stays as printed. A
    /// byline printed as separate items without separators (a list of author
    /// cards, `<span class=author>` twice) is read item by item, in the
    /// page's order, and its text joins them with commas (with a space before
    /// an item that carries its own "and").
    static func lineAwareAnalysis(_ node: Node, text: String, memo: inout BylineParsing.Memo) -> BylineParsing.Analysis? {
        if ElementText.holdsItems(node), let analysis = itemAnalysis(node, memo: &memo) { return analysis }
        guard node.firstDescendant(named: "br") != nil,
              let lines = ElementText.spaced(node, ifAtMost: maxBylineLength + 20, skippingHidden: true,
                                             commaAtLineBreaks: true),
              var analysis = memo.analyse(lines), analysis.unexplained.isEmpty else { return memo.analyse(text) }
        let printed = memo.analyse(text)?.printed ?? analysis.printed
        analysis.byline.text = BylineParsing.droppingTrailingRole(printed, after: analysis.byline.authors.last)
        analysis.printed = printed
        return analysis
    }

    /// The analysis of a byline printed as items, when every item is one
    /// person's name (with a job title the parser drops) or a known news
    /// organization alone ("NTB" on the last card): the items joined with
    /// commas name those people, in order.
    static func itemAnalysis(_ node: Node, memo: inout BylineParsing.Memo) -> BylineParsing.Analysis? {
        guard let items = ElementText.items(node, ifAtMost: maxBylineLength + 20, skippingHidden: true), items.count >= 2
        else { return nil }
        var names: [String] = []
        for item in items {
            guard let analysis = memo.analyse(item), analysis.unexplained.isEmpty else { return nil }
            let byline = analysis.byline
            if byline.authors.count == 1, byline.organization == nil {
                names += byline.authors
            } else if !(byline.authors.isEmpty && analysis.organizationIsKnown) {
                return nil
            }
        }
        guard let analysis = memo.analyse(joinedItems(items)), analysis.unexplained.isEmpty,
              analysis.byline.authors == names else { return nil }
        return analysis
    }

    /// The items of a byline joined with commas, but with a space before an
    /// item that opens with a word joining names (`BylineVocabulary.itemJoiningWords`):
    /// "By Layla Haddad" and "and Yusuf Karimi" read "By Layla Haddad and Yusuf Karimi".
    static func joinedItems(_ items: [String]) -> String {
        var text = ""
        for item in items {
            if !text.isEmpty {
                let first = item.prefix(while: { $0 != " " }).lowercased()
                text += BylineVocabulary.itemJoiningWords.contains(first) ? " " : ", "
            }
            text += item
        }
        return text
    }

    /// Whether inline text stands before `node` in its element: its label then
    /// ends a phrase ("Content Management by InterRed", "Photo by …") rather
    /// than opening a byline.
    static func continuesALine(_ node: Node) -> Bool {
        var sibling = node.previousSibling
        while let current = sibling, let text = lineText(current) {
            if text.contains(where: { !$0.isWhitespace }) { return true }
            sibling = current.previousSibling
        }
        return false
    }

    /// The text a sibling adds to the line it stands in; nil for a line break or a block, which end the line.
    static func lineText(_ node: Node) -> String? {
        if node.isElement, node.isElement("br") || !ElementClues.isInline(node) { return nil }
        return node.isText ? (node.content ?? "") : ElementText.spaced(node)
    }

    /// Longest text node read as a label and its names.
    static let maxInlineLabelled = 60

    /// A text node that is a label and the names after it, "Autor: Jane
    /// Doe", "责任编辑： 焦鹏", wherever it stands. `reader` holds the node
    /// (`labelledByline` read it); only a short text with a colon becomes a String.
    static func inlineLabelled(
        _ node: Node, reader: TextNodeReader, memo: inout BylineParsing.Memo
    ) -> (byline: Byline, node: Node)? {
        var reader = reader
        guard reader.leastCount <= maxInlineLabelled, reader.holdsColon(), let parent = node.parent else { return nil }
        let count = reader.count()
        guard count > 3, count <= maxInlineLabelled else { return nil }
        let text = reader.text()
        guard BylineHints.inlineLabel.matches(text), let analysis = memo.analyse(text), analysis.hadLeadingBy,
              analysis.unexplained.isEmpty, !analysis.byline.authors.isEmpty else { return nil }
        return (analysis.byline, lineOrElement(node, parent: parent, lineLength: text.count))
    }

    /// The element of a byline line, or the line's own text node when the
    /// line opens a longer paragraph ("<p>Von Jane Doe<br>Sie ist …"): the
    /// body leaves out that node and no more.
    static func lineOrElement(_ node: Node, parent: Node, lineLength: Int) -> Node {
        ElementText.spaced(parent, ifAtMost: lineLength + maxByLineSlack) != nil ? parent : node
    }

    /// Characters an element may hold besides its byline line and still be the byline's element.
    static let maxByLineSlack = 20

    /// Characters of text after the headline searched for a "By" line.
    static let headlineWindow = 400
    /// Longest "By" line read near the headline.
    static let maxByLineLength = 80

    /// A text of its own after the headline that reads "By Jane Doe" / "von
    /// Alexander Rosenkranz" (a leading "By", then names and nothing
    /// unexplained), or a "By" alone that opens a short line whose names
    /// follow in elements (`lineAfterBy`), in a header whose element has no byline class. The
    /// text's characters count against `window`; the headline's own text is
    /// not read. `count`, when known, is the number of characters of the
    /// node's collapsed text: a text too long for a "By" line is then not collapsed.
    static func byLine(
        _ node: Node, after headline: Node, memo: inout BylineParsing.Memo, window: inout Int, count: Int? = nil
    ) -> (byline: Byline, node: Node)? {
        guard let parent = node.parent, let content = node.content else { return nil }
        var ancestor: Node? = parent
        for _ in 0..<4 {
            guard let current = ancestor else { break }
            if current == headline { return nil }
            ancestor = current.parent
        }
        if let count {
            window -= count
            guard count > 0, count <= maxByLineLength else { return nil }
        }
        let text = TextNormalization.collapse(content)
        if count == nil { window -= text.count }
        if let line = lineAfterBy(node, text: text, parent: parent), let analysis = memo.analyse(line), analysis.hadLeadingBy,
           analysis.unexplained.isEmpty, !analysis.byline.authors.isEmpty {
            return (analysis.byline, parent)
        }
        // The "By" is looked for first: most short texts near a headline (dates, section names) have none.
        guard !text.isEmpty, text.count <= maxByLineLength, BylineParsing.leadingBy(in: text) != nil,
              let analysis = memo.analyse(text), analysis.hadLeadingBy,
              analysis.unexplained.isEmpty, !analysis.byline.authors.isEmpty else { return nil }
        return (analysis.byline, lineOrElement(node, parent: parent, lineLength: text.count))
    }

    /// "Por <strong>Ana Mendes e Rafael Tavares</strong>, Piratininga — São
    /// Paulo": a text that is only a "By" and opens its element, the names in
    /// the elements after it. The line is the element's text, when it is short.
    static func lineAfterBy(_ node: Node, text: String, parent: Node) -> String? {
        guard text.count <= maxLabelLength, let by = BylineParsing.leadingBy(in: text + " "),
              by.range.upperBound == (text + " ").endIndex,
              let line = ElementText.spaced(parent, ifAtMost: maxByLineLength), line.count <= maxByLineLength,
              line.count > text.count + 1, line.hasPrefix(text) else { return nil }
        return line
    }

    /// The label pattern, with its prefilter in byte form.
    private static let labelPattern = BylineHints.label
    /// Longest label text.
    static let maxLabelLength = 20

    /// Longest text after a byline label read as names.
    static let maxLabelledLength = 80

    /// A user name printed as the author link of a blog post
    /// (`rel=author`, or the link inside an author element): "karstenruppert".
    static func accountName(_ node: Node, text: String) -> String? {
        let isAuthorLink = isRelAuthor(node)
        let isFormattedName = ElementClues.classAndID(node).split(separator: " ").contains("fn")
        guard isAuthorLink || isFormattedName || node.elementChildren.count == 1 && node.elementChildren[0].isElement("a") else {
            return nil
        }
        let account = text.trimmingCharacters(in: NewsOrganizations.trimSet)
        guard (3...30).contains(account.count), !account.contains(" "),
              account.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }),
              account.contains(where: \.isLetter),
              !BylineVocabulary.notNameWords.contains(account.lowercased()),
              !account.lowercased().contains("admin") else { return nil }
        return account
    }

    /// A `rel=author` link, an element holding two of them, an
    /// `itemprop=author` element, or one classed as a byline, from what a
    /// `PageSurvey` holds of it.
    static func isBylineElement(facts: PageSurvey.Facts, hints: PageSurvey.Hints) -> Bool {
        !facts.isDisjoint(with: [.relAuthor, .holdsAuthorLinks, .itempropAuthor]) || hints.contains(.bylineClass)
    }

    /// Whether the element's test id names a byline as a class would
    /// (`data-qa="AuthorNames-Container"`, `data-testid="byline"`): pages whose
    /// class names are hashed ("css-1wzf9y4") name their parts there.
    static func testIDNamesByline(_ node: Node) -> Bool {
        node.anyAttribute("data-qa", "data-testid", "data-test-id") { bytes in
            isBylineClass(String(decoding: bytes.map(ASCIIText.lower), as: UTF8.self))
        }
    }

    /// Whether the class-and-id string names a byline.
    static func isBylineClass(_ names: String) -> Bool {
        // (The byline fragments are two letters or more: a one-character name never matches.)
        guard names.utf8.count > 1 else { return false }
        return BylineHints.bylineClass.matches(names) && !BylineHints.notByline.matches(names)
    }
}
