/// The shape of a wire-story dateline, and words that look like a place
/// in capitals but open a sentence or a headline instead.
enum DatelineVocabulary {
    // PLACE[, Region][, Date] [(Agency)] DASH: "HONG KONG (The New York
    // Times) –", "LONDON, Sept 16 (Reuters) -", "KABUL, Afghanistan —",
    // "BOGOTÁ, 4 de marzo (EFE) -", Europa Press's day alone before the agency
    // ("MADRID, 28 (EUROPA PRESS) -"), and the outlet in the region's stead
    // ("SUKARAJA, KABARNUSA.com -", which `DatelineParsing` parts).
    static let dateline = TextPattern(
        "^(" + capitalsPlace + ")"
            + "(?:,\\s+" + dateOrDay + ")?"
            + "(?:\\s*\\(([^()]{2,40})\\))?"
            // A hyphen needs space on both sides ("NABU-Gruppe" is a word);
            // the Spanish ".-" and the long dashes need it only after.
            + "(\\s*\\.-|\\s+--|\\s+-|\\s*[–—―])\\s+",
        caseInsensitive: false)

    // A place in capitals, with its region: "HONG KONG", "KABUL, Afghanistan", "NEW DELHI, India".
    static let capitalsPlace = "\\p{Lu}[\\p{Lu}.'’\\-]*(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]*){0,3}"
        + "(?:,\\s+\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2}){0,2}?"

    // A press-release wire's dateline: the date with its year, the wire
    // between slashes or run against the dashes: "NEW YORK, March 4, 2025
    // /PRNewswire/ --", "SAN FRANCISCO--(BUSINESS WIRE)--", "TORONTO, March
    // 4, 2025 (GLOBE NEWSWIRE) --", "LONDON, March 4 /Reuters/ -", and a
    // wire between slashes closed by a full stop, as TASS prints itself
    // ("МОСКВА, 27 ноября. /ТАСС/."). Groups: the place, the date, the wire
    // in slashes, the wire in brackets.
    static let releaseDateline = TextPattern(
        "^(" + capitalsPlace + ")"
            + "(?:,\\s+" + date + "(?:,?\\s+\\d{4})?)?"
            + "\\s*(?:--\\s*)?(?:/([^/]{2,40})/|\\(([^()]{2,40})\\))"
            + "(?:\\s*(?:--|[-–—―])|(?<=/)\\.(?=\\s))\\s*",
        caseInsensitive: false)

    // (AGENCY) DASH PLACE[, Date] DASH, the agency first, as Italian wires (ANSA, AGI, Adnkronos)
    // print it: "(ANSA) – ROMA, 28 NOV –", "(AGI) - Roma, 28 nov. -". Groups: the agency, the
    // place (in capitals, or in ordinary case with its date), the date.
    static let agencyFirstDateline = TextPattern(
        "^\\(([^()]{2,20})\\)\\s*[-–—―]\\s*"
            + "(" + capitalsPlace + "|" + casedWord + "(?:(?:\\s+(?:" + placeParticles + ")){0,2}\\s+" + casedWord + "){0,2})"
            + "(?:,\\s+" + date + ")?"
            + "\\s*[-–—―]\\s+",
        caseInsensitive: false)

    // PLACE, Date DASH AGENCY., the agency after the dash and closed by a full stop, as RIA Novosti
    // prints it: "МОСКВА, 27 ноя — РИА Новости.". Groups: the place, the date, the agency (a known
    // news organization, which `DatelineParsing` checks).
    static let agencyAfterDashDateline = TextPattern(
        "^(" + capitalsPlace + "),\\s+" + date + "\\s*[-–—―]\\s*([^.,()]{2,40}?)\\.\\s+",
        caseInsensitive: false)

