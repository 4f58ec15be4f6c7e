import Foundation

/// Words and patterns of printed bylines: the "By" that opens them, the
/// job titles and credentials that follow a name, the words that mark an
/// organization, and the noise (dates, e-mail addresses, handles) that
/// pages print inside the byline element.
enum BylineVocabulary {
    // "By", in the languages of the corpus, with the longer forms pages use; on a video, audio or
    // podcast page, who made it ("Video by Jane Doe", "Video and text by …"; not "Photos by", which
    // credits pictures).
    static let leadingBy = TextPattern(
        "^(?:(?:written|reported|posted|story|words|text|reporting|additional reporting|video|audio|podcast|"
            + "video\\s+and\\s+text)\\s+by|text\\s+von|"
            + "(?:veröffentlicht|geschrieben|erstellt|verfasst)\\s+von|publié\\s+par|écrit\\s+par|(?:publicado|escrito)\\s+por|"
            + "a\\s+report\\s+by|(?:an?\\s+)?(?:article|story|post|analysis|commentary|column|essay|review)\\s+by|"
            + "(?:eine?\\s+)?(?:artikel|beitrag|analyse|kolumne|kommentar|reportage|rezension|glosse)\\s+von|"
            + "by|von|par|por|door|av|af|text|autor|autorin|author|authors|auteur|reporter|"
            // Russian and Ukrainian "author" and Hebrew "by".
            + "автор|מאת|"
            // "Writer" or "author" in Indonesian, Norwegian and Danish, Swedish, Vietnamese and Thai.
            + "penulis|forfatter|författare|tác\\s+giả|ผู้เขียน|"
            // Italian "di" and "a cura di" ("edited by"): "di" in lower case only, as "Di Maio" is a surname.
            + "a\\s+cura\\s+di|(?-i:di)|"
            // "Interview: Jane Doe" (who conducted it), with its colon only.
            + "interview(?=\\s*:)|"
            // Chinese and Japanese labels, with their colon.
            + "(?:" + cjkLabels.joined(separator: "|") + ")(?=\\s*[:：])|"
            // Arabic "wrote" (كتب, feminine كتبت), with its colon, and "by the pen of" (بقلم).
            + "(?:كتبت|كتب)(?=\\s*:)|بقلم)"
            + "(?:\\s*[:：\\-–—]\\s*|\\s+)")

    // "Posted on September 21, 2020 by Jane Doe", "Veröffentlicht am 3. März 2021 von …": a
    // publishing date printed before the "By"; the date goes, the "By" stays for `leadingBy`.
    static let datedLead = TextPattern(
        "^(?:posted|published|written|updated|veröffentlicht|erstellt|geschrieben|publié|publicado)\\s+"
            + "(?:on\\s+|am\\s+|le\\s+|el\\s+)?(?:" + printedDateForms + ")[,.]?\\s+(?=(?:by|von|par|por)\\s)",
        requiring: ["posted", "publi", "written", "updated", "ffentlicht", "erstellt", "geschrieben"], digits: 2)

    // Chinese and Japanese byline labels, printed with a colon: "作者：", "记者：", "责任编辑：" (on
    // Chinese portals the editor in charge is the one person credited).
    static let cjkLabels = ["作者", "记者", "記者", "撰文", "筆者", "责任编辑", "責任編輯", "编辑", "編輯"]

    // A Japanese paper's sign-off closing the story: reporters in one full-width bracket, each after the
    // desk that filed ("（社会部 山田太郎、白鷺支局 鈴木花子）"): a department (部), a local or regional bureau
    // (支局, 総局), or the word reporter (記者).
    static let deskSignOff = TextPattern("^[（(]([^（）()]{4,80})[）)]$", caseInsensitive: false)
    static let deskAndName = TextPattern(
        "^([^\\s、，,]{1,12}?(?:部|支局|総局|記者))[\\s　・]*([\\p{Han}\\p{Hiragana}\\p{Katakana}ー々]{2,8})$",
        caseInsensitive: false)

