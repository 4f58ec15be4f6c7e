import Foundation
/// Class names and phrases around the dates pages print.
enum DateHints {
    // Class or id fragments of elements that print the publication date,
    // wherever they stand in the class-and-id string…
    static let publishedFragments = [
        "publish", "posted", "post-date", "postdate", "entry-date", "article-date", "story-date", "dateline",
        "date-time", "datetime", "timestamp", "byline", "pubdate", "created", "datum", "fecha",
        "article-meta", "post-meta", "entry-meta",
    ]
    // …and "date", but not after these: an update, a candidate, a validation
    // or a citation's access date ("reference-accessdate": when a source was
    // read, not when the page was written)…
    static let notPublishedDatePrefixes = ["up", "candi", "vali", "access", "access-", "access_"]
    // …and "time" as a word of its own, and "meta" as a whole part ("post-meta", not "metadata").
    static let publishedClass = TextPattern(
        "(?:" + publishedFragments.joined(separator: "|")
            + "|(?<!" + notPublishedDatePrefixes.joined(separator: "|") + ")date"
            + "|(?:^|[^a-z])time(?:$|[^a-z])"
            + "|(?:^|[\\s_-])meta(?:$|[\\s_-]))",
        requiring: ["publish", "posted", "date", "time", "byline", "created", "datum", "fecha", "meta"])

    /// `publishedClass.matches(names)`, answered from the bytes when `names`
    /// is ASCII (class names nearly always are); other text goes to the
    /// expression. Every element of a page is asked this.
    static func isPublishedClass(_ names: String) -> Bool {
        var names = names
        let answer: Bool? = names.withUTF8 { raw in
            if raw.contains(where: { $0 >= 0x80 }) { return nil }
            // A class-and-id string comes lower-cased already; other text is lowered first.
            let published = raw.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
                ? raw.map(ASCIIText.lower).withUnsafeBufferPointer(publishedClassBytes)
                : publishedClassBytes(raw)
            return published || metaPart.matches(asciiBytes: raw)
        }
        return answer ?? publishedClass.matches(names)
    }

    private static let publishedFragmentSet = NeedleSet(publishedFragments)
    private static let notPublishedDatePrefixBytes = notPublishedDatePrefixes.map { Array($0.utf8) }
    private static let metaPart = WholeWords(["meta"])
    private static let dateBytes = Array("date".utf8)
    private static let timeBytes = Array("time".utf8)