    // Place (Agency) DASH with the place in ordinary case, as European
    // wires print it: "Hamburg (dpa/lno) –", "Frankfurt/Main (dpa) -",
    // "São Paulo, 3 de marzo (EFE).-", "Ciudad de México, 4 mar (EFE).-",
    // "Rio de Janeiro (AFP) -", "Port-Lérac (AFP) –", "Madrid, 28 (Europa Press) -". The agency is
    // required: without it "Berlin – die Stadt …" may open a sentence.
    static let casedDateline = TextPattern(
        "^(" + casedWord + "(?:(?:\\s+(?:" + placeParticles + ")){0,2}[\\s/]+" + casedWord + "){0,3})"
            + "(?:,\\s+" + dateOrDay + ")?"
            + "\\s*\\(([^()]{2,40})\\)"
            + "(\\s*\\.-|\\s+--|\\s+-|\\s*[–—―])\\s+",
        caseInsensitive: false)

    // PLACE [, OUTLET] DASH with a short place in ordinary case and no agency, as Indonesian papers open a
    // story ("Jakarta - Presiden …", "Jakarta, CNN Indonesia -- …"): one to three capitalised words, a hyphen
    // or two with space around them. The outlet (group 2) counts only when it is a web address or the
    // site's own name (`DatelineParsing`).
    static let casedPlaceDash = TextPattern(
        "^(" + casedWord + "(?:\\s+" + casedWord + "){0,2})(?:,\\s+([^,()]{2,40}?))?\\s+--?\\s+",
        caseInsensitive: false)

    // PLACE[, Date] [(Agency)]: with a colon for the dash, as South Asian papers and wires print it:
    // "NEW DELHI:", "NEW DELHI (PTI):", "KARACHI, Nov 12 (APP):", and in ordinary case, plain or bold,
    // "Thiruvananthapuram:", "New Delhi, Nov 12 (IANS):". Groups: the place, the date, the agency.
    static let colonDateline = TextPattern(
        "^(" + capitalsPlace + "|" + casedWord + "(?:(?:\\s+(?:" + placeParticles + ")){0,2}\\s+" + casedWord + "){0,2})"
            + "(?:,\\s+" + date + ")?"
            + "(?:\\s*\\(([^()]{2,40})\\))?"
            + "\\s*:\\s+",
        caseInsensitive: false, requiring: [":"])

    // A name or label closed by a colon opening a paragraph: a speaker in an interview or a
    // transcript ("INSKEEP:", "STEVE INSKEEP, HOST:", "Jane Doe:", "Q:"). A story whose later
    // paragraphs open so has no colon dateline: its first "NAME:" is a speaker too.
    static let speakerLabel = TextPattern(
        "^\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}(?:,\\s+\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{L}[\\p{L}.'’\\-]*){0,3})?\\s*:\\s",
        caseInsensitive: false, requiring: [":"])

