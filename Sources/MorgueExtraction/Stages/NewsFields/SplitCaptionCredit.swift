import Foundation

/// Splits a caption's printed text into the caption and its photo credit.
///
/// Keeps: the caption text; the credit from "(AP Photo/Ng Han Guan)",
/// "(Bild: Kantonspolizei)", "Photo: Jane Doe/Reuters", "Photograph: …",
/// "Photographer: …", "Credit: …", "Фото: …", "Ảnh: …", "(ภาพ : …)",
/// "CreditJeon Heo", "© …", a name alone
/// in brackets after the last sentence ("… the moss. (Lucy Akins)") or an
/// organisation so, two to six capitalised words after the last full stop
/// ("… by cyanobacteria. (Corrigan County Health Department)"), a station's
/// or agency's code so ("… storage room. (WKVX)"), a Korean credit in square
/// brackets ("[연합뉴스 자료사진]", "[청림군 제공. 재판매 및 DB 금지]"), or a trailing
/// "Jane Doe/Getty Images", "AFP via Getty Images", "Reuters", "EPA" after
/// the last sentence; a photographer before an agency in brackets ("… este jueves. Andrés Soler (EFE)"); an agency alone in a bracket, half- or full-width, in
/// any script ("（共同）", "(أ ف ب)", "(Kyodo)"); a labelled credit in other
/// scripts ("摄影：张三", "图：…", "사진=…", "تصوير: محمود فتحي"); the
/// photographer of a Japanese or Chinese caption ("…、佐藤健撮影", "…＝代表撮影",
/// "…。新华社记者 李贺 摄", "（NAME撮影）"); and an unbracketed wire credit
/// after the last sentence ("… (México). EFE/Mariana Olvera", "REUTERS/Jane Doe").
/// Labels in Hindi, Bengali and Thai ("फोटो:", "ছবি:", "ขอบคุณภาพ") and Taiwan's "（中央社記者NAME攝 115年11月29日）"
/// (the day after "攝" goes) are read so too; a credit ending in an abbreviation keeps its full stop ("… Inc.").
/// Drops: the credit's label ("Photo:", "Pic:", "File pic:", "Credit:", "©", "Copyright", also after a
/// separator the credit element prints: " - Copyright AP Photo/…", and in other scripts
/// "사진=", "写真：", "摄影：", "تصوير:") from the credit,
/// a credit naming nobody but the story's writer ("— Photo by author": no credit),
/// "撮影"/"摄" (photographed by) from a Japanese or Chinese credit,
/// separators left between caption and credit (also "、", "，", "＝"), and a gallery's counter
/// before the caption ("1/5").
enum SplitCaptionCredit {
    static func split(_ raw: String) -> (text: String, credit: String?) {
        var text = TextNormalization.collapse(raw)
        if let counter = CreditPatterns.galleryCounter.firstMatch(in: text) { text = String(text[counter.range.upperBound...]) }
        // (A pattern the byte tests rule out is not even compiled.)
        for form in CreditForm.allCases where form.mayMatch(text) {
            let pattern = form.pattern
            guard let match = pattern.firstMatch(in: text), let creditRange = match.range(of: 1),
                  let credit = cleanCredit(String(text[creditRange])) else { continue }
            if form == .trailingService, !looksLikeCredit(credit) { continue }
            let before = String(text[..<match.range.lowerBound])
            // "— Photo by author": the credit names nobody, and leaves the caption all the same.
            if CreditPatterns.writerSelfCredits.contains(credit.lowercased()) { return (trimCaption(before), nil) }
            return (trimCaption(before), credit)
        }
        return (trimCaption(text), nil)
    }

    // MARK: Prefilters

    /// The credit patterns in the order they are tried, the credit being each one's first group.
    enum CreditForm: CaseIterable {
        case nameThenAgency, parenthesized, scriptParenthesized, bracketedName, bracketedCode, koreanBracketed, gluedCredit, labelled,
             scriptLabelled, copyright, shotBy, agencySlashName, trailingService, personSlashOrganization

        var pattern: TextPattern {
            switch self {
            case .nameThenAgency: return CreditPatterns.nameThenAgency
            case .parenthesized: return CreditPatterns.parenthesized
            case .scriptParenthesized: return CreditPatterns.scriptParenthesized
            case .bracketedName: return CreditPatterns.bracketedName
            case .bracketedCode: return CreditPatterns.bracketedCode
            case .koreanBracketed: return CreditPatterns.koreanBracketed
            case .gluedCredit: return CreditPatterns.gluedCredit
            case .labelled: return CreditPatterns.labelled
            case .scriptLabelled: return CreditPatterns.scriptLabelled
            case .copyright: return CreditPatterns.copyright
            case .shotBy: return CreditPatterns.shotBy
            case .agencySlashName: return CreditPatterns.agencySlashName
            case .trailingService: return CreditPatterns.trailingService
            case .personSlashOrganization: return CreditPatterns.personSlashOrganization
            }
        }

