import Foundation
import MorgueModel

/// Finds a byline printed as one of the first lines of the story body, or
/// as a labelled author line closing it.
///
/// Keeps: a short line among the first three paragraphs that reads as a
/// byline: "By Jane Doe", "Paul Mozur, THE NEW YORK TIMES", "BY JANE DOE
/// and JOHN ROE Associated Press", "Jane Doe | Reuters" — a leading "By"
/// with names, or full names with a news organization from the table, or
/// a leading "By" with a known organization alone ("Por Agencia EFE"); and
/// a leading paragraph that only repeats the byline found elsewhere; a
/// closing author line ("Autorin: Uta Staschewski, …"); a closing
/// signature of one or two names set in bold or flush right ("Hoài Thu -
/// Minh Khang"); and a Japanese
/// story's closing bracket of desks and reporters ("（社会部 山田太郎、白鷺支局
/// 鈴木花子）"); and a line crediting the story to agencies ("Źródło: PAP",
/// "Kaynak: AA"), which names its organization.
/// Drops (does not fire on): story sentences ("By the time we arrived,
/// the city was quiet."), lines that name no person, bare names without
/// "By" or an organization, and an unknown organization with places
/// ("Healthline Media UK Ltd, Brighton, UK.").
enum BodyByline {
    /// Paragraphs looked at, from the top.
    static let paragraphsSearched = 3
    /// Longest line taken as a byline.
    static let maxLength = 120

    static func detect(in paragraphs: [String]) -> (byline: Byline, index: Int)? {
        for (index, paragraph) in paragraphs.prefix(paragraphsSearched).enumerated() {
            let line = TextNormalization.collapse(paragraph)
            guard !line.isEmpty, line.count <= maxLength, !endsLikeSentence(line),
                  let analysis = BylineParsing.analyse(line), analysis.unexplained.isEmpty else { continue }
            // "Por Agencia EFE", "By Associated Press": a leading "By" and a known news organization alone.
            if analysis.byline.authors.isEmpty {
                if analysis.hadLeadingBy, analysis.organizationIsKnown { return (analysis.byline, index) }
                continue
            }
            if analysis.hadLeadingBy { return (analysis.byline, index) }
            // Without "By": a known news organization and full names only.
            if analysis.organizationIsKnown, analysis.byline.authors.allSatisfy({ $0.split(separator: " ").count >= 2 }) {
                return (analysis.byline, index)
            }
        }
        return nil
    }

    /// The leading paragraph that prints nothing but the byline found
    /// elsewhere, or its one author's name ("Dennis Steimels" above the
    /// story): the byline printed again, not story.
    static func repeatIndex(in paragraphs: [String], of byline: Byline) -> Int? {
        var names = Set([byline.text].map(TextComparison.fold))
        if byline.authors.count == 1, let author = byline.authors.first { names.insert(TextComparison.fold(author)) }
        return paragraphs.prefix(paragraphsSearched).firstIndex { paragraph in
            paragraph.count <= maxLength && names.contains(TextComparison.fold(paragraph))
        }
    }

    /// The last paragraph when it prints only the byline again as the
    /// story's signature: the byline, its one author's name with a note in
    /// brackets ("Claire Vasseur (Marseille, correspondante)"), or its
    /// authors with role words or an e-mail ("김민준 기자 mjkim@hanbitilbo.co.kr").
    static func signatureIndex(in paragraphs: [String], of byline: Byline) -> Int? {
        guard let index = paragraphs.lastIndex(where: { !$0.isEmpty }) else { return nil }
        let line = TextNormalization.collapse(paragraphs[index])
        guard line.count <= maxLength else { return nil }
        let folded = TextComparison.fold(line)
        if folded == TextComparison.fold(byline.text) { return index }
        if isContactSignature(line, of: byline) { return index }
        guard byline.authors.count == 1, let author = byline.authors.first else { return nil }
        let name = TextComparison.fold(author)
        if folded == name { return index }
        return folded.hasPrefix(name + " (") && folded.hasSuffix(")") ? index : nil
    }

