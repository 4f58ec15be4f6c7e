import Foundation

/// Turns a printed byline into authors and an organization.
///
/// Keeps: the names of people, in order, with ALL-CAPS names set in
/// ordinary case ("JANE DOE" → "Jane Doe", "MCDONALD" → "McDonald"); a news
/// organization named in the table ("Paul Mozur, THE NEW YORK TIMES" →
/// organization "The New York Times"), or a desk named like one ("WebMD
/// Health News"); the site's own name after the names, when the caller
/// knows it, is not filed, and a last part after it is a place ("…,
/// Piratininga — São Paulo"). A surname in capitals beside a given name in
/// ordinary case is set in ordinary case too ("Carla RAMOS" → "Carla Ramos").
/// A company's legal form after a comma completes the name before it, which
/// is then the organization ("Lumenfield Analytics, Inc.", its full stop
/// kept); a publication's name before a newsroom word or a title in the plural
/// is its desk, no person ("Meiwa staff writers"), and so is a name ending in
/// a newsroom unit ("Digital Desk", "डिजिटल डेस्क").
/// Drops: the leading "By"/"Von"/"Par"/"Por"/"Door"; the outlet a writer
/// wrote for ("Jane Doe For The Mail On Sunday", credited when it is a known
/// organization); job titles ("Staff
/// Writer", "Senior Correspondent") and credentials ("PhD"); e-mail
/// addresses, @handles, links, printed dates and times, "Updated …"; a
/// reporter card's contact buttons after the names ("기자 이메일", "구독",
/// "Email"); repeated names. Authors are split on ",", ";", "|", "and", "&",
/// "und", "et", "y", "và", "with".
enum BylineParsing {
    /// Longest text considered a byline at all.
    static let maxLength = 300
    /// Most words a person's name may have.
    static let maxNameWords = 6
    /// Longest name, in characters.
    static let maxNameLength = 60

    /// The byline, or nil when `raw` names no person and no organization.
    static func parse(_ raw: String) -> Byline? {
        analyse(raw)?.byline
    }

    /// A parse that also reports the segments it could not account for
    /// (neither a name, an organization, a role nor noise), for callers
    /// that must be sure a line is a byline and not a sentence.
    struct Analysis {
        var byline: Byline
        /// The byline as printed, before a job title after the last name was dropped from `byline.text`.
        var printed: String
        var unexplained: [String]
        var hadLeadingBy: Bool
        /// The organization is one of `NewsOrganizations`, not merely named like one.
        var organizationIsKnown: Bool
    }

    /// `analyse`, remembered by text for one page: a page prints the same
    /// byline on every teaser or comment ("Autor: Jane Doe" twenty times).
    /// Past `maxTexts` different texts, new ones are not analysed (nil): the
    /// story's byline comes early, and a hostile page's thousands of
    /// author-classed elements cost no more than this many analyses.
    struct Memo {
        static let maxTexts = 300
        private var seen: [String: Analysis?] = [:]
        /// Whether a part of a byline is the site's own name (`analyse(_:isOwnName:)`).
        var isOwnName: ((String) -> Bool)?

        init(isOwnName: ((String) -> Bool)? = nil) {
            self.isOwnName = isOwnName
        }

        mutating func analyse(_ raw: String) -> Analysis? {
            if let known = seen[raw] { return known }
            guard seen.count < Self.maxTexts else { return nil }
            let analysis = BylineParsing.analyse(raw, isOwnName: isOwnName)
            seen[raw] = analysis
            return analysis
        }
    }

