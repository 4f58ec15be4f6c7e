import MorgueDOM

/// The dates printed in the page's elements, in document order (but a
/// date-classed element's above the site's navigation last), outside
/// comments, teasers, navigation, footers and code blocks (a program's
/// output is full of numbers that read as dates).
struct DateElements {
    /// `<time>` elements read as publication times: those marked so
    /// (`pubdate`, `itemprop=datePublished`, a published class) first.
    var publishedTimes: [PageDate] = []
    private var markedTimes = 0
    var modifiedTimes: [PageDate] = []
    /// Dates printed in elements classed as dates or bylines, in document
    /// order, except that those printed above the site's navigation (a
    /// `<nav>` before the headline) come last: a masthead's "today".
    var printedDates: [PageDate] {
        printedInPage + printedAboveNavigation
    }
    private var printedInPage: [PageDate] = []
    private var printedAboveNavigation: [PageDate] = []
    /// Dates printed after a label ("Datum: 28.01.2022").
    var labelledDates: [PageDate] = []
    /// Dates printed after an update label ("Aktualisiert am 17.01.2021").
    var labelledModifiedDates: [PageDate] = []
    /// Dates printed just after the first `<h1>`, in document order: in
    /// short runs of text, or opening a longer one (the story's first
    /// paragraph, dated like a dateline: "(21. November 2022) Prices rose…").
    var datesNearHeadline: [PageDate] = []
    /// Dates printed in short runs of text anywhere else on the page:
    /// those after the headline first, then those before it (a masthead's
    /// "today" comes last).
    var datesInPage: [PageDate] {
        datesAfterHeadline + datesBeforeHeadline
    }
    private var datesAfterHeadline: [PageDate] = []
    private var datesBeforeHeadline: [PageDate] = []

    init(document: HTMLDocument, survey: PageSurvey? = nil) {
        let survey = survey ?? PageSurvey(document: document)
        var headline: Node?
        var reader = TextNodeReader()
        survey.walk { index in
            let entry = survey.entries[index]
            if entry.facts.contains(.text) {
                // Only a short text may hold a labelled date or a short run's date.
                if !survey.textIsOutside(index, limit: FindDates.maxDateTextLength) {
                    readText(survey.nodes[index], afterHeadline: headline != nil, reader: &reader)
                }
                return false
            }
            guard entry.facts.contains(.element), !survey.isInvisible(index), !survey.isCode(index) else { return false }
            // The site's navigation before the headline: the dates printed above it are the masthead's.
            if headline == nil, entry.facts.contains(.foreign), survey.nodes[index].packedName == PackedTags.nav {
                printedAboveNavigation += printedInPage
                printedInPage.removeAll()
            }
            guard let names = survey.namesUnlessForeign(index), entry.tag != .figure else { return false }
            let node = survey.nodes[index]
            if headline == nil, survey.isHeadline(index) { headline = node }
            if entry.tag == .time {
                readTime(node, names: names)
                return false
            }
            // A date-classed element holding a <time> is read through that element.
            if entry.hints.contains(.publishedClass), !DateElements.containsTime(node) {
                // A long meta line ("Posted on September 21, 2020 by …, in …") is read from its start.
                let text = String(TextNormalization.collapse(node.textContent).prefix(FindDates.maxDateTextLength))
                if !text.isEmpty, let date = DateNormalization.firstDate(inText: text) {
                    if DateHints.modifiedClass.matches(names) || DateHints.modifiedClass.matches(text.prefix(20).lowercased()) {
                        modifiedTimes.append(date)
                    } else {
                        printedInPage.append(date)
                        if let updated = DateHints.laterModifiedDate(in: text) { modifiedTimes.append(updated) }
                    }
                    return false
                }
            }
            return true
        }
        if let headline, let body = document.body { readWindow(after: headline, in: body) }
    }

    /// The label patterns, with their prefilters in byte form.
    private static let dateLabel = DateHints.dateLabel
    private static let modifiedLabel = DateHints.modifiedLabel

    /// Reads a text node for a labelled date and a date in a short run.
    /// Only text that could hold either (a label's words, or the digits of
    /// a date) is made a String.
    private mutating func readText(_ node: Node, afterHeadline: Bool, reader: inout TextNodeReader) {
        reader.read(node)
        // Text sure to be too long for either is not collapsed at all.
        guard reader.leastCount <= FindDates.maxDateTextLength else { return }
        let count = reader.count()
        guard count > 0 else { return }
        let mayHoldLabel = count <= FindDates.maxDateTextLength
            && (reader.passes(Self.dateLabel) || reader.passes(Self.modifiedLabel))
        let mayHoldRun = count >= FindDates.minDateRun && count <= FindDates.maxNearHeadlineRun
            && reader.hasDigits(DateNormalization.digitsForPrintedDate)
        guard mayHoldLabel || mayHoldRun else { return }
        let text = reader.text()
        if mayHoldLabel { readLabel(node, text: text) }
        if mayHoldRun { readShortRun(text, afterHeadline: afterHeadline) }
    }

    /// A date printed after a label: "Datum: 28.01.2022". `text` is the
    /// node's collapsed text, at most `FindDates.maxDateTextLength` long.
    private mutating func readLabel(_ node: Node, text: String) {
        if let date = labelledDate(node, text: text, label: DateHints.dateLabel, opening: Self.dateLabelWords) {
            labelledDates.append(date)
            if let updated = DateHints.laterModifiedDate(in: text) { labelledModifiedDates.append(updated) }
        } else if let date = labelledDate(node, text: text, label: DateHints.modifiedLabel, opening: Self.modifiedLabelWords) {
            labelledModifiedDates.append(date)
        }
    }