    /// "김민준 기자 mjkim@hanbitilbo.co.kr", "Jane Doe, jdoe@paper.com", "Jane Doe and John Roe, Staff
    /// Writers": the byline's author or authors with their role words (`BylineVocabulary.roleNouns` and
    /// `koreanRoleSuffixes`, with `roleModifiers`) or an e-mail address, and nothing else: a sign-off with the
    /// writers' contact. What is left after the e-mails, the role words and the joints must be the
    /// authors' names, every word of them, and the line must have held an e-mail or a role noun.
    static func isContactSignature(_ line: String, of byline: Byline) -> Bool {
        guard !byline.authors.isEmpty else { return false }
        let emails = BylineVocabulary.email.matches(in: line)
        var rest = line
        for email in emails.reversed() { rest.replaceSubrange(email.range, with: " ") }
        var droppedRole = false
        var words: [String] = []
        for token in rest.split(whereSeparator: { $0.isWhitespace || ",|/·•–—:;()<>".contains($0) }) {
            var token = String(token)
            let lower = token.lowercased()
            if lower == "-" || signatureJoints.contains(lower) || BylineVocabulary.roleModifiers.contains(lower) { continue }
            if BylineVocabulary.roleNouns.contains(lower) || BylineVocabulary.koreanRoleSuffixes.contains(token) {
                droppedRole = true
                continue
            }
            // "김민준기자": a Korean role run against the name.
            if let suffix = BylineVocabulary.koreanRoleSuffixes.first(where: { token.hasSuffix($0) && token.count > $0.count }) {
                token.removeLast(suffix.count)
                droppedRole = true
            }
            words.append(TextComparison.fold(token))
        }
        guard droppedRole || !emails.isEmpty, !words.isEmpty else { return false }
        var named = 0
        for author in byline.authors {
            let name = TextComparison.fold(author).split(separator: " ").map(String.init)
            guard !name.isEmpty, let start = words.indices.first(where: { Array(words[$0...].prefix(name.count)) == name })
            else { continue }
            words.removeSubrange(start..<(start + name.count))
            named += 1
        }
        return named > 0 && words.isEmpty
    }

    /// Words joining the names of a signature ("Jane Doe and John Roe") and labelling its address ("E-mail:").
    static let signatureJoints: Set<String> = ["and", "&", "und", "et", "y", "e", "email", "e-mail", "mail", "이메일"]

    /// The paragraphs that print nothing but the name of one of the
    /// byline's authors, when there are at least two of them: the author
    /// labels over a live blog's entries ("Jo Adeyemi" over each update).
    /// A name standing once is left to the signature rule.
    static func entryAuthorLabels(in paragraphs: [String], of byline: Byline) -> [Int] {
        let names = Set(byline.authors.map(TextComparison.fold))
        let labels = paragraphs.indices.filter { index in
            let line = paragraphs[index]
            return !line.isEmpty && line.count <= maxLength && names.contains(TextComparison.fold(line))
        }
        return labels.count >= 2 ? labels : []
    }

    /// Most words an author card adds to the name (a job title).
    static let maxCardTitleWords = 5
    /// Leading blocks looked at for author cards.
    static let cardParagraphsSearched = 6

    /// The leading blocks that print one of the byline's authors with a
    /// short title after the name and nothing else (or a list of such
    /// items): the author cards of a story's header ("Priya Natarajan Staff
    /// Engineer", beside an avatar).
    static func authorCardIndices(in blocks: [Block], of byline: Byline) -> [Int] {
        let names = byline.authors.map(TextComparison.fold).filter { $0.contains(" ") }
        guard !names.isEmpty else { return [] }
        return blocks.prefix(cardParagraphsSearched).indices.filter { index in
            switch blocks[index] {
            case .paragraph: return isAuthorCard(BodyRendering.plainText([blocks[index]]), names: names)
            case .list(_, let items):
                return items.allSatisfy { isAuthorCard(BodyRendering.plainText($0), names: names) }
            default: return false
            }
        }
    }

    /// One of `names` (folded) and at most `maxCardTitleWords` words after it, not ending like a sentence.
    static func isAuthorCard(_ text: String, names: [String]) -> Bool {
        let line = TextNormalization.collapse(text)
        guard !line.isEmpty, line.count <= maxLength, !TextEdges.endsWithClosingMark(line) else { return false }
        let folded = TextComparison.fold(line)
        return names.contains { name in
            guard folded.hasPrefix(name + " ") else { return false }
            let title = folded.dropFirst(name.count + 1)
            return !title.isEmpty && title.split(separator: " ").count <= maxCardTitleWords
        }
    }

    /// Paragraphs looked at, from the end, for a closing author line.
    static let closingParagraphsSearched = 2

    /// "Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.": an
    /// author line closing the story, opened by an author label with its
    /// colon. The names are what comes before the first comma or bracket
    /// (the rest describes them); they must be full names.
    static func detectClosing(in paragraphs: [String]) -> (byline: Byline, index: Int)? {
        for index in paragraphs.indices.reversed().prefix(closingParagraphsSearched) {
            let line = TextNormalization.collapse(paragraphs[index])
            guard !line.isEmpty, line.count <= maxLength, let label = closingLabel.firstMatch(in: line) else { continue }
            let rest = line[label.range.upperBound...]
            let names = rest.prefix { $0 != "," && $0 != "(" && $0 != ";" }
            guard let analysis = BylineParsing.analyse(String(names)), analysis.unexplained.isEmpty,
                  !analysis.byline.authors.isEmpty,
                  analysis.byline.authors.allSatisfy({ $0.split(separator: " ").count >= 2 }) else { continue }
            return (analysis.byline, index)
        }
        return nil
    }

    /// Longest signature line under a story.
    static let maxSignatureLength = 60
    /// Most names a signature line holds.
    static let maxSignatureNames = 2