        /// False when the pattern surely does not match `text`, for those
        /// that carry no prefilter of their own (`labelled`, `copyright`,
        /// `trailingService`): a byte test on the words each of their
        /// matches holds. The others are left to their own prefilters.
        func mayMatch(_ text: String) -> Bool {
            switch self {
            case .labelled: return SplitCaptionCredit.mayHoldLabel(text)
            case .copyright: return SplitCaptionCredit.copyrightMarks.occurs(in: text)
            case .trailingService: return SplitCaptionCredit.mayEndWithService(text)
            default: return true
            }
        }
    }

    /// Fragments of every label of `CreditPatterns.labelled` ("Photo:", "Bildquelle:", "Crédits photo :",
    /// "fot."), chosen so that no letter of them has another case form in
    /// another script or a ligature ("ſ" for "s", "ﬆ" for "st") that the
    /// pattern's case folding would take: "ource" for "source", "dit" for "crédit" and "CRÉDIT".
    private static let labelFragments = NeedleSet(
        ["phot", "image", "pic", "credit", "illu", "fot", "bild", "quelle", "ource", "dit", "creen", "צילום",
         "ảnh", "Ảnh", "ภาพ", "ोटो", "तस्वीर", "चित्र", "ছবি"], ignoringASCIICase: true)

    /// Whether `text` may hold one of `CreditPatterns.labelled`'s labels: one of `labelFragments`, or any
    /// Cyrillic letter ("Фото", "ФОТО", "фото" share no bytes).
    static func mayHoldLabel(_ text: String) -> Bool {
        labelFragments.occurs(in: text) || text.utf8.contains(where: { $0 == 0xD0 || $0 == 0xD1 })
    }

    /// The marks of `CreditPatterns.copyright`: "©", "(c)", "copyright".
    static let copyrightMarks = NeedleSet(["©", "(c)", "copyright"], ignoringASCIICase: true)

    /// Whether `text` may end with one of `CreditPatterns.services` as
    /// `CreditPatterns.trailingService` reads it (then spaces and a full
    /// stop): its last run of ASCII letters is the last word of a service,
    /// or a byte of another script ends the text there.
    static func mayEndWithService(_ text: String) -> Bool {
        guard let lastWords = serviceLastWords else { return true }
        var bytes = Array(text.utf8)[...]
        if bytes.last == UInt8(ascii: ".") { bytes = bytes.dropLast() }
        while let last = bytes.last, ASCIIText.isSpace(last) { bytes = bytes.dropLast() }
        var word: [UInt8] = []
        while let last = bytes.last, last >= 0x80 || ASCIIText.isLetterOrDigit(last) {
            if last >= 0x80 { return true }
            word.append(ASCIIText.lower(last))
            bytes = bytes.dropLast()
        }
        return lastWords.contains(String(decoding: word.reversed(), as: UTF8.self))
    }

