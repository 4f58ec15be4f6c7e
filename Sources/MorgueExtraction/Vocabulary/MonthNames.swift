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

    static let all: [String: Int] = english.merging(german) { a, _ in a }.merging(french) { a, _ in a }

    /// The month number for a printed name ("Sept.", "März", "août").
    static func number(_ name: String) -> Int? {
        var key = name.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return all[key]
    }

    /// An alternation of every name, longest first, for use in patterns.
    static let alternation: String = all.keys.sorted { $0.count > $1.count }.joined(separator: "|")
}