    /// The date after `label` in a text node or just after it. `words` are the
    /// label pattern's words (see `mayOpen`).
    private func labelledDate(_ node: Node, text: String, label pattern: TextPattern, opening words: [[UInt8]]) -> PageDate? {
        guard Self.mayOpen(text, withOneOf: words), let label = pattern.firstMatch(in: text) else { return nil }
        // "Erschienen am: 01.11.2023": the date follows in the same text.
        let after = String(text[label.range.upperBound...])
        if let date = DateNormalization.firstDate(inText: String(after.prefix(FindDates.maxLabelGap))) {
            return date
        }
        guard after.trimmingCharacters(in: .whitespaces).isEmpty, var container = node.parent else { return nil }
        // "<h5>Datum:</h5> 03.11.2021": the label alone fills its element.
        if ElementText.spaced(container, ifAtMost: text.count + 2).map({ $0.count <= text.count + 2 }) == true,
           let outer = container.parent {
            container = outer
        }
        let context = ElementText.spaced(container)
        guard let range = context.range(of: text) else { return nil }
        let following = context[range.upperBound...].prefix(FindDates.maxLabelGap)
        return DateNormalization.firstDate(inText: String(following))
    }

    /// The words of the label patterns that are all ASCII, lower-case.
    private static let dateLabelWords = asciiWords(DateHints.dateLabels + DateHints.publishedLabels)
    private static let modifiedLabelWords = asciiWords(DateHints.modifiedLabels)

    private static func asciiWords(_ words: [String]) -> [[UInt8]] {
        words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.lowercased().utf8) }
    }

    /// Whether `text` may open with a label whose ASCII words are `words`:
    /// a label pattern matches only at the text's start, and in an ASCII
    /// text only a label all of ASCII (its letters in either case) can
    /// stand there. Text beyond ASCII may open with any label.
    private static func mayOpen(_ text: String, withOneOf words: [[UInt8]]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return true }
            return words.contains { word in
                word.count <= bytes.count && zip(word, bytes).allSatisfy { $0 == ASCIIText.lower($1) }
            }
        }
    }

    /// A date in a short run of text ("Freitag, 5. Juni 2015", "Beitrag
    /// von r23 » 21.01.2009, 05:42"); longer runs are story text, whose
    /// dates are events.
    /// `text` is a node's collapsed text, of a short run's length.
    private mutating func readShortRun(_ text: String, afterHeadline: Bool) {
        guard let date = DateNormalization.firstDate(inText: text) else { return }
        if afterHeadline { datesAfterHeadline.append(date) } else { datesBeforeHeadline.append(date) }
    }

    /// Dates in short runs of text within a few hundred characters after
    /// the headline (teaser and meta lines included: they are the story's).
    private mutating func readWindow(after headline: Node, in body: Node) {
        var left = FindDates.headlineWindow
        var reader = TextNodeReader()
        readHeadlineParts(headline)
        body.walk(after: headline) { node in
            if left <= 0 { return false }
            if node.isElement {
                return !ElementClues.isInvisible(node) && !node.isElement("figure") && !ElementClues.isCode(node)
            }
            guard node.isText else { return false }
            reader.read(node)
            let count = reader.count()
            left -= count
            guard count > 0, reader.hasDigits(DateNormalization.digitsForPrintedDate) else { return false }
            if count <= FindDates.maxNearHeadlineRun {
                if let date = DateNormalization.firstDate(inText: reader.text()) { datesNearHeadline.append(date) }
            } else if let date = DateNormalization.openingDate(inText: String(reader.text().prefix(FindDates.maxOpeningDate))) {
                datesNearHeadline.append(date)
            }
            return false
        }
    }

    /// A date printed inside the headline element, in a child element of
    /// its own ("<h1>Title<br><small>02.02.2022</small></h1>"), not in the
    /// headline's words.
    private mutating func readHeadlineParts(_ headline: Node) {
        for child in headline.elementChildren where !child.isElement("br") {
            let text = TextNormalization.collapse(child.textContent)
            if !text.isEmpty, text.count <= FindDates.maxNearHeadlineRun, let date = DateNormalization.firstDate(inText: text) {
                datesNearHeadline.append(date)
            }
        }
    }

    private mutating func readTime(_ node: Node, names: String) {
        let value = node.attribute("datetime") ?? node.attribute("content") ?? node.textContent
        guard let date = DateNormalization.parse(value) ?? DateNormalization.firstDate(inText: node.textContent) else { return }
        let context = names + " " + (node.parent.map(ElementClues.classAndID) ?? "")
        let itemprop = node.attribute("itemprop")?.lowercased() ?? ""
        // "Updated <time>…</time>": the label printed just before the element.
        let labelledUpdate = node.previousSibling.map { $0.isText && DateHints.endsWithModifiedLabel($0.textContent) } == true
        if itemprop.contains("datemodified") || DateHints.modifiedClass.matches(context) || labelledUpdate {
            modifiedTimes.append(date)
        } else if node.hasAttribute("pubdate") || itemprop.contains("datepublished") || context.contains("publish") {
            // Marked as the publication time: ahead of unmarked <time> elements.
            publishedTimes.insert(date, at: markedTimes)
            markedTimes += 1
        } else {
            publishedTimes.append(date)
        }
    }

    /// True when a `<time>` element lies inside `node`.
    static func containsTime(_ node: Node) -> Bool {
        var found = false
        node.walk { child in
            if found { return false }
            if child.isElement("time") { found = true }
            return !found && child.isElement
        }
        return found
    }
}