    /// `isOwnName`: whether a part is the site's own name. Printed after a
    /// name it is no person, nor an organization filed (the publisher does
    /// not count), and the one part after it that ends the byline is a place
    /// ("Ana Mendes, Piratininga — São Paulo").
    static func analyse(_ raw: String, isOwnName: ((String) -> Bool)? = nil) -> Analysis? {
        var text = TextNormalization.collapse(raw)
        guard !text.isEmpty, text.count <= maxLength else { return nil }
        let lowered = text.prefix(12).lowercased()
        if BylineVocabulary.copyrightMarks.contains(where: lowered.hasPrefix) { return nil }
        if let lead = BylineVocabulary.datedLead.firstMatch(in: text) ?? rubricBeforeBy(in: text) {
            text = String(text[lead.range.upperBound...])
        }
        text = removeNoise(text)
        var hadLeadingBy = false
        if let by = leadingBy(in: text) {
            text = String(text[by.range.upperBound...])
            hadLeadingBy = true
        }
        let cleaned = dropAvatarInitials(trimSeparators(droppingTrailingMarks(removeNoise(text))))
        // The byline reads as printed, co-authors in their brackets; the names are split with them joined.
        text = dropBracketedDescriptions(cleaned, joiningCoAuthors: false)
        let names = dropBracketedDescriptions(cleaned, joiningCoAuthors: true)
        guard !text.isEmpty else { return nil }

        var authors: [String] = []
        var organization: String?
        var organizationIsKnown = false
        var unexplained: [String] = []
        let pieces = split(names)
        for (index, piece) in pieces.enumerated() {
            // After a known organization come places ("Jane Doe, BBC News, New York").
            if organizationIsKnown { continue }
            // After the site's own name, the last part is a place ("…, Piratininga — São Paulo"); more parts
            // go on with the byline ("Dana Whitcomb, Ridgeline Ledger, and Luis Ferrer, Mountain West Public Media").
            if index == pieces.count - 1, index > 0, let isOwnName, authors.count > 0 || organization != nil,
               isOwnName(trimSeparators(pieces[index - 1])) { continue }
            var segment = droppingCoAuthorOpener(trimSeparators(piece))
            if segment.isEmpty { continue }
            // "Brendan Carlin For The Mail On Sunday": the writer, and the paper written for (credited when known).
            if let standing = writtenFor(segment) {
                segment = standing.name
                if organization == nil, let known = NewsOrganizations.canonicalName(for: standing.outlet) {
                    organization = known; organizationIsKnown = true
                }
            }
            let lower = segment.lowercased()
            if BylineVocabulary.suffixes.contains(lower), let last = authors.popLast() {
                authors.append(last + ", " + segment)
                continue
            }
            // "Lumenfield Analytics, Inc.": a company's legal form completes the name before it, a company.
            if BylineVocabulary.companySuffixes.contains(lower), let last = authors.last {
                authors.removeLast()
                organization = organization ?? last + ", " + segment
                continue
            }
            if BylineVocabulary.credentials.contains(lower) || isRole(segment) { continue }
            // "Special to the Herald": the contributor's standing, kept in the text, credited to no one.
            if BylineVocabulary.contributorStatusOpeners.contains(where: lower.hasPrefix) { continue }
            // "NAMES, OUTLET — PLACE" on the outlet's own page: the site's name is no person (nor an organization filed).
            // So after a desk ("डिजिटल डेस्क, प्रभात दर्पण, नई दिल्ली").
            if !authors.isEmpty || organization != nil, let isOwnName, isOwnName(segment) { continue }
            if let known = NewsOrganizations.canonicalName(for: segment) {
                // "La Rédaction avec AFP": the agency, not the newsroom, is the organization credited.
                if organization == nil || organization.map(BylineVocabulary.isNewsroom) == true {
                    organization = known; organizationIsKnown = true
                }
                continue
            }
            for part in splitSlash(segment) {
                var name = part
                if let split = NewsOrganizations.splitTrailingOrganization(name) {
                    if organization == nil { organization = split.organization; organizationIsKnown = true }
                    name = split.rest
                } else if name != segment, let known = NewsOrganizations.canonicalName(for: name) {
                    // (The segment itself was looked up above.)
                    if organization == nil { organization = known; organizationIsKnown = true }
                    continue
                } else if isAgencyCode(name), segment.contains("/") || (pieces.count > 1 && isCapitalsCode(name)) {
                    organization = organization ?? name
                    continue
                }
                let stripped = stripCJKRole(stripRoleWords(name))
                // "PhillyVoice Staff", "Meiwa staff writers": one word before a newsroom word, or before a
                // title in the plural, is the publication's staff, not a person.
                if stripped != name, !stripped.contains(" "), namesStaff(name, leaving: stripped) {
                    organization = organization ?? name
                    continue
                }
                name = stripped
                if name.isEmpty { continue }
                if looksLikeOrganization(name) || (!authors.isEmpty && startsWithStationCode(name)) {
                    organization = organization ?? name
                } else if isPlausibleName(name) {
                    let person = restoreCase(collapseRepeat(name))
                    if !authors.contains(where: { $0.lowercased() == person.lowercased() }) { authors.append(person) }
                } else {
                    unexplained.append(name)
                }
            }
        }
        // "Tina Klostermeier, TK": a writer's initials beside the name are a sign-off, not an agency.
        if let code = organization, isCapitalsCode(code),
           authors.contains(where: { String($0.split(separator: " ").compactMap(\.first)) == code }) {
            organization = nil
        }
        guard !authors.isEmpty || organization != nil else { return nil }
        return Analysis(byline: Byline(text: droppingTrailingRole(text, after: authors.last), authors: authors,
                                       organization: organization), printed: text,
                        unexplained: unexplained, hadLeadingBy: hadLeadingBy, organizationIsKnown: organizationIsKnown)
    }

    /// Whether the role words stripped from `name` to leave `stripped` name a
    /// publication's staff: its last word is a newsroom word ("PhillyVoice
    /// Staff"), or a word of them is a title in the plural ("Meiwa staff writers").
    static func namesStaff(_ name: String, leaving stripped: String) -> Bool {
        let words = NameText.spaceSplit(name)
        if let last = words.last, BylineVocabulary.isNewsroom(String(last)) { return true }
        return words.contains { $0 != stripped && BylineVocabulary.pluralRoleNouns.contains(NameText.lowerTrimmed($0)) }
    }