    // Words that open a labelled paragraph with a colon, never a place: English labels and those of
    // the languages morgue sees most ("Note:", "Editor's note:", "Update:", "Fact check:", "Hinweis:",
    // "Nota:", "Mise à jour:", "Uwaga:"), compared in capitals, besides `notPlaces`.
    static let colonLabels: Set<String> = [
        "NOTE", "NOTES", "UPDATES", "EDITOR", "EDITORS", "EDITORS'", "EDITORS’", "PICTURE", "PICTURES", "IMAGE",
        "IMAGES", "LISTEN", "RELATED", "SOURCE", "SOURCES", "CREDIT", "CREDITS", "CLARIFICATION", "DISCLAIMER",
        "DISCLOSURE", "CAUTION", "SPOILER", "SPOILERS", "TRANSCRIPT", "OVERVIEW", "INTRODUCTION", "INTRO",
        "CONCLUSION", "ABSTRACT", "OBJECTIVE", "PURPOSE", "METHOD", "METHODS", "RESULT", "RESULTS", "FINDINGS",
        "KEY", "QUICK", "FACT", "FACTS", "CLAIM", "VERDICT", "RATING", "BOTTOM", "BIG", "WHERE", "WHICH", "TIP",
        "TIPS", "STEP", "PART", "CHAPTER", "EPISODE", "DAY", "WEEK", "ROUND", "PHASE", "SEASON", "INGREDIENTS",
        "DIRECTIONS", "INSTRUCTIONS", "PRICE", "PROS", "CONS", "TLDR", "TL;DR", "PS", "P.S", "DEAR", "HI",
        "HELLO", "SUBJECT", "FROM", "DATE", "TIME", "VENUE", "TICKETS", "CONTACT", "EMAIL", "PHONE", "WEBSITE",
        "LINK", "LINKS", "FOLLOW", "SHARE", "TAGS", "TOPICS", "CATEGORY", "SECTION", "AUTHOR", "BY", "POSTED",
        "PUBLISHED", "FILED", "IMPORTANT", "REMINDER", "ATTENTION", "ANNOUNCEMENT", "HEADLINE", "HEADLINES",
        "LATEST", "BONUS", "EXTRA", "PROMOTED", "PARTNER", "PRESS", "STATEMENT", "EMBARGO", "EMBARGOED",
        "ADVISORY", "TRIGGER", "CONTENT", "TAKEAWAY", "TAKEAWAYS", "QUOTE", "SPEAKER", "HOST", "GUEST",
        "MODERATOR", "REPORTER", "ANCHOR", "NARRATOR", "DISCLOSURES", "EDITED", "WRITTEN",
        // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian, Indonesian.
        "ANMERKUNG", "QUELLE", "BILD", "LESEN", "TIPP", "MISE", "AVERTISSEMENT", "RAPPEL", "LIRE", "RÉPONSE",
        "RÉSUMÉ", "CONTEXTE", "NOTA", "ACTUALIZACIÓN", "AVISO", "ATENCIÓN", "FUENTE", "LEA", "LEE", "PREGUNTA",
        "RESPUESTA", "RESUMEN", "AGGIORNAMENTO", "AVVISO", "ATTENZIONE", "FONTE", "LEGGI", "DOMANDA", "RISPOSTA",
        "ATUALIZAÇÃO", "ATENÇÃO", "LEIA", "PERGUNTA", "RESPOSTA", "RESUMO", "LET", "LEES", "BRON", "VRAAG",
        "ANTWOORD", "UWAGA", "AKTUALIZACJA", "CZYTAJ", "ŹRÓDŁO", "PYTANIE", "ODPOWIEDŹ", "NOT", "GÜNCELLEME",
        "UYARI", "KAYNAK", "SORU", "CEVAP", "ВНИМАНИЕ", "ОБНОВЛЕНИЕ", "ЧИТАЙТЕ", "ИСТОЧНИК", "ВОПРОС", "ОТВЕТ",
        "CATATAN", "BACA", "SUMBER",
    ]

    /// Fewest words of story after a colon dateline: a label's short line ("Kabul: see map") is none.
    static let minWordsAfterColon = 6

    // A word of a place's name in ordinary case, its hyphenated parts capitalised or not
    // ("Hamburg", "Castrop-Rauxel", "Saint-Étienne", "Aix-en-Provence").
    static let casedWord = "\\p{Lu}[\\p{Ll}.'’\\-]+(?:\\p{Lu}[\\p{Ll}.'’\\-]+)*"

    // Place [DASH] (Agency) DASH in a script without capitals, as Arabic
    // papers print wire copy: "القاهرة - (رويترز) -", "دبي (وام) -". The
    // agency is required, as for a place in ordinary case. A word's marks are any of \p{M}: the
    // Devanagari vowel signs that take space (ि, ी, ो) are \p{Mc}.
    static let uncasedDateline = TextPattern(
        "^(\\p{Lo}[\\p{Lo}\\p{M}]*(?:\\s+\\p{Lo}[\\p{Lo}\\p{M}]*){0,2})"
            + "(?:\\s*[،,]\\s*(\\d{1,2}\\s+\\p{Lo}+))?"
            + "\\s*(?:[-–—]\\s*)?\\(([^()]{2,40})\\)"
            + "(\\s*\\.-|\\s+--|\\s+-|\\s*[–—―:])\\s+",
        caseInsensitive: false)

    // PLACE, CREDIT। and PLACE (AGENCY)।, the danda closing the dateline as Hindi papers print it:
    // "नई दिल्ली, एजेंसी।" (agency), "पटना, संवाददाता।" (correspondent), "मुंबई (भाषा)।". The credit
    // after the comma is one of `hindiCredits`. Groups: the place, the credit, the bracketed agency.
    static let hindiDateline = TextPattern(
        "^(\\p{Lo}[\\p{Lo}\\p{M}]*(?:\\s+\\p{Lo}[\\p{Lo}\\p{M}]*){0,2})"
            + "(?:\\s*,\\s*(" + hindiCredits.joined(separator: "|") + ")|\\s*\\(([^()]{2,40})\\))\\s*।\\s*",
        caseInsensitive: false, requiring: ["।"])

