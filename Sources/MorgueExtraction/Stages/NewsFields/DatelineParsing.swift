import Foundation
import MorgueModel

/// Reads the dateline that opens a wire story's first paragraph.
///
/// Keeps: "HONG KONG (The New York Times) –", "WASHINGTON (AP) —", "LONDON,
/// Sept 16 (Reuters) -", "BEIJING —", "KABUL, Afghanistan —", "NEW DELHI,
/// India, March 3 (AFP) –", "BOGOTÁ, 4 de marzo (EFE) -", in ordinary case
/// with an agency, "Hamburg (dpa/lno) –", "Ciudad de México, 4 mar (EFE).-",
/// in a script without capitals with an agency, "القاهرة - (رويترز) -",
/// the agency first as Italian wires print it, "(ANSA) – ROMA, 28 NOV –",
/// Europa Press's day alone, "MADRID, 28 (EUROPA PRESS) -", TASS's wire
/// between slashes closed by a full stop, "МОСКВА, 27 ноября. /ТАСС/.", RIA
/// Novosti's agency after the dash, "МОСКВА, 27 ноя — РИА Новости.",
/// with any dash (-, –, —, ―, --), a short place in ordinary case before a
/// hyphen and the story ("Jakarta - Presiden …"), the outlet printed after
/// the place ("SUKARAJA, KABARNUSA.com -": a web address or the site's own
/// name, which is no agency), a press-release wire's "NEW YORK, March
/// 4, 2025 /PRNewswire/ --" and "SAN FRANCISCO--(BUSINESS WIRE)--", a Korean
/// wire's "(서울=연합뉴스) 민서준 기자 =", a Chinese
/// wire's "新华社武汉1月23日电", and a Japanese paper's bracket, a wire's
/// "【ジュネーブ共同】" (place and agency) or its own correspondent's
/// "【北京＝山田太郎】" (the place only), a Taiwanese wire's full-width bracket
/// "（中央社記者林怡君台北29日電）" (the reporter's name parted from the place),
/// and a Hindi paper's place closed by a danda, "नई दिल्ली, एजेंसी।", "मुंबई
/// (भाषा)।" (the paper's own "संवाददाता", correspondent, is no agency): the
/// text as printed, the place, the agency and the date.
/// Drops (does not fire on): "U.S. — the …", a quotation opening with a
/// dash ("“Never — not once”"), a shouted all-capitals headline, "I — like
/// many others —", places that are sentence words ("THIS IS NOT —"), and a
/// topic label over a dek ("MIGRATION – How Kenya copes with its camps"):
/// a story's first paragraph ends like a sentence, a dek does not.
/// A place closed by a colon ("NEW DELHI:", "NEW DELHI (PTI):", a bold
/// "Thiruvananthapuram:") is read by `parse(colonParagraph:bold:others:)`,
/// which turns labels and speakers away.
enum DatelineParsing {
    /// `isOwnName`: whether a name is the site's own (its site name or publisher).
    /// `authors`: the story's structured authors, which part a reporter's name from the place in a
    /// Chinese wire's bracket.
    static func parse(firstParagraph: String, isOwnName: (String) -> Bool = { _ in false },
                      authors: [String] = []) -> Dateline? {
        let text = TextNormalization.collapse(firstParagraph)
        let marks = OpeningMarks(text)
        // "新华社武汉1月23日电": the agency first, then the place and the date; the story follows at once.
        if marks.opensWithChineseWire, let match = DatelineVocabulary.chineseWire.firstMatch(in: text), let agency = match[1], let place = match[2],
           text[match.range.upperBound...].contains(where: { CountWords.isCJK($0.unicodeScalars.first ?? " ") }) {
            let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
            return Dateline(text: printed, location: place, agency: agency, date: match[3])
        }
        // "（中央社記者林怡君台北29日電）": the agency, its reporters run into the place, and the day, in a bracket.
        if marks.opensWithBracket || marks.opensWithFullWidthBracket, let dateline = chineseBracketWire(text, authors: authors) {
            return dateline
        }
        // "नई दिल्ली, एजेंसी।": a place in a script without capitals, its credit, and a danda.
        if marks.opensBeyondASCII, marks.hasDanda, let dateline = hindiDateline(text) { return dateline }
        // "(서울=연합뉴스) 민서준 기자 =": the place and the agency in one bracket, the reporter before the "=".
        if marks.opensWithBracket, let match = DatelineVocabulary.koreanWire.firstMatch(in: text), let place = match[1],
           let agency = match[2],
           match.range.upperBound < text.endIndex {
            let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
            return Dateline(text: printed, location: place, agency: agency, date: nil)
        }
        // "【ジュネーブ共同】", "【北京＝山田太郎】": the place and the wire (or the paper's correspondent) in lenticular brackets.
        if marks.opensWithLenticular, let match = DatelineVocabulary.japaneseBracket.firstMatch(in: text), let place = match[1],
           match.range.upperBound < text.endIndex, closesSentence(String(text[match.range.upperBound...])) {
            let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
            let agency = match[2] ?? match[3].flatMap { DatelineVocabulary.scriptService.matches($0) ? $0 : nil }
            return Dateline(text: printed, location: place, agency: agency, date: nil)
        }
        // "(ANSA) – ROMA, 28 NOV –": the agency first, then the place and the date.
        if marks.opensWithBracket, marks.hasDash, let dateline = agencyFirst(text) { return dateline }
        // "МОСКВА, 27 ноя — РИА Новости.": a known agency after the dash, closed by a full stop.
        if marks.mayOpenWithCapitals, marks.hasDash, let dateline = agencyAfterDash(text) { return dateline }
        // "NEW YORK, March 4, 2025 /PRNewswire/ --": a known wire, between slashes or brackets.
        // (The place's letters run into Business Wire's dashes: "SAN FRANCISCO--".)
        if marks.mayOpenWithCapitals, marks.hasSlash || marks.hasBracket,
           let match = DatelineVocabulary.releaseDateline.firstMatch(in: text),
           let place = match[1].map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: "-")) }),
           let agency = (match[3] ?? match[4]).map(TextNormalization.collapse),
           NewsOrganizations.canonicalName(for: agency) != nil || namesAWire(agency), isPlace(place) {
            let rest = String(text[match.range.upperBound...])
            if opensStory(rest), closesSentence(rest) {
                let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
                return Dateline(text: printed, location: place, agency: agency, date: match[2])
            }
        }
        // (A pattern the marks rule out is not even compiled.)
        for kind in WireDateline.allCases where marks.mayMatch(kind) {
            let pattern = kind.pattern
            guard let match = pattern.firstMatch(in: text), let placeRange = match.range(of: 1) else { continue }
            var place = String(text[placeRange])
            var agency = match[3].map(TextNormalization.collapse)
            // "SUKARAJA, KABARNUSA.com -": the outlet after the place is no part of it.
            if kind == .capitals, agency == nil, match[2] == nil,
               let comma = place.lastIndex(of: ",") {
                let outlet = TextNormalization.collapse(String(place[place.index(after: comma)...]))
                if isOutlet(outlet, isOwnName: isOwnName) {
                    place = TextNormalization.collapse(String(place[..<comma]))
                    agency = isOwnName(outlet) ? nil : outlet
                }
            }
            let rest = String(text[match.range.upperBound...])
            guard isPlace(place), opensStory(rest), closesSentence(rest) else { continue }
            let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
            if let agency, !isAgency(agency) { continue }
            return Dateline(text: printed, location: place, agency: agency, date: match[2])
        }
        return marks.hasSpacedHyphen ? casedPlaceDash(text, isOwnName: isOwnName) : nil
    }

    /// "（中央社記者林怡君台北29日電）": an agency, "記者", the reporters (parted
    /// by "、") run into the place, the day and "電", in a bracket, then the
    /// story. The last reporter's name is the structured author it opens with,
    /// else its first `DatelineVocabulary.chineseNameLength` characters, when
    /// two or more are left for the place.
    static func chineseBracketWire(_ text: String, authors: [String]) -> Dateline? {
        guard let match = DatelineVocabulary.chineseBracketWire.firstMatch(in: text), let agency = match[1],
              let namesAndPlace = match[2], match.range.upperBound < text.endIndex,
              text[match.range.upperBound...].contains(where: { CountWords.isCJK($0.unicodeScalars.first ?? " ") }),
              let last = namesAndPlace.split(separator: "、").last.map(String.init) else { return nil }
        let nameLength = authors.first(where: { last.hasPrefix($0) && last.count - $0.count >= 2 })?.count
            ?? DatelineVocabulary.chineseNameLength
        guard last.count - nameLength >= 2 else { return nil }
        let place = String(last.dropFirst(nameLength))
        let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
        return Dateline(text: printed, location: place, agency: agency, date: match[3])
    }

    /// "नई दिल्ली, एजेंसी।", "मुंबई (भाषा)।": a place of one to three words in
    /// a script without capitals, a credit (`DatelineVocabulary.hindiCredits`)
    /// after a comma or an agency in brackets, and a danda, then the story.
    /// The paper's own correspondent ("संवाददाता") is no agency.
    static func hindiDateline(_ text: String) -> Dateline? {
        guard let match = DatelineVocabulary.hindiDateline.firstMatch(in: text), let place = match[1],
              let credit = match[2] ?? match[3] else { return nil }
        let rest = String(text[match.range.upperBound...])
        guard isPlace(place), opensStory(rest), closesSentence(rest) else { return nil }
        let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
        let agency = credit == DatelineVocabulary.hindiOwnCorrespondent ? nil : TextNormalization.collapse(credit)
        return Dateline(text: printed, location: place, agency: agency, date: nil)
    }

    /// "(ANSA) – ROMA, 28 NOV –", "(AGI) - Roma, 28 nov. -": an agency in
    /// brackets (`isAgency`), a dash, a place in capitals (or in ordinary case
    /// with its date) and a dash, then the story.
    static func agencyFirst(_ text: String) -> Dateline? {
        guard let match = DatelineVocabulary.agencyFirstDateline.firstMatch(in: text), let agency = match[1],
              let place = match[2] else { return nil }
        let date = match[3]
        guard isAgency(agency), isPlace(place), date != nil || !place.contains(where: \.isLowercase) else { return nil }
        let rest = String(text[match.range.upperBound...])
        guard opensStory(rest), closesSentence(rest) else { return nil }
        let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
        return Dateline(text: printed, location: place, agency: TextNormalization.collapse(agency), date: date)
    }

    /// "МОСКВА, 27 ноя — РИА Новости.": a place in capitals, its date, a dash,
    /// and a known news organization closed by a full stop, then the story.
    static func agencyAfterDash(_ text: String) -> Dateline? {
        guard let match = DatelineVocabulary.agencyAfterDashDateline.firstMatch(in: text), let place = match[1],
              let agency = match[3].map(TextNormalization.collapse), NewsOrganizations.canonicalName(for: agency) != nil,
              isPlace(place) else { return nil }
        let rest = String(text[match.range.upperBound...])
        guard opensStory(rest), closesSentence(rest) else { return nil }
        let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
        return Dateline(text: printed, location: place, agency: agency, date: match[2])
    }

    /// The wire datelines with a place, an agency and a dash, in the order they are tried.
    enum WireDateline: CaseIterable {
        /// `DatelineVocabulary.dateline`: "WASHINGTON (AP) —".
        case capitals
        /// `DatelineVocabulary.casedDateline`: "Hamburg (dpa/lno) –".
        case cased
        /// `DatelineVocabulary.uncasedDateline`: "القاهرة - (رويترز) -".
        case uncased

        var pattern: TextPattern {
            switch self {
            case .capitals: return DatelineVocabulary.dateline
            case .cased: return DatelineVocabulary.casedDateline
            case .uncased: return DatelineVocabulary.uncasedDateline
            }
        }
    }

    /// What a (collapsed) first paragraph holds of the marks every wire
    /// dateline pattern needs, read from its bytes once: a text without
    /// them is spared the patterns, which match only at its start.
    struct OpeningMarks {
        /// It opens with a Chinese wire's name ("新华社", `DatelineVocabulary.chineseWire`).
        var opensWithChineseWire = false
        /// It opens with "(" (`koreanWire`).
        var opensWithBracket = false
        /// It opens with "【" (`japaneseBracket`).
        var opensWithLenticular = false
        /// It opens with "（" (`chineseBracketWire`).
        var opensWithFullWidthBracket = false
        /// It holds a danda, "।" (`hindiDateline`).
        var hasDanda = false
        /// It opens with a byte past ASCII: a letter of a script without capitals may (`uncasedDateline`).
        var opensBeyondASCII = false
        var hasBracket = false, hasSlash = false
        /// A hyphen or a long dash ("–", "—", "―"), one of which every dash of the patterns holds.
        var hasDash = false
        /// " -", as `casedPlaceDash`'s dash opens.
        var hasSpacedHyphen = false
        /// Its first word (to a space, comma, bracket, slash or long dash) holds no ASCII small letter, as a
        /// place in capitals (`DatelineVocabulary.capitalsPlace`) opens.
        var mayOpenWithCapitals = true

        init(_ text: String) {
            let bytes = Array(text.utf8)
            opensWithChineseWire = Self.chineseWires.contains { bytes.starts(with: $0) }
            opensWithBracket = bytes.first == UInt8(ascii: "(")
            opensWithLenticular = bytes.starts(with: Self.lenticular)
            opensWithFullWidthBracket = bytes.starts(with: Self.fullWidthBracket)
            hasDanda = bytes.count >= 3 && bytes.first.map { $0 >= 0x80 } == true
                && ByteSearch.contains(bytes, Self.danda)
            opensBeyondASCII = (bytes.first ?? 0) >= 0x80
            var inFirstWord = true
            for (index, byte) in bytes.enumerated() {
                let isLongDash = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (0x93...0x95).contains(bytes[index + 2])
                switch byte {
                case UInt8(ascii: "("): hasBracket = true
                case UInt8(ascii: "/"): hasSlash = true
                case UInt8(ascii: "-"):
                    hasDash = true
                    if index > 0, bytes[index - 1] == 0x20 { hasSpacedHyphen = true }
                default:
                    if isLongDash { hasDash = true }
                }
                if inFirstWord {
                    if byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "/")
                        || isLongDash {
                        inFirstWord = false
                    } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                        mayOpenWithCapitals = false
                        inFirstWord = false
                    }
                }
            }
        }

        /// Whether the pattern of a kind of wire dateline may match.
        func mayMatch(_ kind: WireDateline) -> Bool {
            switch kind {
            case .capitals: return mayOpenWithCapitals && hasDash
            case .cased: return hasBracket && hasDash
            case .uncased: return opensBeyondASCII && hasBracket
            }
        }

        private static let lenticular = Array("【".utf8)
        private static let fullWidthBracket = Array("（".utf8)
        private static let danda = Array("।".utf8)
        private static let chineseWires = ["新华社", "中新社", "中国新闻社", "中新网"].map { Array($0.utf8) }
    }

    /// "Jakarta - Presiden …", "Jakarta, CNN Indonesia -- …": a short place in ordinary case at the
    /// very start, then a dash and a sentence that goes on; an outlet after the place only when it is a
    /// web address or the site's own name. No word of the place may be a sentence or label word, a
    /// weekday or a month ("Update - The …", "Monday - The …").
    static func casedPlaceDash(_ text: String, isOwnName: (String) -> Bool) -> Dateline? {
        guard let match = DatelineVocabulary.casedPlaceDash.firstMatch(in: text), let place = match[1] else { return nil }
        var agency: String?
        if let outlet = match[2].map(TextNormalization.collapse) {
            guard isOutlet(outlet, isOwnName: isOwnName) else { return nil }
            agency = isOwnName(outlet) ? nil : outlet
        }
        let words = place.split(separator: " ").map(String.init)
        guard !words.contains(where: { word in
            DatelineVocabulary.notPlaces.contains(word.uppercased())
                || BylineVocabulary.notNameWords.contains(word.lowercased()) || MonthNames.number(word) != nil
        }), isPlace(place) else { return nil }
        let rest = String(text[match.range.upperBound...])
        guard opensStory(rest), closesSentence(rest) else { return nil }
        let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
        return Dateline(text: printed, location: place, agency: agency, date: nil)
    }

    /// The outlet a dateline names after its place: a web address ("KABARNUSA.com") or the site's own name.
    static func isOutlet(_ name: String, isOwnName: (String) -> Bool) -> Bool {
        BylineParsing.looksLikeDomain(name) || isOwnName(name)
    }

    /// A colon dateline's colon stands within this many bytes of the paragraph's start.
    static let maxColonDatelineBytes = 120

    /// A place closed by a colon, the South Asian dateline: "NEW DELHI: The Union Cabinet …",
    /// "NEW DELHI (PTI): …", "KARACHI, Nov 12 (APP): …", plain or bold, and a place in ordinary
    /// case set in bold, `bold` being the paragraph's opening bold text ("**Thiruvananthapuram:**
    /// Hundreds of …"): in plain type "Neu:", "Spoiler-Alarm:" or an interviewee's "Felix Stalder:"
    /// open paragraphs as often. A label is no place ("Note:", "Update:", "Editor's note:",
    /// "Photo:", "Q:", "Hinweis:": `notPlaces`, `colonLabels`), and the story after it is a sentence
    /// of `minWordsAfterColon` words or more. `others` are the story's paragraphs around it: when one
    /// of them opens with a name or label and a colon too, this one's is a speaker in an interview or
    /// a transcript ("INSKEEP: …", "**Jane Doe:** …"), not a place.
    static func parse(colonParagraph paragraph: String, bold: String? = nil, others: () -> [String]) -> Dateline? {
        guard paragraph.utf8.prefix(maxColonDatelineBytes).contains(UInt8(ascii: ":")) else { return nil }
        let text = TextNormalization.collapse(paragraph)
        guard let match = DatelineVocabulary.colonDateline.firstMatch(in: text), let place = match[1] else { return nil }
        if place.contains(where: \.isLowercase) {
            // In ordinary case, the bold type must set the place (with its colon, agency or date) apart.
            let trim = CharacterSet(charactersIn: ": ")
            guard let bold = bold.map({ TextNormalization.collapse($0).trimmingCharacters(in: trim) }), !bold.isEmpty,
                  bold == place || bold == String(text[match.range]).trimmingCharacters(in: trim) else { return nil }
        }
        let words = place.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.uppercased() }
        guard !words.contains(where: { DatelineVocabulary.notPlaces.contains($0) && $0 != "THE"
                  || DatelineVocabulary.colonLabels.contains($0) }),
              isPlace(place) else { return nil }
        let rest = String(text[match.range.upperBound...])
        guard opensStory(rest), closesSentence(rest),
              BoilerplatePhrases.exceedsWords(rest, DatelineVocabulary.minWordsAfterColon - 1) else { return nil }
        let agency = match[3].map(TextNormalization.collapse)
        if let agency, !isAgency(agency) { return nil }
        guard !others().contains(where: { DatelineVocabulary.speakerLabel.matches(TextNormalization.collapse($0)) })
        else { return nil }
        let printed = String(text[match.range]).trimmingCharacters(in: .whitespaces)
        return Dateline(text: printed, location: place, agency: agency, date: match[2])
    }

    /// A release wire the table does not know names itself one ("HARBOR NEWSWIRE", "ACCESSWIRE").
    static func namesAWire(_ agency: String) -> Bool {
        agency.range(of: "wire", options: .caseInsensitive) != nil
    }

    /// A place set in bold before the story's first sentence, closed by a
    /// full stop: `bold` "Schwerin.", then `rest` "Die Landesregierung …".
    static func parse(boldPlace bold: String, rest: String) -> Dateline? {
        let printed = TextNormalization.collapse(bold)
        guard let match = DatelineVocabulary.boldPlace.firstMatch(in: printed), let place = match[1] else { return nil }
        let words = place.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard !words.contains(where: { DatelineVocabulary.notPlaces.contains($0.uppercased()) }), isPlace(place)
        else { return nil }
        let story = TextNormalization.collapse(rest)
        guard opensStory(story), closesSentence(story) else { return nil }
        return Dateline(text: printed, location: place)
    }

    /// An agency in brackets: capitalised ("Reuters", "AP") or in a script
    /// without capitals ("رويترز"), a known
    /// agency that writes itself in lower case ("dpa", "dpa/lno", "epd"), or
    /// a press service named so ("iwr-pressedienst").
    static func isAgency(_ agency: String) -> Bool {
        if let first = agency.first, first.isLetter, !first.isLowercase { return true }
        let head = agency.split(separator: "/").first.map(String.init) ?? agency
        if NewsOrganizations.canonicalName(for: head) != nil { return true }
        let parts = agency.lowercased().split(whereSeparator: { !$0.isLetter })
        return parts.contains { part in DatelineVocabulary.agencyWords.contains { part.hasPrefix($0) || part.hasSuffix($0) } }
    }

    /// The organization an agency in a dateline stands for: "AP" →
    /// "Associated Press", "The New York Times" → "The New York Times",
    /// "dpa/lno" (the agency and its regional desk) → "dpa".
    static func organization(forAgency agency: String) -> String {
        if let known = NewsOrganizations.canonicalName(for: agency) { return known }
        if let head = agency.split(separator: "/").first, let known = NewsOrganizations.canonicalName(for: String(head)) {
            return known
        }
        return TextNormalization.collapse(agency)
    }

    /// The capitalised first part is a place: enough letters, no sentence words.
    static func isPlace(_ place: String) -> Bool {
        let head = place.split(separator: ",").first.map(String.init) ?? place
        let words = head.split(separator: " ").map(String.init)
        guard let first = words.first, !DatelineVocabulary.notPlaces.contains(first) else { return false }
        if words.contains(where: { DatelineVocabulary.notPlaces.contains($0) && $0 != "THE" }) { return false }
        return head.filter(\.isLetter).count >= DatelineVocabulary.minPlaceLetters
    }

    /// The story after the dash starts like a sentence, not in lower case
    /// (a script without capitals has none) and not shouted in capitals.
    static func opensStory(_ rest: String) -> Bool {
        guard let first = rest.first,
              (first.isLetter && !first.isLowercase) || first.isNumber || "\"“‘'«„".contains(first) else { return false }
        let letters = rest.prefix(40).filter(\.isLetter)
        guard letters.count >= 3 else { return false }
        let capitals = Double(letters.filter(\.isUppercase).count) / Double(letters.count)
        return capitals <= DatelineVocabulary.maxCapitalShareAfterDash
    }

    /// The paragraph after the dash ends as a sentence does (closing quotes and
    /// brackets aside): with a full stop (a danda, "।", in Devanagari), a
    /// question or exclamation mark, an ellipsis, or a colon that leads into a list.
    static func closesSentence(_ rest: String) -> Bool {
        let trimmed = rest.reversed().drop(while: { $0.isWhitespace || "\"”“’‘'»«)]".contains($0) })
        guard let last = trimmed.first else { return false }
        return ".!?…:;。！？؟।".contains(last)
    }
}