    /// The last words of `CreditPatterns.services` ("images" of "getty images", "efe" of "epa(?:-efe)?"
    /// and "epa" of it), read from the alternation; nil (no prefilter) when a service is written with
    /// other regular-expression syntax than an optional group at its end and a bracket of separators.
    static let serviceLastWords: Set<String>? = {
        var words = Set<String>()
        for service in CreditPatterns.services.split(separator: "|") {
            var forms = [String(service)]
            if service.hasSuffix(")?"), let open = service.range(of: "(?:") {
                let before = String(service[..<open.lowerBound])
                forms = [before, before + service[open.upperBound...].dropLast(2)]
            }
            for form in forms {
                let last = form.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "]" }).last.map(String.init) ?? ""
                guard !last.isEmpty, last.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
                words.insert(last.lowercased())
            }
        }
        return words
    }()

    /// A credit without its label and surrounding punctuation; nil when empty.
    /// A credit printed in brackets of its own ("(Image: Colin Keegan)") loses them before its label;
    /// a bracket the credit opens itself ("Getty Images/EyeEm (Symbolbild)") keeps its close.
    static func cleanCredit(_ raw: String) -> String? {
        var credit = TextNormalization.collapse(raw)
        if let first = credit.first, let last = credit.last, (first == "(" && last == ")") || (first == "[" && last == "]") {
            credit = TextNormalization.collapse(String(credit.dropFirst().dropLast()))
        }
        // "… Analytics, Inc.": the full stop of an abbreviation is the credit's own.
        let abbreviated = CreditPatterns.abbreviationEnd.matches(credit)
        let unlabelled = CreditPatterns.creditLabel.replacingMatches(in: credit, with: "")
        if unlabelled == credit {
            // A label after a separator the credit element prints first (" - Copyright AP Photo/…").
            credit = CreditPatterns.creditLabel.replacingMatches(in: credit.trimmingCharacters(in: NewsOrganizations.trimSet),
                                                                with: "")
        } else {
            credit = unlabelled
        }
        credit = credit.trimmingCharacters(in: NewsOrganizations.trimSet)
        if abbreviated, !credit.isEmpty, !credit.hasSuffix(".") { credit += "." }
        if credit.filter({ $0 == "(" }).count > credit.filter({ $0 == ")" }).count { credit += ")" }
        return credit.isEmpty ? nil : credit
    }

    /// A caption that ends with the credit its credit element prints again
    /// ("… at the Department of Health.....Picture Colin Keegan, Collins
    /// Dublin"): the repeated credit goes, with a picture word before it.
    static func removingRepeatedCredit(_ credit: String, from text: String) -> String {
        guard credit.count >= 4, text.count > credit.count, text.hasSuffix(credit) else { return text }
        var rest = String(text.dropLast(credit.count))
        for word in ["picture", "photo", "foto", "bild", "image"] {
            let trimmed = rest.trimmingCharacters(in: .whitespaces)
            if trimmed.lowercased().hasSuffix(word) { rest = String(trimmed.dropLast(word.count)); break }
        }
        let caption = trimCaption(rest.trimmingCharacters(in: CharacterSet(charactersIn: " .:,;")))
        return caption.isEmpty ? text : caption
    }

    /// Most words of a credit found without a label.
    static let maxUnlabelledCreditWords = 7

    /// "Jane Doe/Getty Images", "AFP via Getty Images": a few capitalised
    /// words, not the end of a sentence ("… spoke to Reuters").
    static func looksLikeCredit(_ credit: String) -> Bool {
        let words = credit.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard (1...maxUnlabelledCreditWords).contains(words.count) else { return false }
        return words.allSatisfy { word in
            ["via", "for", "de", "van", "von", "di", "and", "&"].contains(word.lowercased())
                || word.first.map { $0.isUppercase || $0.isNumber } == true
        }
    }

    /// The caption without separators at its ends; "" when no letter or digit is left (". Imagen: Télam").
    static func trimCaption(_ text: String) -> String {
        var result = TextNormalization.collapse(text)
        while let last = result.last, " |—–-/©、，＝".contains(last) { result.removeLast() }
        while let first = result.first, " |—–-/©、，＝".contains(first) { result.removeFirst() }
        if !result.contains(where: { $0.isLetter || $0.isNumber }) { return "" }
        return TextNormalization.collapse(result)
    }

    /// A caption that is nothing but a credit: "Spencer Platt/Getty
    /// Images", "Credit Ellen Surrey".
    static func isCreditOnly(_ text: String) -> Bool {
        if CreditPatterns.creditLine.matches(text) { return true }
        if let glued = CreditPatterns.gluedCredit.firstMatch(in: text), glued.range.lowerBound == text.startIndex { return true }
        guard FoundationSearch.contains("/", in: text), CreditPatterns.endsWithService.matches(text) else { return false }
        // "evgenyb/iStock/Getty Images": a photographer's handle may be in lower case.
        return looksLikeCredit(text) || isHandleCredit(text)
    }

    /// A caption's text that is a credit's label alone ("Credit", "Quelle:", "Image"): the rest of a
    /// caption printed elsewhere, not a photo's own.
    static func isLabelOnly(_ text: String) -> Bool {
        guard let label = CreditPatterns.creditLabel.firstMatch(in: text) else { return false }
        return label.range.upperBound == text.endIndex
    }

    /// "handle/Service/Service": short parts between slashes, no spaces in the first, ending in a service.
    static func isHandleCredit(_ text: String) -> Bool {
        let parts = text.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, let first = parts.first, !first.contains(" "), !first.isEmpty else { return false }
        return parts.dropFirst().allSatisfy { CreditPatterns.serviceName.matches($0) || looksLikeCredit($0) }
    }
}