    // The credits a Hindi dateline prints after the place: "एजेंसी" (agency), "भाषा" (PTI's Hindi
    // service), "वार्ता" (UNI's Hindi service), "आईएएनएस" (IANS), and "संवाददाता" (the paper's own
    // correspondent, who is no agency).
    static let hindiCredits = ["एजेंसी", "भाषा", "वार्ता", "आईएएनएस", "संवाददाता"]
    static let hindiOwnCorrespondent = "संवाददाता"

    // Lower-case words inside a place's name: "Ciudad de México", "Rio de
    // Janeiro", "Frankfurt am Main", "Newcastle upon Tyne", "Boulogne sur Mer".
    static let placeParticles = "de|del|la|las|los|el|do|da|dos|das|di|du|des|le|les|sur|am|an|im|upon|on"

    // The date inside a dateline, month first ("Sept 16") or day first, as
    // Spanish, Portuguese, Italian and French wires print it ("4 mar",
    // "4 de marzo", "4 de março de 2025", "4 mars").
    static let date = "(" + dateForms + ")"
    static let dateForms = "(?i:" + monthNames + ")\\.?\\s+\\d{1,2}"
        + "|\\d{1,2}\\.?\\s+(?:de\\s+)?(?i:" + monthNames + ")\\.?(?:\\s+(?:de\\s+)?\\d{4})?"
    // `date`, or the day alone before the agency's bracket, as Europa Press prints it ("MADRID, 28
    // (EUROPA PRESS) -"): the month is the story's.
    static let dateOrDay = "(" + dateForms + "|\\d{1,2}(?=\\s*\\())"