    /// `publishedClass` without its "meta" part, on lower-case ASCII bytes.
    private static func publishedClassBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if publishedFragmentSet.occurs(in: bytes) { return true }
        func isLetter(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && bytes[index] >= 0x61 && bytes[index] <= 0x7A
        }
        func hasPrefix(_ word: [UInt8], at index: Int) -> Bool {
            guard index + word.count <= bytes.count else { return false }
            for k in word.indices where bytes[index + k] != word[k] { return false }
            return true
        }
        let date = dateBytes, time = timeBytes
        // Only a "d" or a "t" can open either word.
        for start in bytes.indices where bytes[start] == date[0] || bytes[start] == time[0] {
            if hasPrefix(date, at: start), !notPublishedDatePrefixBytes.contains(where: { prefix in
                start >= prefix.count && hasPrefix(prefix, at: start - prefix.count)
            }) {
                return true
            }
            if hasPrefix(time, at: start), !isLetter(start - 1), !isLetter(start + 4) { return true }
        }
        return false
    }

    // Class or id fragments, and attribute values, that mark a modification date.
    static let modifiedClass = TextPattern(
        "(?:updated|modified|update|aktualisiert|revised|edited)",
        requiring: ["update", "modified", "aktualisiert", "revised", "edited"])

    // Labels of the publication date, in English, German, French, Spanish,
    // Portuguese, Italian, Dutch, Polish and the languages below ("Veröffentlicht am", "Publié le").
    static let publishedLabels = [
        "first published", "published", "posted", "veröffentlicht", "erschienen", "publiziert", "publié", "mis en ligne",
        "mise en ligne", "publicado", "pubblicato", "gepubliceerd", "opublikowano", "stand",
        // Turkish, Russian and Hebrew.
        "yayınlanma", "yayınlandı", "опубликовано", "פורסם",
        // Norwegian, Swedish and Danish ("Publisert: 12.11.2025 06:41").
        "publisert", "publicerad", "publiceret",
        // Japanese 掲載 (carried) and Korean 입력 (entered), as papers print them before the story's first date
        // ("입력 2024.08.07 17:32 수정 2024.08.07 18:01").
        "掲載", "입력",
    ]
    // Bare date labels ("Datum: 28.01.2022"), read at the start of a text only.
    static let dateLabels = ["date", "datum", "fecha", "data"]
    // Labels of the last update in the same languages, with Japanese 更新 and
    // Arabic آخر تحديث ("last updated").
    static let modifiedLabels = [
        "zuletzt aktualisiert", "aktualisiert", "letzte änderung", "last updated", "updated", "last modified", "modified",
        "edited",
        "mis à jour", "actualizado", "atualizado", "ultimo aggiornamento", "aggiornato", "bijgewerkt", "最終更新", "更新",
        "آخر تحديث", "تحديث",
        // Dutch, Polish, Turkish, Russian and Hebrew.
        "laatste update", "aktualizacja", "zaktualizowano", "güncelleme", "güncellendi", "обновлено", "עודכן",
        // Norwegian, Swedish and Danish ("Oppdatert: 12.11.2025 14:05", "Senast uppdaterad").
        "oppdatert", "sist oppdatert", "uppdaterad", "senast uppdaterad", "opdateret", "sidst opdateret",
        // Korean 수정 (amended), the update in a Korean paper's date row.
        "수정",
        // Hindi "updated" and "update", Thai "update" (both spellings) and "last update", Indonesian
        // "updated" and Vietnamese "update", as date rows print them ("अपडेटेड रवि, २९ नवंबर २०२६ ११:४०",
        // "อัปเดตล่าสุด 29 พ.ย. 2569 13:20 น.", "Diperbarui 29/11/2026, 12:40 WIB", "Cập nhật 29/11/2026").
        "अपडेटेड", "अपडेट", "อัปเดตล่าสุด", "อัปเดต", "อัพเดท", "อัพเดต", "diperbarui", "cập nhật",
    ]
    // Labels seen only inside a row of dates: a live blog's "Started … Last
    // updated …", a government page's "— See all updates".
    static let rowLabels = ["started", "live since", "see all updates"]
    // Prepositions a label takes before its date ("Veröffentlicht am", "Publié le", "Posted on").
    private static let labelPrepositions = "(?:\\s+(?:on|am|um|le|el|il|em|op))?"

    /// What a pattern's prefilter looks for: each word up to its first
    /// letter outside ASCII ("veröffentlicht" → "ver"), as the prefilter
    /// ignores the case of ASCII letters only; a word of another script whole,
    /// but from its second letter when the script has capitals ("Обновлено"
    /// holds "бновлено").
    private static func fragments(_ words: [String]) -> [String] {
        words.map { word in
            let ascii = String(word.prefix { $0.isASCII })
            if ascii.count >= 3 { return ascii }
            if let first = word.first, first.isCased { return String(word.dropFirst()) }
            return word
        }
    }

    /// The words as one alternation, longest first ("last updated" before "updated").
    private static func alternation(_ words: [String]) -> String {
        "(?:" + words.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|") + ")"
    }

    // A label printed before the publication date ("Datum: 28.01.2022").
    // The label may stand alone in its element or open the date's text;
    // a preposition after it ("Veröffentlicht am") belongs to it.
    static let dateLabel = TextPattern(
        "^" + alternation(dateLabels + publishedLabels) + labelPrepositions + "(?:\\s*:|\\s|$)",
        requiring: fragments(dateLabels + publishedLabels))

    // A label printed before the date of the last update ("Aktualisiert am 17.01.2021").
    static let modifiedLabel = TextPattern(
        "^" + alternation(modifiedLabels) + labelPrepositions + "(?:\\s*:|\\s|$)", requiring: fragments(modifiedLabels))

    // The same update labels later in a line that opens with the publication
    // date ("Published: March 4, 2025 | Updated: March 5, 2025"), after a
    // separator, a space or the digit of a date printed against it.
    static let laterModifiedLabel = TextPattern(
        "(?:^|[\\s|·•,;(\\[\\d])" + alternation(modifiedLabels) + labelPrepositions + "\\s*[:：]?\\s*",
        requiring: fragments(modifiedLabels))

    // Any publication or update label, wherever it stands in a line of dates:
    // "| 04.03.2025, 18:42 Uhr Aktualisiert: 05.03.2025, 07:15 Uhr", and a
    // live blog's "Started January 14, 2025 6:05 am Last updated 3:42 pm"; in
    // Chinese, Japanese and Korean rows also printed against a time's last
    // unit or inside a full-width bracket ("（5月12日 08時30分更新）"), and after the full stop of
    // "a.m." when two `<time>` elements print against each other ("8:15 a.m.Updated November 29").
    static let dateRowLabel = TextPattern(
        "(?:^|(?<=[\\s|·•,;.(\\[\\d（【分분日일]))" + alternation(publishedLabels + modifiedLabels + rowLabels) + labelPrepositions
            + "\\s*[:：]?",
        requiring: fragments(publishedLabels + modifiedLabels + rowLabels))

    // A day of a month without its year, as a row of labelled dates prints it ("Jan 14", "14. März").
    static let dayOfMonth = TextPattern(
        "(?:\\b(?:" + MonthNames.alternation + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\b\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:"
            + MonthNames.alternation + ")\\b\\.?)(?!\\d)", digits: 1)

    // Zones and regions a date row names after its time ("17:32, UK", "10:45 a.m. EST", "15.50 GMT",
    // "14:02 local time"): every abbreviation of `ZoneOffsets.named`, and the labels that name no single
    // offset (Britain; North America's "ET", "CT", "MT", "PT"), matched in capitals only ("ET", not "et").
    static let zoneAbbreviations = Array(ZoneOffsets.named.keys) + ["UK", "ET", "CT", "MT", "PT"]
    private static let zoneAlternation = "(?:" + zoneAbbreviations.sorted { $0.count > $1.count }.joined(separator: "|")
        + "|(?i:local time|heure locale|hora local|ora locale|Ortszeit))"
    // A zone or region closing a date line, after a comma or a space ("Sunday 29 November 2026 17:32, UK").
    static let trailingZone = TextPattern("(?:,\\s*|\\s+)\\(?" + zoneAlternation + "\\)?\\s*$", caseInsensitive: false)
    // A zone or region anywhere in a row of dates.
    static let zoneInRow = TextPattern("(?<![\\p{L}])\\(?" + zoneAlternation + "\\)?(?![\\p{L}])", caseInsensitive: false)
    // A time of day written with a full stop or an "h" ("15.42", "10h15"), as British and French rows print it;
    // read only in a row that holds a date label and nothing else.
    static let dottedClockTime = TextPattern(
        "(?<![\\d.,])\\d{1,2}[.h]\\d{2}(?![\\d.,]\\d)\\s*(?:[ap]\\.?m\\.?|uhr|h)?(?![\\p{L}])", digits: 3)
    // Words that join a label, a date and a time in a row ("Updated at 15:50", "um 10:15 Uhr", "às 14h10",
    // "alle ore 9.30", "om 18:40"), left once the dates are gone.
    static let rowConnector = TextPattern(
        "(?<![\\p{L}])(?:at|on|um|am|à|às|as|om|o|alle|ore|a las|kl|klo)(?![\\p{L}])")
    // The source a row of dates names after them ("… 14:02 Uhr Quelle: dpa", "Source: AFP"): a source label
    // and at most three words, closing the row.
    static let trailingSource = TextPattern(
        "(?:^|(?<=[\\s|·•,]))(?:quelle|source|fuente|fonte|źródło|bron|источник)\\s*:\\s*[^\\s:]+(?:\\s+[^\\s:]+){0,2}\\s*$",
        requiring: ["quelle", "source", "fuente", "fonte", "źródło", "bron", "источник"])
    // The units a time relative to now counts: minutes, hours and days in English, Portuguese, Spanish,
    // German, French, Dutch, Polish, Russian, Italian and the Nordic languages.
    static let relativeTimeUnits = [
        "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h", "day", "days",
        "minuto", "minutos", "hora", "horas", "dia", "dias", "día", "días",
        "minuten", "stunde", "stunden", "std", "tag", "tagen",
        "heure", "heures", "jour", "jours",
        "minuut", "uur", "dag", "dagen",
        "minuta", "minuty", "minut", "godzina", "godziny", "godzin", "godz", "dzień", "dni",
        "минуту", "минуты", "минут", "час", "часа", "часов", "день", "дня", "дней",
        "minuti", "ora", "ore", "giorno", "giorni", "timme", "timmar", "time", "timer", "dagar",
    ]
    // A time relative to now, as a row prints it beside its label ("Publicado há 2 horas", "vor 3 Stunden",
    // "il y a 5 minutes", "hace 2 horas", "2 uur geleden", "3 godziny temu", "2 часа назад", "3 hours ago").
    static let relativeTime = TextPattern(
        "(?<![\\p{L}])(?:(?:há|hace|vor|il y a)\\s+\\d+\\s*" + relativeUnitAlternation
            + "|\\d+\\s*" + relativeUnitAlternation + "\\s+(?:ago|geleden|temu|назад|fa|sedan|siden))(?![\\p{L}])",
        digits: 1)
    private static let relativeUnitAlternation = "(?:" + relativeTimeUnits.sorted { $0.count > $1.count }
        .joined(separator: "|") + ")\\.?"

    // A year of this century or the last, and a time of day ("06:42", or "07h45" as Portuguese and
    // French pages print it), in a date stamp's digits.
    static let yearInStamp = TextPattern("(?<!\\d)(?:19|20)\\d{2}(?!\\d)", digits: 4)
    // A time written with the hour's and minute's signs in Chinese and Japanese ("21時05分", "21时05分")
    // and Korean ("21시 05분") counts too.
    static let timeInStamp = TextPattern(
        "(?:\\d:|(?<!\\d)\\d{1,2}h)\\d{2}(?!\\d)|(?<!\\d)\\d{1,2}\\s*[時时시]\\s*\\d{1,2}\\s*[分분]", digits: 2)
    // A time of day standing alone, as a live blog's entry links print it ("3:42 pm", "14.05 Uhr", "9h30").
    static let timeOfDayOnly = TextPattern(
        "^\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?|uhr|h)?$", digits: 3)

    /// The date printed after an update label inside `text`, past its start:
    /// "Published: March 4, 2025 | Updated: March 5, 2025" → March 5.
    static func laterModifiedDate(in text: String) -> PageDate? {
        for label in laterModifiedLabel.matches(in: text) where label.range.lowerBound > text.startIndex {
            let after = text[label.range.upperBound...].prefix(FindDates.maxLabelGap)
            if let date = DateNormalization.firstDate(inText: String(after)) { return date }
        }
        return nil
    }

    /// Whether `text` ends with an update label, as the text before a `<time>` does: "· Updated ".
    static func endsWithModifiedLabel(_ text: String) -> Bool {
        let trimmed = TextEdges.trimmingWhitespaceAndNewlines(text)
        guard !trimmed.isEmpty, trimmed.count <= FindDates.maxLabelGap,
              let label = laterModifiedLabel.matches(in: trimmed).last else { return false }
        return label.range.upperBound == trimmed.endIndex
    }

    /// Whether `text` opens with a publication or update label ("Publiziert:", "Last updated").
    static func opensWithLabel(_ text: String) -> Bool {
        dateLabel.matches(text) || modifiedLabel.matches(text)
    }

    // A date inside a URL path: /2015/09/17/ or /2015-09-17/.
    static let urlDate = TextPattern(
        "/((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)", caseInsensitive: false)
}
