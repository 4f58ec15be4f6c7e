/// Month names as printed in datelines and visible dates, lower-cased,
/// mapped to the month number. Abbreviations are listed with and without
/// their usual spelling variants; a trailing dot is removed before lookup.
enum MonthNames {
    // English, with AP-style and common abbreviations.
    static let english: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    // German, including the Austrian "Jänner".
    static let german: [String: Int] = [
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
        "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    ]

    // French.
    static let french: [String: Int] = [
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4,
        "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
        "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    ]

    // Spanish, Italian and Portuguese.
    static let romance: [String: Int] = [
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
        "ottobre": 10, "dicembre": 12,
        "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
        "outubro": 10, "novembro": 11, "dezembro": 12,
    ]

    // Dutch.
    static let dutch: [String: Int] = [
        "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    ]

    // Polish and Russian, in the genitive that dates use ("5 maja 2020", "15 августа 2016").
    static let slavic: [String: Int] = [
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
        "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
        "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    ]

    // Arabic, the names Egypt and the Gulf print ("٤ مارس ٢٠٢٥"), with and without the hamza.
    static let arabic: [String: Int] = [
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
        "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    ]

    static let all: [String: Int] = [german, french, romance, dutch, slavic, arabic].reduce(english) { table, language in
        table.merging(language) { first, _ in first }
    }

    /// The month number for a printed name ("Sept.", "März", "août").
    static func number(_ name: String) -> Int? {
        var key = name.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return all[key]
    }

    /// Whether `text` may hold a month name, in any case: it must hold the
    /// first three letters of one. A text of ASCII alone is told from its
    /// bytes; any other text is lower-cased first (a name is looked up in
    /// lower case, so no other spelling can yield a month).
    static func mayOccur(in text: String) -> Bool {
        var text = text
        let ascii: Bool? = text.withUTF8 { bytes in
            bytes.contains { $0 >= 0x80 } ? nil : prefixes.occurs(in: bytes)
        }
        if let ascii { return ascii }
        return prefixes.occurs(in: ASCIIText.lowercased(text))
    }

    /// The first three letters of every name, lower-case (ASCII needles also match capitals).
    private static let prefixes = NeedleSet(
        Set(all.keys.map { String($0.prefix(3)) }).sorted(), ignoringASCIICase: true)

    /// An alternation of every name, longest first, for use in patterns.
    static let alternation: String = all.keys.sorted { $0.count > $1.count }.joined(separator: "|")
}