    // Month abbreviations of Spanish, Portuguese, Italian and French wire
    // datelines (EFE, Europa Press, Lusa, ANSA, AFP), besides the names in
    // MonthNames: "ene", "ago", "dic" (Spanish), "fev", "set", "out", "dez"
    // (Portuguese), "gen", "mag", "giu", "lug", "ott" (Italian), "févr", "déc" (French), and the
    // Russian wires' three letters ("27 ноя": RIA Novosti, Interfax).
    static let wireMonthAbbreviations = [
        "ene", "abr", "ago", "dic", "fev", "set", "out", "dez", "gen", "mag", "giu", "lug", "ott", "févr", "fév",
        "janv", "juil", "déc", "sept",
        "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    ]
    static let monthNames = (Array(MonthNames.all.keys) + wireMonthAbbreviations)
        .sorted { $0.count > $1.count }.joined(separator: "|")

    // A Chinese wire dateline: AGENCY PLACE [year] month-day 电 ("dispatched"), as Xinhua and China News
    // Service print it: "新华社武汉1月23日电", "中新社北京2020年1月23日电".
    static let chineseWire = TextPattern(
        "^(新华社|中新社|中国新闻社|中新网)(\\p{Han}{2,8}?)((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)电\\s*",
        caseInsensitive: false)

    // A Taiwanese or Chinese wire's dateline in a full-width bracket opening the story: AGENCY 記者
    // NAMES PLACE DAY日電, as the Central News Agency prints it ("（中央社記者林怡君台北29日電）"),
    // the reporters parted by "、". Groups: the agency, the names run into the place, the day.
    static let chineseBracketWire = TextPattern(
        "^[（(]\\s*(\\p{Han}{2,6}?)(?:記者|记者)\\s*([\\p{Han}、]{4,40}?)(\\d{1,2}日)[電电]\\s*[）)]\\s*",
        caseInsensitive: false)
    /// Characters of a Chinese reporter's name run into the place, when the structured author does not say:
    /// most Chinese names are of three.
    static let chineseNameLength = 3

    // A Korean wire opener: (PLACE=AGENCY) [REPORTER 기자] =, as Yonhap, Newsis and News1
    // print it: "(서울=연합뉴스) 민서준 기자 =". The "=" stands for the dash.
    static let koreanWire = TextPattern(
        "^\\((\\p{Hangul}{1,10})=(\\p{Hangul}{1,10}|[A-Za-z][A-Za-z0-9]{1,11})\\)\\s*"
            + "(?:\\p{Hangul}{2,5}\\s*(?:선임기자|기자|특파원)\\s*)?=\\s*",
        caseInsensitive: false)

    // A Japanese paper's dateline in lenticular brackets opening the story: PLACE then a wire's name for
    // wire copy ("【ジュネーブ共同】", "【ワシントン時事】", the wire one of `CreditPatterns.scriptServices`),
    // PLACE＝NAME for the paper's own correspondent ("【北京＝山田太郎】": the place only) or for a wire
    // ("【ワシントン＝ロイター】"). Groups: the place, the wire run against it, the name after "＝".
    static let japaneseBracket = TextPattern(
        "^【\\s*([\\p{Han}\\p{Katakana}ー・]{1,12}?)(?:(" + CreditPatterns.scriptServices
            + ")|\\s*[＝=]\\s*([^【】＝=\\s]{1,16}))\\s*】\\s*",
        caseInsensitive: false)

    // A wire's name standing alone: the name after "＝" in `japaneseBracket` names an agency, not a reporter.
    static let scriptService = TextPattern("^(?:" + CreditPatterns.scriptServices + ")$", caseInsensitive: false)

    // A place set in bold and closed by a full stop, as German papers open a story ("<b>Schwerin.</b>
    // Die Landesregierung …", "Frankfurt/Main.", "Bad Pyrmont."): one to three capitalised words. Only
    // the bold type tells it from a one-word sentence ("Nein. Das …").
    static let boldPlace = TextPattern("^(\\p{Lu}[\\p{L}\\-]+(?:[ /]\\p{Lu}[\\p{L}\\-]+){0,2})\\.$",
                                       caseInsensitive: false)

    // Capitalised words that open sentences and headlines, never a place.
    static let notPlaces: Set<String> = [
        "I", "A", "AN", "IS", "ARE", "WAS", "WERE", "NOT", "NO", "YES", "WE", "YOU", "HE", "SHE", "IT", "THEY",
        "THIS", "THAT", "WHAT", "WHY", "HOW", "WHO", "WHEN", "BREAKING", "NEWS", "UPDATE", "UPDATED", "WATCH",
        "EXCLUSIVE", "OPINION", "ANALYSIS", "VIDEO", "PHOTOS", "LIVE", "NOTE", "EDITOR'S", "EDITOR’S",
        "CORRECTION", "AND", "OR", "BUT", "TO", "FOR", "IN", "ON", "AT", "NEVER", "ALWAYS", "READ", "MORE",
        "ALSO", "SEE", "PLUS", "JUST", "NOW", "HERE", "THERE", "WARNING", "ALERT", "REVIEW", "INTERVIEW",
        // Rubrics printed in capitals before a dash.
        "VIDÉO", "FOTO", "FOTOS", "PHOTO", "AUDIO", "PODCAST", "FAQ", "INFO", "TIPP", "EILMELDUNG", "ANZEIGE",
        "ADVERTISEMENT", "SPONSORED", "KOMMENTAR", "REPORTAGE", "MEINUNG", "GASTBEITRAG", "EXKLUSIV", "TICKER",
        "TOP",
        // Labels set in bold before a story's first sentence.
        "KORREKTUR", "HINWEIS", "ACHTUNG", "FAZIT", "FRAGE", "ANTWORT", "ANALYSE", "VORAB", "NACHTRAG",
        "AKTUALISIERUNG", "ZUSAMMENFASSUNG", "SUMMARY", "BACKGROUND", "HINTERGRUND", "QUESTION", "ANSWER",
    ]

    // Words that make a name in lower case an agency or press service:
    // "Hamburg (iwr-pressedienst) -", "Wien (apa-ots) –".
    static let agencyWords = ["press", "presse", "dienst", "news", "nachrichten", "agentur", "agency", "ots"]

    /// Fewest letters a place needs ("U.S." and "I" have too few).
    static let minPlaceLetters = 3
    /// Share of capitals in the text after the dash above which the
    /// paragraph is a shouted headline, not a story.
    static let maxCapitalShareAfterDash = 0.7
}