    /// "**Hoài Thu - Minh Khang**": the story's last paragraph, set in bold
    /// (all of it) or flush right (its content is among `rightAligned`),
    /// that is one or two full names and nothing else, joined by a dash, a
    /// comma or "and": the writers' signature, as Vietnamese papers print it.
    static func detectSignature(in blocks: [Block], rightAligned: [[Inline]]) -> (byline: Byline, index: Int)? {
        guard let index = blocks.indices.last, case .paragraph(let inlines) = blocks[index] else { return nil }
        let printed = inlines.filter { inline in
            if case .text(let text) = inline { return text.contains(where: { !$0.isWhitespace }) }
            return inline != .lineBreak
        }
        let isBold = !printed.isEmpty && printed.allSatisfy { if case .strong = $0 { return true } else { return false } }
        guard isBold || rightAligned.contains(inlines) else { return nil }
        let line = TextNormalization.collapse(BodyRendering.plainText([blocks[index]]))
        guard !line.isEmpty, line.count <= maxSignatureLength, !endsLikeSentence(line), !line.contains(where: \.isNumber),
              let analysis = BylineParsing.analyse(line), analysis.unexplained.isEmpty,
              analysis.byline.organization == nil || analysis.organizationIsKnown,
              (1...maxSignatureNames).contains(analysis.byline.authors.count),
              analysis.byline.authors.allSatisfy({ $0.split(separator: " ").count >= 2 }) else { return nil }
        return (analysis.byline, index)
    }

    /// "（社会部 山田太郎、白鷺支局 鈴木花子）": the last paragraph of a Japanese
    /// story, a bracket of nothing but reporters after their desks. The
    /// byline reads as printed inside the bracket; the authors are the names.
    static func detectDeskSignOff(in paragraphs: [String]) -> (byline: Byline, index: Int)? {
        guard let index = paragraphs.lastIndex(where: { !$0.isEmpty }) else { return nil }
        let line = TextNormalization.collapse(paragraphs[index])
        guard line.count <= maxLength, let bracket = BylineVocabulary.deskSignOff.firstMatch(in: line),
              let inside = bracket[1] else { return nil }
        var authors: [String] = []
        for segment in inside.split(whereSeparator: { "、，,".contains($0) }) {
            let part = TextNormalization.collapse(String(segment))
            guard let desk = BylineVocabulary.deskAndName.firstMatch(in: part), let name = desk[2] else { return nil }
            authors.append(name)
        }
        guard !authors.isEmpty else { return nil }
        return (Byline(text: TextNormalization.collapse(inside), authors: authors, organization: nil), index)
    }

    /// Paragraphs looked at, from the top and from the end, for a source line.
    static let sourceLineParagraphs = 3

    /// "Źródło: PAP", "Kaynak: AA", "Quelle: dpa/AFP": a line that credits
    /// the story to news agencies, among the first or last paragraphs. Every
    /// name after the label must be a known agency or paper. Returns the
    /// first name, as printed.
    static func detectSourceLine(in paragraphs: [String]) -> (agency: String, index: Int)? {
        let ends = Array(paragraphs.indices.prefix(sourceLineParagraphs))
            + Array(paragraphs.indices.suffix(sourceLineParagraphs))
        for index in ends {
            let line = TextNormalization.collapse(paragraphs[index])
            guard !line.isEmpty, line.count <= maxLength, let label = sourceLabel.firstMatch(in: line) else { continue }
            let names = line[label.range.upperBound...]
                .split(whereSeparator: { "/,;&".contains($0) })
                .map { TextNormalization.collapse(String($0)).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
                .filter { !$0.isEmpty }
            guard let first = names.first,
                  names.allSatisfy({ NewsOrganizations.canonicalName(for: $0) != nil }) else { continue }
            return (first, index)
        }
        return nil
    }

    /// A source label with its colon, opening a line, in the languages of the corpus (Polish
    /// "Źródło", Turkish "Kaynak", Portuguese "Fonte", Dutch "Bron", Russian "Источник", Hebrew "מקור").
    static let sourceLabel = TextPattern(
        "^(?:source|sources|quelle|quellen|fuente|fonte|źródło|zrodlo|kaynak|bron|источник|מקור)\\s*:\\s*",
        requiring: ["source", "quelle", "fuente", "fonte", "ródło", "zrodlo", "kaynak", "bron", "сточник", "מקור"])

    /// An author label with its colon, opening a line.
    static let closingLabel = TextPattern(
        "^(?:autor|autorin|autoren|author|authors|verfasser|verfasserin|text)\\s*:\\s*",
        requiring: ["aut", "verfasser", "text"])

    /// A line ending in sentence punctuation (other than an initial's dot).
    static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        if "?!:\"”".contains(last) { return true }
        if last == "." {
            let words = line.split(separator: " ")
            let lastWord = words.last.map(String.init) ?? ""
            // "Jr.", "J." and "Inc." end names and organizations.
            return lastWord.count > 4 && !lastWord.contains(where: { $0 == "." && lastWord.last != $0 })
        }
        return false
    }
}
