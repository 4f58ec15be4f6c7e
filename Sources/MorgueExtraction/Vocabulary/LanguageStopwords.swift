/// The commonest short words of the languages whose month names `MonthNames` reads, by which a
/// page that declares no language is told to be in one (`ReadMetadata.detectedLanguage`). Each
/// list holds only words that none of the other lists' languages writes often: "de", "la", "en",
/// "na", "do", "da", "una", "con", "il", "is", "was", "des", "por", "sua" are left out, as two of
/// the languages share them.
enum LanguageStopwords {
    // From frequency lists of news text in each language: articles, conjunctions, prepositions,
    // pronouns and the forms of "to be" and "to have", lower-cased.
    static let words: [(tag: String, words: Set<String>)] = [
        ("en", ["the", "and", "of", "to", "that", "with", "for", "are", "this", "have", "from",
                "by", "which", "their", "has", "said", "been", "were", "would", "will"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "mit", "von", "den", "sich", "auch", "ein", "eine",
                "dem", "für", "auf", "wird", "sind", "wurde", "nach", "werden", "bei"]),
        ("fr", ["le", "les", "et", "est", "une", "du", "dans", "pour", "qui", "sur", "pas", "au", "avec",
                "sont", "aux", "été", "cette", "ont", "mais", "elle"]),
        ("es", ["el", "los", "las", "y", "fue", "está", "más", "pero", "sus", "también", "según", "hay",
                "muy", "cuando", "año"]),
        ("it", ["gli", "della", "che", "di", "non", "per", "sono", "nel", "alla", "anche", "dei", "delle", "è",
                "più", "questo", "degli", "hanno", "stato", "ed"]),
        ("pt", ["os", "não", "uma", "em", "dos", "das", "com", "mais", "são", "foi", "ao", "pelo", "pela",
                "também", "seu", "já", "às", "ainda"]),
        ("nl", ["het", "een", "van", "niet", "zijn", "voor", "ook", "wordt", "worden", "naar", "dat", "deze",
                "maar", "werd", "heeft", "nog", "wel", "hun", "kan", "op", "bij"]),
        ("pl", ["się", "nie", "w", "z", "że", "jest", "od", "przez", "jak", "oraz", "jego", "są", "dla", "już",
                "tym", "które", "został", "będzie"]),
        ("ru", ["и", "в", "не", "на", "что", "с", "по", "это", "как", "к", "из", "за", "от", "для", "его",
                "был", "так", "она", "он", "они"]),
        ("ar", ["في", "من", "على", "إلى", "أن", "عن", "التي", "الذي", "مع", "هذا", "كان", "بين"]),
    ]

    // Languages told by their script alone, which they do not share with another language that
    // pages commonly print: Korean's Hangul and Thai. (Han is Chinese unless kana stand among it,
    // which makes it Japanese: `ReadMetadata.scriptLanguage`.)
    static let scripts: [(script: WritingScript, tag: String)] = [(.hangul, "ko"), (.thai, "th")]
}