    /// "Brendan Carlin For The Mail On Sunday", "Jane Doe for Reuters": a
    /// full name (two words or more, no organization's), then "for" and a
    /// capitalised outlet. The name and the outlet; nil for any other segment.
    static func writtenFor(_ segment: String) -> (name: String, outlet: String)? {
        guard let range = segment.range(of: " for ", options: .caseInsensitive) else { return nil }
        let name = String(segment[..<range.lowerBound])
        let outlet = String(segment[range.upperBound...])
        guard NameText.spaceSplit(name).count >= 2, isPlausibleName(name), !looksLikeOrganization(name),
              let first = outlet.first, first.isUppercase else { return nil }
        return (name, outlet)
    }

    /// "Richard Adams Education editor" → "Richard Adams": a job title
    /// printed after the last name leaves the byline's text (an organization
    /// after it stays: "Paul Mozur, THE NEW YORK TIMES").
    static func droppingTrailingRole(_ text: String, after lastAuthor: String?) -> String {
        // A one-word name before a job title ("Rasender Reporter") may be a pen name of two words: kept whole.
        guard let lastAuthor, lastAuthor.contains(" "), let range = text.range(of: lastAuthor, options: .backwards)
        else { return text }
        let words = text[range.upperBound...].split(separator: " ").map(NameText.lowerTrimmed).filter { !$0.isEmpty }
        // "Letters To The Editor": a tail opening with a little word is no job title after a name.
        guard let first = words.first, !BylineVocabulary.titleJoiners.contains(first),
              words.contains(where: BylineVocabulary.roleNouns.contains),
              words.allSatisfy({ BylineVocabulary.roleNouns.contains($0) || BylineVocabulary.roleModifiers.contains($0) })
        else { return text }
        return String(text[..<range.upperBound])
    }

    /// One name given on its own (a structured author): without "By", without
    /// a job title after or before it, case restored. Nil for an empty or URL value.
    static func cleanName(_ raw: String) -> String? {
        var text = TextNormalization.collapse(raw)
        if let by = leadingBy(in: text) { text = String(text[by.range.upperBound...]) }
        // "Brit Weirich (Medizinredakteurin, M.A. …)": a description in brackets after the name.
        if let open = text.firstIndex(of: "("), open > text.startIndex {
            let name = trimSeparators(String(text[..<open]))
            if name.split(separator: " ").count >= 2, isPlausibleName(name) { text = name }
        }
        // "민서준 기자", "记者王敬照": the role printed with a CJK name is no part of it.
        text = stripCJKRole(trimSeparators(text))
        // "Joanna Petrescu Guest columnist": a job title some CMSes file inside the author's name, when
        // at least two words of name are left.
        let unroled = stripRoleWords(text)
        if unroled != text, NameText.spaceSplit(unroled).count >= 2 { text = unroled }
        guard !text.isEmpty, text.count <= maxLength, !JSONLDReader.looksLikeURL(text) else { return nil }
        return restoreCase(text)
    }

    // MARK: Pieces