    // A rubric printed before a capitalised "Von"/"By": "Disko Von Ernst Lohoff". Case matters: the
    // particle in a name is lower case ("Ursula von der Leyen").
    // What a byline's end loses besides a name's separators: the marks themes print between the name,
    // the handle and the date ("Beatriz Lindqvist / 9:00 AM PST • November 12, 2025"), left behind
    // when the date goes. (At its start such marks stand before a list of tags as often as before names;
    // a closing bracket answers one in the byline: "Jane Doe (avec John Roe)".)
    static let trailingSeparators = NewsOrganizations.trimSet.union(CharacterSet(charactersIn: "/•·"))
        .subtracting(CharacterSet(charactersIn: ")]"))

    // A copyright notice ("Copyright Haufe-Lexware GmbH & Co. KG - all rights
    // reserved", "© 2022 Example Media") names an owner, not a writer (lower-cased prefixes).
    static let copyrightMarks = ["copyright", "©", "(c) "]

    static let rubricBeforeBy = TextPattern("^\\p{Lu}[\\p{L}-]+\\s+(?=(?:Von|By|Par|Por)\\s+\\p{Lu})", caseInsensitive: false)

    // Job titles: a segment made only of these words, with at least one
    // noun, is a role ("Senior White House Correspondent").
    static let roleNouns: Set<String> = [
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
        "contributor", "columnist", "journalist", "photographer", "producer", "critic", "analyst", "intern",
        "staff", "chief", "anchor", "host", "fellow", "researcher", "blogger", "redakteur", "redakteurin",
        "korrespondent", "korrespondentin", "journaliste", "rédacteur", "rédactrice", "correspondant",
        "correspondante", "envoyé", "envoyée", "redactor", "corresponsal", "contributors", "commentator",
        "chefredakteur", "chefredakteurin", "volontär", "volontärin", "reporterin", "fotograf", "fotografin",
        // Korean "reporter", printed after the name ("홍길동 기자").
        "기자",
    ]

    // The little words inside a job title ("Editor of the Year", "Letters to
    // the Editor"), which never open one printed after a name.
    static let titleJoiners: Set<String> = ["the", "our", "a", "for", "at", "to", "of", "in", "and"]

    // Chinese and Japanese job titles printed straight before a name, without a space
    // ("记者王敬照", "本报记者张三").
    static let cjkRolePrefixes = ["本报记者", "特约记者", "实习记者", "记者", "記者", "通讯员", "通訊員", "编辑", "編輯"]
    /// "Tom Reyes, Special to the Herald", "Especial para El Diario": a contributor's standing with
    /// the paper that prints the story, not an organization credited (English, Spanish and
    /// Portuguese newsroom usage for freelance and guest contributions).
    static let contributorStatusOpeners = ["special to ", "especial para ", "exclusivo para "]

    // Korean roles printed after the name ("민서준 기자"): reporter, correspondent, editorial
    // writer, the longer forms first so "선임기자" (senior reporter) is not cut to "선임".
    static let koreanRoleSuffixes = ["선임기자", "객원기자", "인턴기자", "기자", "특파원", "논설위원", "편집위원", "통신원"]
    static let roleModifiers: Set<String> = [
        "senior", "staff", "special", "contributing", "chief", "political", "national", "foreign",
        "international", "business", "technology", "tech", "science", "health", "sports", "managing",
        "executive", "associate", "assistant", "deputy", "white", "house", "washington", "investigative",
        "freelance", "guest", "local", "economics", "economy", "digital", "opinion", "features", "culture",
        "legal", "global", "europe", "asia", "bureau", "news", "data", "the", "our", "a", "for", "at", "to",
        "of", "in", "and", "spécial", "spéciale", "leitender", "leitende", "freier", "freie", "editorial",
        "environment", "climate", "education", "markets", "finance", "entertainment", "travel", "food",
    ]

    // Academic and professional credentials printed after a name.
    static let credentials: Set<String> = [
        "ma", "m.a.", "phd", "ph.d.", "ph.d", "md", "m.d.", "mph", "rn", "dvm", "mba", "msc", "bsc", "ba",
        "jd", "j.d.", "dr", "prof", "do", "facp", "lmft", "cpa",
    ]

