/// How corrections and editor's notes open, in the languages of the corpus.
enum CorrectionPhrases {
    // A label at the start: "Correction:", "Update:", "Editor's note:",
    // "Korrektur:", "Anmerkung der Redaktion:", "Rectificatif :", with a
    // date in brackets, and a correction's label with its date after a
    // comma: "Rectificatif (13/03/2025) :", "Korrektur, 05.03.2025:",
    // "Correction, March 5, 2024:", an update dated with its year ("Update,
    // Feb. 7, 2024:", "Update, 4. März 2025:"). ("Update, 13:17 Uhr:" opens a live story's newest
    // part, which is story.) The Dutch, Polish, Portuguese,
    // Turkish, Russian and Hebrew labels too ("Correctie 25 februari:",
    // "Sprostowanie:", "Correção:", "Düzeltme:", "Исправление:", "תיקון:").
    static let label = TextPattern(
        "^[\\[(*_\\s]*(?:(?:updates?|updated)\\s*(?:\\(\\s*[^)]{0,40}\\)|,\\s*[^:,\\d]{2,12}\\s\\d{1,2},?\\s*\\d{4}|,\\s*\\d[\\d./ -]{4,12}\\d|"
            + ",\\s*\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?\\s+\\d{4})?|"
            + "(?:corrections?|clarifications?|editor['’]?s['’]? note|editors['’] note|"
            + "note to readers|an earlier version|korrektur|berichtigung|richtigstellung|anmerkung der redaktion|"
            + "hinweis der redaktion|in eigener sache|rectificatif|correctif|note de la rédaction|fe de errores|"
            + "aclaración|correctie|rectificatie|sprostowanie|korekta|correção|errata|düzeltme|исправление|поправка|"
            + "תיקון)\\s*(?:\\(\\s*[^)]{0,40}\\)|,?\\s*\\d[\\d./ -]{4,12}\\d|,?\\s+\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?(?:\\s+\\d{4})?|,\\s*(?=[^:]{0,30}\\d)[^:,]{3,20},?\\s*\\d{0,4})?)"
            + "\\s*[:—–-]",
        requiring: ["correcti", "clarification", "update", "editor", "note to readers", "an earlier version",
                    "korrektur", "berichtigung", "richtigstellung", "anmerkung der redaktion", "hinweis der redaktion",
                    "in eigener sache", "rectificatif", "note de la r", "fe de errores", "aclaraci", "correctie",
                    "rectificatie", "sprostowanie", "korekta", "correç", "errata", "düzeltme",
                    // The Cyrillic labels without their capital, which the prefilter would not fold.
                    "справлени", "оправк", "תיקון"])

    // Read only at the story's top (`CorrectionNotes.edgeWindow`): an update dated by its month and day
    // alone, without the year, as tech and news sites print them in English ("Update, Nov 12th:",
    // "Updated November 12th:", "Update July 3rd, 8:05AM ET:", "Update, 12 November:"). Within the
    // text such a label may open a live story's part.
    static let datedUpdate = TextPattern(
        "^[\\[(*_\\s]*updated?\\s*,?\\s*(?:on\\s+)?(?:(?:\(englishMonths))\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|"
            + "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:\(englishMonths))\\.?)(?:,?\\s+\\d{4})?"
            + "(?:,?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?\\s*[:—–-]",
        requiring: ["update"])

    // Read only at the story's edges: a wire or financial desk's note on what a new version of the story
    // changed, a whole paragraph in parentheses opening with the verb (Bloomberg's and Reuters' house
    // style): "(Updates with closing share price in fifth paragraph.)", "(Corrects name of analyst's
    // firm …)", "(Adds details)".
    static let wireUpdateNote = TextPattern(
        "^\\(\\s*(?:Updates|Corrects|Adds|Recasts|Changes|Refiles|Rewrites|Removes|Clarifies|Fixes|Deletes|Inserts)\\b"
            + "[^()]*(?:\\([^()]*\\)[^()]*)*\\)\\.?$",
        caseInsensitive: false,
        requiring: ["(updates", "(corrects", "(adds", "(recasts", "(changes", "(refiles", "(rewrites", "(removes",
                    "(clarifies", "(fixes", "(deletes", "(inserts"])

    /// The English month names and abbreviations, longest first, for the patterns above.
    private static let englishMonths = MonthNames.english.keys.sorted { $0.count > $1.count }.joined(separator: "|")

    // A sentence saying the story was changed.
    static let statement = TextPattern(
        "^[\\[(*_\\s]*(?:this (?:article|story|post|report|piece|item|column) (?:has been|was|is) (?:updated|corrected|amended|"
            + "changed|revised|edited)|(?:an|a) (?:earlier|previous|prior) version of this (?:article|story|post|report|piece)|"
            + "dieser (?:artikel|beitrag) wurde (?:aktualisiert|korrigiert|geändert)|"
            + "in einer früheren (?:fassung|version) (?:dieses|des) (?:artikels|beitrags|textes))",
        requiring: ["this article", "this story", "this post", "this report", "this piece", "this item",
                    "dieser artikel", "dieser beitrag", "in einer früheren"])

    // The same statement anywhere in a short paragraph ("In einer früheren Fassung stand …").
    static let statementAnywhere = TextPattern(
        "(?:an|a) (?:earlier|previous|prior) version of this (?:article|story|post|report|piece|column) "
            + "(?:misstated|overstated|understated|incorrectly|misidentified|misspelled|stated|said|reported|gave|misattributed|"
            + "omitted|included)|in einer früheren (?:fassung|version)(?: (?:dieses|des) (?:artikels|beitrags|textes))? "
            + "(?:stand|hieß|hiess|war|wurde|wurden|hatten|hatte)",
        requiring: ["version of this", "in einer früheren"])
}