    /// "Brit Weirich (Medizinredakteurin. M.A. Mehrsprachige Kommunikation)",
    /// "Samuel Diekmann (Sponsored Post)": a description in brackets after a
    /// name, of two words or more, goes (a bracket left open runs to the
    /// end). A bracketed organization stays ("(The New York Times)", "(dpa)"),
    /// so do co-authors ("(avec Damien Leloup et Morgane Tual)") and a
    /// one-word role, which the segments' rules read. A one-word nickname
    /// inside a name ("Richard (R.J.) Eskow") stays in the text and leaves
    /// the names (`joiningCoAuthors`), which read "Richard Eskow".
    static func dropBracketedDescriptions(_ text: String, joiningCoAuthors: Bool = true) -> String {
        guard FoundationSearch.contains("(", in: text) else { return text }
        var kept = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            kept += rest[..<open]
            let inside = rest.index(after: open)
            let close = rest[inside...].firstIndex(of: ")")
            let next = close.map { rest.index(after: $0) } ?? rest.endIndex
            let inner = trimSeparators(String(rest[inside..<(close ?? rest.endIndex)]))
            let words = inner.split(separator: " ")
            if words.count >= 2, coAuthorOpeners.contains(words[0].lowercased()) {
                // Co-authors stay, or join the list: "Jane Doe (with John Roe)" reads "Jane Doe, John Roe".
                kept = joiningCoAuthors
                    ? trimSeparators(kept) + ", " + words.dropFirst().joined(separator: " ") : kept + rest[open..<next]
                rest = rest[next...]
                continue
            }
            // "Richard (R.J.) Eskow": a one-word nickname inside a name stays in the text, and leaves the name whole.
            let after = rest[next...]
            let isNickname = words.count == 1 && kept.last(where: { !$0.isWhitespace })?.isLetter == true
                && after.first == " "
                && after.dropFirst().first?.isUppercase == true
                && NewsOrganizations.canonicalName(for: inner) == nil && !isAgencyCode(inner)
            if isNickname {
                kept += joiningCoAuthors ? "" : rest[open..<next]
                rest = after
                continue
            }
            // "(Sponsored Post)", "(Anzeige)": an ad label is a description, though "Post" names papers too.
            let isDescription = !trimSeparators(kept).isEmpty && (BoilerplatePhrases.match(inner) == .adLabel
                || (words.count >= 2 && NewsOrganizations.canonicalName(for: inner) == nil && !looksLikeOrganization(inner)))
            kept += isDescription ? " " : rest[open..<next]
            rest = rest[next...]
        }
        kept += rest
        // A dropped description leaves no space before the comma after it ("Jane Doe (…), Reporter").
        return ElementText.tightenPunctuation(TextNormalization.collapse(kept))
    }

    /// A segment after a comma opened by a co-author word: "…, avec AFP" → "AFP", "avec l'AFP" → "AFP"
    /// (the French elided article goes with it).
    static func droppingCoAuthorOpener(_ segment: String) -> String {
        guard let space = segment.firstIndex(of: " "), coAuthorOpeners.contains(segment[..<space].lowercased()) else {
            return segment
        }
        var rest = segment[segment.index(after: space)...].drop(while: { $0 == " " })
        for article in ["l'", "l’"] where rest.lowercased().hasPrefix(article) { rest = rest.dropFirst(2) }
        return rest.isEmpty ? segment : String(rest)
    }

    /// Words that open a bracket of co-authors, which is kept: "(avec Damien Leloup et Morgane Tual)".
    static let coAuthorOpeners: Set<String> = ["with", "avec", "mit", "con", "and", "und", "et", "y", "additional"]

    /// A user name given as a name ("christian.stadtfeld", "arianschlichenmayer"):
    /// one word of letters, digits and "._-", lower case or joined by a dot or
    /// underscore, with at least one cased letter (a Hangul or Han name is no handle).
    static func looksLikeHandle(_ name: String) -> Bool {
        guard (3...40).contains(name.count), !name.contains(" "), name.contains(where: \.isLetter),
              name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else { return false }
        // A script without capitals ("윤재현", "周慧敏") writes every name "in lower case": a handle needs a cased letter.
        guard name.contains(where: { $0.isLowercase || $0.isUppercase }) else { return false }
        return name == name.lowercased() || name.contains(".") || name.contains("_")
    }

    static func removeNoise(_ text: String) -> String {
        var result = text
        // Each pattern runs only when the text holds what every match of it needs
        // (an "@", a digit, a colon…): most bylines hold none of that noise.
        var traits = NoiseTraits(result)
        for (pattern, needs) in noisePatterns where traits.admits(needs) {
            result = pattern.replacingMatches(in: result, with: " ")
            traits = NoiseTraits(result)
        }
        // "윤재현 기자 기자 이메일": a reporter card's contact buttons after the name.
        result = BylineVocabulary.contactTail.replacingMatches(in: result, with: "")
        return TextNormalization.collapse(result)
    }

    /// The noise patterns in the order they run, each with what its matches need.
    private static let noisePatterns: [(TextPattern, NoiseTraits.Need)] = [
        (BylineVocabulary.updatedTail, .updatedLabel), (BylineVocabulary.sectionTail, .colon), (BylineVocabulary.email, .at),
        (BylineVocabulary.url, .urlMark), (BylineVocabulary.handle, .at), (BylineVocabulary.printedDate, .printedDate),
        (BylineVocabulary.clockTime, .colonAndClock), (BylineVocabulary.relativeTime, .digitAndAgo),
        (BylineVocabulary.danglingWord, .danglingTail),
    ]

    /// Which characters a text holds that noise patterns need, read from its bytes once.
    struct NoiseTraits {
        enum Need { case at, colon, printedDate, danglingTail, updatedLabel, urlMark, colonAndClock, digitAndAgo }
        var hasAt = false, hasDot = false, hasColon = false
        /// "://" or "www.", which every web address of `BylineVocabulary.url` holds.
        var hasURLMark = false
        /// "ago", which every `BylineVocabulary.relativeTime` holds.
        var hasAgo = false
        /// The text may hold a time of day (`BylineVocabulary.clockTime`): two digits about a colon, or a
        /// digit before "a" or "p" ("3 pm"), or a digit of another script.
        var mayHoldClock = false
        /// The text may hold one of `BylineVocabulary.updatedTail`'s labels.
        var mayHoldUpdatedLabel = false
        /// The text may end in a dangling preposition ("Jane Doe am").
        var mayEndDangling = false
        /// A digit of any script (`\d` takes them all).
        var mayHaveDigit = false
        /// Four ASCII digits, or a digit of another script: every printed
        /// date form (`BylineVocabulary.printedDate`) holds four digits.
        var mayHaveFourDigits = false
        /// The text may hold a printed date: four digits in a row with a month's name or a hyphen ("March
        /// 3, 2021", "2021-03-04"), digits parted by dots or slashes ("3.4.21"), or a digit of another script.
        var mayHoldPrintedDate = false

        init(_ text: String) {
            var hasNonASCII = false
            var asciiDigits = 0
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "@"): hasAt = true
                case UInt8(ascii: "."): hasDot = true
                case UInt8(ascii: ":"): hasColon = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    mayHaveDigit = true
                    asciiDigits += 1
                case 0x80...: hasNonASCII = true
                default: break
                }
            }
            var otherDigit = false
            if hasNonASCII {
                otherDigit = text.unicodeScalars.contains { $0.value >= 0x80 && $0.properties.generalCategory == .decimalNumber }
            }
            mayHaveDigit = mayHaveDigit || otherDigit
            mayHaveFourDigits = asciiDigits >= 4 || otherDigit
            let bytes = Array(text.utf8)
            mayEndDangling = Self.mayEndDangling(bytes)
            mayHoldUpdatedLabel = Self.mayHoldUpdatedLabel(bytes)
            if hasDot || hasColon { hasURLMark = Self.urlMarks.occurs(in: bytes) }
            if mayHaveDigit { hasAgo = Self.ago.occurs(in: bytes) }
            if hasColon { mayHoldClock = otherDigit || Self.mayHoldASCIIClock(bytes) }
            if mayHaveFourDigits {
                mayHoldPrintedDate = otherDigit || Self.holdsNumericDate(bytes)
                    || Self.holdsFourDigitRun(bytes) && (bytes.contains(UInt8(ascii: "-")) || MonthNames.mayOccur(in: text))
            }
        }

        /// Whether four ASCII digits stand in a row (a year).
        static func holdsFourDigitRun(_ bytes: [UInt8]) -> Bool {
            var run = 0
            for byte in bytes {
                run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
                if run == 4 { return true }
            }
            return false
        }

        /// Whether three runs of ASCII digits stand parted by dots or slashes, the last of two digits or
        /// more ("03.03.2021", "3/4/21"), as the numeric date form of `BylineVocabulary.printedDate` needs.
        static func holdsNumericDate(_ bytes: [UInt8]) -> Bool {
            func digits(from start: Int) -> Int {
                var end = start
                while end < bytes.count, bytes[end] >= 0x30 && bytes[end] <= 0x39 { end += 1 }
                return end - start
            }
            func isPart(_ index: Int) -> Bool {
                index < bytes.count && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "/"))
            }
            var index = 0
            while index < bytes.count {
                let first = digits(from: index)
                guard first > 0 else { index += 1; continue }
                let afterFirst = index + first
                if isPart(afterFirst) {
                    let second = digits(from: afterFirst + 1)
                    if second > 0, isPart(afterFirst + 1 + second), digits(from: afterFirst + 2 + second) >= 2 { return true }
                }
                index = afterFirst
            }
            return false
        }

        private static let urlMarks = NeedleSet(["://", "www."], ignoringASCIICase: true)
        private static let ago = NeedleSet(["ago"], ignoringASCIICase: true)

        /// Whether ASCII digits stand as a time of day may: a digit, a colon
        /// and a digit ("14:30"), or a digit, spaces and "a" or "p" ("3 pm").
        /// (Spaces of other scripts are taken for spaces.)
        static func mayHoldASCIIClock(_ bytes: [UInt8]) -> Bool {
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            for index in bytes.indices where isDigit(bytes[index]) {
                var next = index + 1
                if next + 1 < bytes.count, bytes[next] == UInt8(ascii: ":"), isDigit(bytes[next + 1]) { return true }
                while next < bytes.count, ASCIIText.isSpace(bytes[next]) || bytes[next] >= 0x80 { next += 1 }
                if next < bytes.count, "aApP".utf8.contains(bytes[next]) { return true }
            }
            return false
        }

        /// `BylineVocabulary.updatedTail`'s prefilter, with its one short
        /// fragment "le" (French "le 3 mars") taken only as a word: the
        /// pattern opens its labels after a separator or a space and closes
        /// them at a word boundary, which "Michele" or "Gettleman" have not.
        static func mayHoldUpdatedLabel(_ bytes: [UInt8]) -> Bool {
            guard let updatedLabelFragments else { return true }
            if updatedLabelFragments.occurs(in: bytes) { return true }
            guard updatedTailHasLe, bytes.count >= 2 else { return false }
            // (Any byte of another script beside it may be a space or a letter: the word may stand.)
            for index in 0..<(bytes.count - 1)
            where ASCIIText.lower(bytes[index]) == UInt8(ascii: "l") && ASCIIText.lower(bytes[index + 1]) == UInt8(ascii: "e") {
                let opens = index == 0 || !ASCIIText.isLetterOrDigit(bytes[index - 1])
                let closes = index + 2 == bytes.count
                    || !(ASCIIText.isLetterOrDigit(bytes[index + 2]) || bytes[index + 2] == UInt8(ascii: "_"))
                if opens && closes { return true }
            }
            return false
        }

        private static let updatedTailHasLe = BylineVocabulary.updatedTail.requiredFragments?.contains(Array("le".utf8)) == true
        /// The pattern's fragments but "le"; nil when it has none (every text may then hold a label).
        private static let updatedLabelFragments = BylineVocabulary.updatedTail.requiredFragments.map { fragments in
            NeedleSet(fragments.filter { $0 != Array("le".utf8) }, ignoringASCIICase: true)
        }

        /// False only when the last word (before trailing spaces and
        /// punctuation) is surely not one of `BylineVocabulary.danglingWords`;
        /// any non-ASCII byte near the end is given the benefit of the doubt.
        static func mayEndDangling(_ bytes: [UInt8]) -> Bool {
            var end = bytes.count
            while end > 0, ASCIIText.isSpace(bytes[end - 1]) || bytes[end - 1] >= 0x80
                || bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "|") {
                end -= 1
            }
            var start = end
            while start > 0, ASCIIText.isLetterOrDigit(bytes[start - 1]) || bytes[start - 1] >= 0x80 {
                if bytes[start - 1] >= 0x80 { return true }
                start -= 1
            }
            guard start > 0, end - start <= 4 else { return false }
            let word = String(decoding: bytes[start..<end].map(ASCIIText.lower), as: UTF8.self)
            return BylineVocabulary.danglingWords.contains(word)
        }

        func admits(_ need: Need) -> Bool {
            switch need {
            case .at: return hasAt
            case .colon: return hasColon
            case .printedDate: return mayHoldPrintedDate
            case .danglingTail: return mayEndDangling
            case .updatedLabel: return mayHoldUpdatedLabel
            case .urlMark: return hasURLMark
            case .colonAndClock: return hasColon && mayHoldClock
            case .digitAndAgo: return mayHaveDigit && hasAgo
            }
        }
    }

    /// "LP Luana Patriolino RF Raphael Felice" → "Luana Patriolino, Raphael
    /// Felice": the initials an avatar prints before each name, when they
    /// are exactly the capitals of the words that follow, mark where each
    /// name begins.
    static func dropAvatarInitials(_ text: String) -> String {
        let words = NameText.spaceSplit(text)
        guard words.count >= 3 else { return text }
        var kept: [Substring] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if (2...3).contains(word.count), word.allSatisfy(\.isUppercase), index + word.count < words.count {
                let following = words[(index + 1)...(index + word.count)]
                if following.allSatisfy({ $0.count > 1 }), String(following.compactMap(\.first)) == String(word) {
                    if let last = kept.popLast() { kept.append(last.hasSuffix(",") ? last : last + ",") }
                    index += 1
                    continue
                }
            }
            kept.append(word)
            index += 1
        }
        return kept.count == words.count ? text : trimSeparators(kept.joined(separator: " "))
    }

    static func split(_ text: String) -> [String] {
        guard maySeparate(text) else { return [text] }
        if let separators = asciiSeparators(text) {
            let bytes = Array(text.utf8)
            var pieces: [String] = []
            var start = 0
            for separator in separators {
                pieces.append(String(decoding: bytes[start..<separator.lowerBound], as: UTF8.self))
                start = separator.upperBound
            }
            pieces.append(String(decoding: bytes[start...], as: UTF8.self))
            return pieces
        }
        var pieces: [String] = []
        var start = text.startIndex
        for match in BylineVocabulary.separators.matches(in: text) {
            pieces.append(String(text[start..<match.range.lowerBound]))
            start = match.range.upperBound
        }
        pieces.append(String(text[start...]))
        return pieces
    }

    /// "Jane Doe/Reuters" → ["Jane Doe", "Reuters"], when one side is an
    /// organization or an agency's short code ("Peter Maahn/SP-X").
    static func splitSlash(_ segment: String) -> [String] {
        guard segment.utf8.contains(UInt8(ascii: "/")) else { return [segment] }
        let parts = segment.split(separator: "/").map { TextNormalization.collapse(String($0)) }
        guard parts.count == 2, parts.contains(where: { NewsOrganizations.canonicalName(for: $0) != nil || isAgencyCode($0) }) else {
            return [segment]
        }
        return parts
    }

    /// "SP-X", "dpa", "KNA": a short code in capitals (or all lower case).
    static func isAgencyCode(_ text: String) -> Bool {
        (2...6).contains(text.count) && !text.contains(" ")
            && (text.allSatisfy { $0.isUppercase || $0 == "-" } || text.allSatisfy { $0.isLowercase })
    }

    /// "GESE", "EFE", "KNA": a code of four capitals at most, which beside
    /// other parts of a byline ("GESE - La Estrella de Panamá") is an agency
    /// or a desk, not a person.
    static func isCapitalsCode(_ text: String) -> Bool {
        (2...4).contains(text.count) && text.allSatisfy { $0.isUppercase }
    }

    /// "Beatriz Lindqvist / •" → "Beatriz Lindqvist": the marks a theme printed between the name and the
    /// date it was cleaned of (`BylineVocabulary.trailingSeparators`), at the end of the whole byline.
    static func droppingTrailingMarks(_ text: String) -> String {
        var trimmed = Substring(TextNormalization.collapse(text))
        while let last = trimmed.unicodeScalars.last,
              BylineVocabulary.trailingSeparators.contains(last) || last.properties.isWhitespace {
            trimmed.unicodeScalars.removeLast()
        }
        return keepingAbbreviationStop(String(trimmed), of: text)
    }

    /// "Lumenfield Analytics, Inc" trimmed from "Lumenfield Analytics, Inc." →
    /// "Lumenfield Analytics, Inc.": the full stop of an abbreviation that
    /// ends the text (`BylineVocabulary.abbreviationsWithStop`) is part of it.
    static func keepingAbbreviationStop(_ trimmed: String, of original: String) -> String {
        guard original.utf8.contains(UInt8(ascii: ".")), !trimmed.hasSuffix(".") else { return trimmed }
        let lastWord = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).last.map { $0.lowercased() }
        guard let lastWord, BylineVocabulary.abbreviationsWithStop.contains(lastWord),
              original.contains(trimmed + ".") else { return trimmed }
        return trimmed + "."
    }

    static func trimSeparators(_ text: String) -> String {
        let collapsed = TextNormalization.collapse(text)
        var trimmed = keepingAbbreviationStop(NameText.trimmed(collapsed), of: collapsed)
        // A closing bracket that answers one inside the text stays: "Jane Doe (avec John Roe)".
        if collapsed.hasSuffix(")"), trimmed.contains("("),
           trimmed.filter({ $0 == "(" }).count > trimmed.filter({ $0 == ")" }).count {
            trimmed += ")"
        }
        return trimmed
    }

    static func words(_ text: String) -> [String] {
        NameText.spaceSplit(text).map(NameText.lowerTrimmed)
    }

    /// A segment made only of job-title words, with at least one noun.
    static func isRole(_ segment: String) -> Bool {
        let w = words(segment)
        guard !w.isEmpty else { return false }
        return w.allSatisfy { BylineVocabulary.roleNouns.contains($0) || BylineVocabulary.roleModifiers.contains($0) }
            && w.contains(where: BylineVocabulary.roleNouns.contains)
    }

    /// "Jane Doe Staff Writer" → "Jane Doe"; "Special correspondent Jane Doe" → "Jane Doe".
    static func stripRoleWords(_ text: String) -> String {
        var parts = NameText.spaceSplit(text).map(String.init)
        // Each word lower-cased and trimmed, once.
        let lowered = parts.map { NameText.lowerTrimmed($0[...]) }
        func isRoleWord(_ w: String) -> Bool {
            BylineVocabulary.roleNouns.contains(w) || BylineVocabulary.roleModifiers.contains(w)
                || BylineVocabulary.credentials.contains(w)
        }
        // Only strip a run that contains a role noun (so "Washington" alone stays).
        func strip(from indices: [Int]) -> Int {
            var count = 0
            var sawNoun = false
            for i in indices {
                let w = lowered[i]
                guard isRoleWord(w) else { break }
                count += 1
                if BylineVocabulary.roleNouns.contains(w) || BylineVocabulary.credentials.contains(w) { sawNoun = true }
            }
            return sawNoun && count < parts.count ? count : 0
        }
        let tail = strip(from: Array(parts.indices.reversed()))
        parts.removeLast(tail)
        let head = strip(from: Array(parts.indices))
        parts.removeFirst(head)
        return parts.joined(separator: " ")
    }

    /// "记者王敬照" → "王敬照": a Chinese or Japanese job title before a name of two characters or more.
    static func stripCJKRole(_ name: String) -> String {
        // Every such title is written in characters of three UTF-8 bytes or more, which open with 0xE0 or above.
        guard name.utf8.contains(where: { $0 >= 0xE0 }) else { return name }
        for prefix in BylineVocabulary.cjkRolePrefixes where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return rest.count >= 2 ? rest : name
        }
        // Korean prints the role after the name: "민서준 기자".
        for suffix in BylineVocabulary.koreanRoleSuffixes where name.hasSuffix(suffix) {
            let rest = name.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            return rest.count >= 2 ? rest : name
        }
        return name
    }

    /// "Olivier Minot Olivier Minot" (a name printed twice by two elements) → "Olivier Minot".
    static func collapseRepeat(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2, words.count % 2 == 0 else { return name }
        let half = words.count / 2
        return words[..<half] == words[half...] ? words[..<half].joined(separator: " ") : name
    }

    /// A desk or publication not in the table: "WebMD Health News",
    /// "auto-motor.at Redaktion".
    static func looksLikeOrganization(_ segment: String) -> Bool {
        let w = words(segment)
        if w.contains(where: isDomainWord) { return true }
        if BylineVocabulary.isNewsroom(segment) || BylineVocabulary.isNewsroomUnit(segment) { return true }
        return w.count >= 2 && w.contains(where: BylineVocabulary.organizationWords.contains)
    }

    /// A segment led by a broadcaster's or portal's short code of letters
    /// and a number, as printed after the writers' names: "g1 SP", "v1 Vale
    /// do Ribeirão", "TV2 Fyn", "NDR2". No person's name holds a digit.
    static func startsWithStationCode(_ segment: String) -> Bool {
        guard let first = words(segment).first else { return false }
        let letters = first.prefix(while: { $0.isASCII && $0.isLetter })
        let digits = first.dropFirst(letters.count)
        return (1...3).contains(letters.count) && (1...2).contains(digits.count) && digits.allSatisfy(\.isASCII)
            && digits.allSatisfy(\.isNumber)
    }

    /// A name that is a web address: "24horas.cl", "Motorsport-Total.com".
    static func looksLikeDomain(_ name: String) -> Bool {
        let w = words(name)
        return w.count == 1 && isDomainWord(w[0])
    }

    private static func isDomainWord(_ word: String) -> Bool {
        FoundationSearch.contains(".", in: word) && word.count > 4 && domainSuffix(word)
    }

    private static func domainSuffix(_ word: String) -> Bool {
        guard let dot = word.lastIndex(of: ".") else { return false }
        let tld = word[word.index(after: dot)...]
        return (2...4).contains(tld.count) && tld.allSatisfy(\.isLetter) && word[..<dot].count >= 2
    }

    /// A person's name: one to six words, capitalised (or particles,
    /// initials, or an uncased script), no digits, no sentence words.
    static func isPlausibleName(_ name: String) -> Bool {
        if let plausible = isPlausibleASCIIName(name) { return plausible }
        guard (2...maxNameLength).contains(name.count), !name.contains(where: \.isNumber) else { return false }
        let tokens = name.split(separator: " ").map(String.init)
        guard (1...maxNameWords).contains(tokens.count) else { return false }
        if let first = tokens.first, BylineVocabulary.notNameWords.contains(first.lowercased()) { return false }
        var letters = 0
        for token in tokens {
            let lower = token.lowercased()
            if BylineVocabulary.nameParticles.contains(lower) { continue }
            if tokens.count > 1, BylineVocabulary.notNameWords.contains(lower) { return false }
            guard let first = token.first(where: \.isLetter) else { return false }
            if first.isLowercase { return false }
            if token.contains(where: { !($0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’") }) { return false }
            letters += token.filter(\.isLetter).count
        }
        return letters >= 2
    }

    /// "JANE DOE" → "Jane Doe", "O'BRIEN" → "O'Brien", "MCDONALD" →
    /// "McDonald", "ROBERTS-GREY" → "Roberts-Grey". In a name whose other
    /// words are in mixed case, a surname set in capitals is set so too
    /// (`restoreCapitalWords`: "Carla RAMOS" → "Carla Ramos"); other names
    /// in mixed case are returned unchanged.
    static func restoreCase(_ name: String) -> String {
        // ASCII: the cased characters are the letters; a small one, or fewer than two, leave the name as it is.
        if NameText.isASCII(name) {
            var letters = 0
            var hasSmall = false
            for byte in name.utf8 {
                if byte >= 0x61 && byte <= 0x7A { hasSmall = true }
                if byte >= 0x41 && byte <= 0x5A { letters += 1 }
            }
            if hasSmall { return restoreCapitalWords(name) }
            if letters < 2 { return name }
        }
        let cased = name.filter { $0.isUppercase || $0.isLowercase }
        guard cased.count >= 2 else { return name }
        guard cased.allSatisfy(\.isUppercase) else { return restoreCapitalWords(name) }
        return name.split(separator: " ", omittingEmptySubsequences: false).map(titleCased).joined(separator: " ")
    }

    /// "JANE" → "Jane", "O'BRIEN" → "O'Brien", "MCDONALD" → "McDonald", "ROBERTS-GREY" → "Roberts-Grey".
    private static func titleCased(_ word: Substring) -> String {
        var out = ""
        var capitalizeNext = true
        for ch in word.lowercased() {
            out.append(capitalizeNext ? Character(ch.uppercased()) : ch)
            capitalizeNext = ch == "-" || ch == "'" || ch == "’" || ch == "."
        }
        if out.hasPrefix("Mc"), out.count > 3 {
            let third = out.index(out.startIndex, offsetBy: 2)
            out.replaceSubrange(third...third, with: out[third].uppercased())
        }
        return out
    }

    /// "Carla RAMOS" → "Carla Ramos", "Ana GARCÍA LÓPEZ" → "Ana García
    /// López": as agencies print a surname, the words in capitals that end a
    /// name whose other words are in mixed case, each of three letters or
    /// more (or two, as the last: "Wendy LI"). Left as printed: a first word
    /// ("EFC Bayrische Bembel", "AJ Smith"), initials ("J.R."), a
    /// generational suffix or a credential ("III", "MD"), a news
    /// organization's acronym, a word with marks other than a hyphen or an
    /// apostrophe ("/PP"), and every word of a desk's name ("WRAL Staff").
    static func restoreCapitalWords(_ name: String) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 2,
              words.contains(where: { $0.contains(where: \.isLowercase) && $0.contains(where: \.isUppercase) }),
              !looksLikeOrganization(name) else { return name }
        func isSurnameInCapitals(_ index: Int) -> Bool {
            let word = words[index]
            let letters = word.filter(\.isLetter)
            let lower = word.lowercased()
            return (letters.count >= 3 || (letters.count == 2 && index == words.count - 1))
                && letters.allSatisfy(\.isUppercase) && word.allSatisfy({ $0.isLetter || "-'’".contains($0) })
                && !BylineVocabulary.suffixes.contains(lower) && !BylineVocabulary.credentials.contains(lower)
                && !isRomanNumeral(letters) && NewsOrganizations.canonicalName(for: String(word)) == nil
        }
        var first = words.count
        while first > 1, isSurnameInCapitals(first - 1) { first -= 1 }
        guard first < words.count else { return name }
        return (words[..<first].map(String.init) + words[first...].map(titleCased)).joined(separator: " ")
    }

    /// "III", "IV", "VI": a generational number in Roman numerals.
    private static func isRomanNumeral(_ letters: String) -> Bool {
        letters.allSatisfy { "IVX".contains($0) }
    }
}