    // Generational suffixes that belong to the name before them.
    static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    // Words that make a segment an organization or a desk rather than a
    // person ("WebMD Health News", "auto-motor.at Redaktion").
    static let organizationWords: Set<String> = [
        "news", "media", "press", "times", "post", "agency", "agentur", "magazine", "magazin", "journal",
        "herald", "tribune", "daily", "network", "group", "redaktion", "rédaction", "redacción", "redazione",
        "editorial", "desk", "wire", "service", "services", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "ag",
        "online", "tv", "radio", "television", "fernsehen", "foundation", "institute", "university",
        "newsroom", "team", "zeitung", "gazette", "review", "weekly", "report", "staff",
    ]

    // A newsroom credited on its own ("Redaktion", "Online-Redaktion"):
    // an organization, not a person. Also the Polish, Portuguese, Russian,
    // Turkish ("news centre") and Hebrew ("editorial board") newsrooms.
    static let newsroomWords: Set<String> = [
        "redaktion", "online-redaktion", "onlineredaktion", "newsroom", "rédaction", "redacción", "redazione",
        "redactie", "editorial team", "staff", "news desk", "newsdesk", "redakcja", "redação", "редакция",
        "haber merkezi", "מערכת",
    ]

    /// True when `name` is a newsroom word, however it is capitalised or accented ("REDACCIÓN", "Redaccion"),
    /// with or without its article ("La Rédaction", "Die Redaktion").
    static func isNewsroom(_ name: String) -> Bool {
        if newsroomWords.contains(name.lowercased()) { return true }
        var folded = TextComparison.fold(name)
        if let space = folded.firstIndex(of: " "), newsroomArticles.contains(String(folded[..<space])) {
            folded = String(folded[folded.index(after: space)...])
        }
        return foldedNewsroomWords.contains(folded)
    }

    private static let foldedNewsroomWords = Set(newsroomWords.map(TextComparison.fold))

    // A unit of the newsroom, as the last word of a name ("Digital Desk", "Metro Bureau", "Tim
    // Redaksi"): English, Hindi ("डेस्क" desk, "ब्यूरो" bureau, "टीम" team) and Indonesian
    // ("redaksi", the editorial office) usage.
    static let newsroomUnitWords: Set<String> = ["desk", "bureau", "team", "डेस्क", "ब्यूरो", "टीम", "redaksi"]
    // The same units written onto the name in scripts without spaces: Chinese "编辑部" / "編輯部"
    // (editorial department), Korean "뉴스팀" / "취재팀" (news, reporting team), Thai
    // "กองบรรณาธิการ" (editorial board).
    static let newsroomUnitEndings = ["编辑部", "編輯部", "뉴스팀", "취재팀", "กองบรรณาธิการ"]

    /// "डिजिटल डेस्क", "Digital Desk", "Tim Redaksi", "人民日报编辑部": a name ending in a unit of
    /// the newsroom names that desk, not a person.
    static func isNewsroomUnit(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        let lower = last.lowercased()
        if newsroomUnitWords.contains(lower) { return true }
        guard name.utf8.contains(where: { $0 >= 0xE0 }) else { return false }
        return newsroomUnitEndings.contains(where: { lower.hasSuffix($0) })
    }

    // Role nouns in the plural: a publication's name before them ("Meiwa staff writers") is its
    // desk, not one person's name.
    static let pluralRoleNouns: Set<String> = [
        "writers", "reporters", "correspondents", "editors", "contributors", "staffers", "journalists",
    ]

    // The legal forms a company's name ends with, printed after a comma ("Lumenfield Analytics,
    // Inc."): a segment that is only one of them completes the name before it, an organization.
    static let companySuffixes: Set<String> = [
        "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "plc", "gmbh", "s.a.", "co.",
    ]

    // Abbreviations whose full stop belongs to the word, kept when a byline ends with one
    // ("Lumenfield Analytics, Inc.", "John Doe Jr.").
    static let abbreviationsWithStop: Set<String> = ["inc", "ltd", "co", "corp", "jr", "sr"]

    // The articles a newsroom is printed with: English, French, German, Spanish, Italian, Dutch.
    private static let newsroomArticles: Set<String> = ["the", "la", "le", "die", "el", "il", "de", "het"]

    // Lower-case words that may stand inside a person's name.
    static let nameParticles: Set<String> = [
        "de", "da", "del", "della", "der", "den", "van", "von", "du", "la", "le", "di", "bin", "al", "el",
        "y", "zu", "dos", "das", "ter", "ten", "st.", "e", "ibn", "bint", "ben", "mac", "af", "op",
    ]

    // Capitalised words that never begin or form a person's name in a
    // byline: they mark page furniture or a sentence.
    static let notNameWords: Set<String> = [
        "the", "this", "that", "these", "photo", "photos", "image", "images", "getty", "share", "comment",
        "comments", "updated", "published", "posted", "read", "more", "follow", "email", "e-mail", "twitter",
        "facebook", "subscribe", "advertisement", "min", "minutes", "ago", "home", "menu", "search", "login",
        "sign", "video", "watch", "listen", "print", "story", "article", "news", "opinion", "analysis",
        "when", "what", "why", "how", "who", "where", "it", "is", "was", "are", "i", "we", "you", "he", "she",
        "they", "in", "on", "for", "with", "from", "as", "if", "but", "not", "all", "about", "contact",
        "staff", "editor", "editors", "reporter", "author", "autor", "admin", "administrator", "anonymous",
        "unknown", "guest", "team", "mehr", "weitere", "beiträge", "posts", "artikel", "von", "by", "und", "and", "name", "user", "veröffentlicht", "publiziert", "geschrieben", "erstellt",
        // Labels printed beside the byline ("Datum: 19.11.2021").
        "date", "datum", "fecha", "sponsored", "gesponsert", "gesponserte", "anzeige",
        // Weekdays, which pages print beside the byline.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]

    // The contact buttons a reporter's card prints after the name, left in the byline's text: the
    // Korean portals' "기자 이메일" (the reporter's e-mail, a mailto link) and "구독" (subscribe),
    // and an English theme's "Email" link. Only a run of them ending the byline goes.
    static let contactTail = TextPattern(
        "(?:\\s+(?:기자\\s*)?(?:이메일|구독|e-?mail))+\\s*$", requiring: ["mail", "이메일", "구독"])

    // Noise inside a byline element.
    static let email = TextPattern("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+")
    static let url = TextPattern("(?:https?://|www\\.)\\S+")
    static let handle = TextPattern("(?<![\\w@])@\\w+")
    // The section a byline line goes on to name: "auto-motor.at Redaktion in Rubrik: Hyundai > Tests".
    static let sectionTail = TextPattern(
        "\\s(?:in|im|en|dans)\\s+(?:rubrik|kategorie|category|categories|section|ressort|sección|rubrique)\\s*:.*$",
        requiring: ["rubri", "kategorie", "categor", "section", "ressort", "sección"])

    // A date stamp after the names, with its label, to the end: "Jane Doe | Updated: Nov 12, 2025", and after
    // a slash, as Times Internet's sites print it: "Ananya Rao & Vikram Sehgal / Updated: Nov 12, 2025, 14:05 IST".
    static let updatedTail = TextPattern(
        "(?:^|\\s*/\\s*|[\\s|,·•(])(?:last\\s+)?(?:updated|published|posted|modified|aktualisiert|veröffentlicht|"
            + "erstellt|stand|mis à jour|publié|le)\\b[:\\s]*(?:on\\s+|am\\s+)?"
            + "(?=[^a-z]*(?:\\d|" + MonthNames.alternation + "|mon|tue|wed|thu|fri|sat|sun|yesterday|today|gestern|heute))[^|]*$",
        // Every match holds one of the label words (or its ASCII part: "veröffentlicht", "mis à jour").
        requiring: ["updated", "publi", "posted", "modified", "aktualisiert", "ffentlicht", "erstellt", "stand", "jour", "le"])
    static let printedDate = TextPattern(
        "(?:\\b(?:" + weekdays + ")\\b\\.?,?\\s+)?(?:" + printedDateForms + ")\\d*"
            + "(?:,?\\s*(?:at|um|à|-)?\\s*\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?m\\.?|uhr|h)?\\s*(?:\\(?[a-z]{2,4}\\b\\)?)?)?")
    // The date forms printed in bylines: "March 3, 2021", "3. März 2021", "03.03.2021", "2021-03-03".
    static let printedDateForms = "(?:" + MonthNames.alternation + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
        + "|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:" + MonthNames.alternation + ")\\.?,?\\s+\\d{4}"
        + "|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
    // Weekday names and abbreviations printed before a date.
    static let weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|"
        + "fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|"
        + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    // A time of day printed in bylines and date rows: "14:30", "3:42 p.m.", "3 AM", with a zone ("PT", "(EST)").
    static let clockTime = TextPattern(
        "\\b(?:\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?|uhr)?|\\d{1,2}\\s*[ap]\\.?m\\.?(?![\\p{L}]))(?:\\s*\\([A-Z]{2,4}\\)|\\s+[A-Z]{2,4}\\b)?")
    // A preposition left dangling once a date is gone: "Jane Doe am", "Jane Doe on".
    static let danglingWord = TextPattern("\\s(?:" + danglingWords.sorted().joined(separator: "|") + ")\\s*[,.|·•]?\\s*$")
    static let danglingWords: Set<String> = ["am", "on", "at", "le", "el", "il", "um", "vom", "den", "du", "del", "from"]
    static let relativeTime = TextPattern("\\b\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b")

    // Separators between authors and between a name and its organization
    // (a spaced dash too: "Kiran C Nair - Chrome Safe Browsing team"), with
    // "and" in the languages of the corpus (Dutch "en", Polish "i", Turkish
    // "ve", Vietnamese "và", Russian "и").
    // In Arabic the comma is "،" and "and" is a "و" written onto the next name ("كريم الشاذلي ومنى عبد
    // الحليم"), except where the name itself begins with that letter (`arabicNamesWithWaw`); in Hebrew
    // it is a "ו" written onto the next name in the same way ("נועה ברגר ואלון שמעוני").
    // What joins the names of one structured author value that credits several people
    // ("Tobias Wendland und Sabine Kröger", "Anna Ruiz, Tom Kerr and Eva Lang"): commas and the
    // words for "and" (English, German, French, Spanish, Italian and Portuguese, Vietnamese "và"), and "&".
    static let nameListJoints = TextPattern("\\s*,\\s*|\\s+(?:and|und|et|y|e|và|&)\\s+")

    // The words that join two people's names and never stand inside one person's name: English,
    // German and French "and", and "&". (Spanish "y" and Portuguese "e" are also particles of
    // names: "José Ortega y Gasset".) A structured "person" holding one is several people or a firm.
    static let personJoiningWords: Set<String> = ["and", "&", "und", "et"]

    // Words for "and" that open an author item printed as an element of its own ("<span>and Yusuf
    // Karimi</span>"), which carries its separator: English, German, French, Spanish, Portuguese and
    // Italian, Polish and Croatian, and "&".
    static let itemJoiningWords: Set<String> = ["and", "&", "und", "et", "y", "e", "i"]

    static let separators = TextPattern(
        "\\s*(?:[,;|·•()\\[\\]،]|\\s/\\s|\\s[-–—]\\s|\\s(?:and|und|et|e|y|en|i|ve|và|и|&|avec|with|mit|with additional reporting by|و|ו)\\s|"
            + "\\s(?!(?:" + arabicNamesWithWaw.joined(separator: "|") + ")(?:\\s|[،,]|$))و(?=\\p{Arabic}{2})|"
            + "\\s(?!(?:" + hebrewNamesWithVav.joined(separator: "|") + ")(?:\\s|,|$))ו(?=\\p{Hebrew}{2}))\\s*")

    // Hebrew given names that begin with "ו", which no "and" is taken from: Vered, Victor, Vladimir, …
    static let hebrewNamesWithVav = [
        "ורד", "ורדה", "ויקטור", "ויקטוריה", "ולדימיר", "וולף", "ויטלי", "ולרי", "ולריה", "ויליאם", "ונסה", "וילנסקי",
    ]

    // Arabic given names that begin with "و", which no "and" is taken from: Walid, Wael, Wafaa, Wisam, …
    static let arabicNamesWithWaw = [
        "وليد", "وائل", "وفاء", "وسام", "وحيد", "وحيدة", "وجدي", "وداد", "وعد", "ولاء", "وهبة", "وديع", "وصفي",
        "وجيه", "وردة", "ورد", "وسيم", "وضاح", "وهيب", "وفيق", "ولي", "وئام", "وليم", "وديعة", "وصال", "وفيقة",
    ]
}
