/// Whole short blocks that are page furniture, not story.
///
/// A block is compared after lower-casing, collapsing white space and
/// trimming surrounding punctuation and arrows ("Read more »" → "read more").
/// Phrases match whole blocks or (for `prefixes`/`frames`) blocks of at most
/// `maxWords` words: never a substring inside a story sentence.
enum BoilerplatePhrases {
    /// Blocks longer than this are never boilerplate by phrase.
    static let maxWords = 14

    enum Group: String, Sendable {
        case callToAction = "call-to-action"
        case adLabel = "ad-label"
        case commentPrompt = "comment-prompt"
        case signUp = "sign-up"
        case socialPrompt = "social-prompt"
        case endMark = "end-mark"
        case navigation = "navigation"
        case credit = "credit"
        case postMeta = "post-meta"
        case feedback = "feedback"
        case disclaimer = "disclaimer"
        case supportAppeal = "support-appeal"
    }

    static let exact: [String: Group] = {
        var table: [String: Group] = [:]
        func add(_ group: Group, _ phrases: [String]) { for p in phrases { table[p] = group } }
        // Calls to action between or after story blocks ("Continue Reading", "READ MORE").
        add(.callToAction, ["continue reading", "read more", "read more here", "read the full story", "read full story",
                            "read full article", "read the full article", "click here", "learn more", "see more",
                            "show more", "load more", "view more", "more", "more stories", "more news", "related",
                            "related stories", "related articles", "related posts", "related content",
                            "you may also like", "you might also like", "recommended", "recommended for you",
                            "most popular", "most read", "trending", "trending now", "top stories", "read next",
                            "up next", "weiterlesen", "mehr zum thema", "lire la suite", "leer más", "ver más",
                            "continue reading the main story", "story continues below", "article continues below",
                            "read article", "read the article", "read story", "read now"])
        // Advertising labels and the notes that stand in for ads.
        add(.adLabel, ["advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content", "sponsored post",
                       "paid content", "paid post", "promoted", "promoted content", "anzeige", "werbung", "publicité",
                       "publicidad", "reklama", "pubblicità", "sponsorizzato", "contenuto sponsorizzato",
                       "publicidade", "реклама", "advertentie", "reklam", "פרסומת",
                       "story continues below advertisement",
                       "article continues below advertisement", "continue reading below",
                       "advertisement · scroll to continue", "advertisement - scroll to continue",
                       "scroll to continue with content", "advertise with us", "fbpx"])
        // A photo gallery's interstitial ad slide and its end card (Brightspot and other CMS galleries).
        add(.adLabel, ["gallery continues after this ad", "gallery continues after ad", "slideshow continues after this ad",
                       "gallery continues below"])
        add(.callToAction, ["replay gallery", "more galleries", "more photo galleries"])
        // Comment sections and their prompts (WordPress comment forms and the like).
        add(.commentPrompt, ["click to comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
                             "comments", "comment", "no comments", "show comments", "view comments",
                             "join the conversation", "join the discussion", "be the first to comment",
                             "your email address will not be published", "required fields are marked",
                             "your email address will not be published. required fields are marked",
                             "cancel reply", "post comment", "kommentare", "kommentar schreiben"])
        // Newsletter sign-up boxes.
        add(.signUp, ["sign up", "subscribe", "subscribe now", "subscribe today", "sign up now", "newsletter",
                      "indicates required", "get the newsletter", "free newsletter", "join our newsletter",
                      "jetzt abonnieren", "newsletter abonnieren"])
        // Related-story headings in Chinese, Japanese and Korean, left alone when their links went.
        add(.callToAction, ["相关新闻", "相关阅读", "相关文章", "相關新聞", "関連記事", "관련 기사", "관련기사", "많이 본 뉴스"])
        // "Further reading" and "recommended reading" in simplified and traditional Chinese, "related reading"
        // and "related articles" in traditional Chinese.
        add(.callToAction, ["延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相關閱讀", "相關文章"])
        // Social prompts and share bars.
        add(.socialPrompt, ["share", "share this", "share this article", "share this story", "share this post",
                            "share on facebook", "share on twitter", "tweet", "email", "print", "pin it", "whatsapp",
                            "facebook", "twitter", "linkedin", "follow us", "connect with us", "teilen", "partager",
                            "compartir"])
        // Rating, reaction and print widgets, and bare labels of contact boxes.
        add(.feedback, ["war der artikel nützlich", "war dieser artikel hilfreich", "gefällt mir", "noch keine bewertungen",
                        "keine bewertungen", "bewerten", "artikel bewerten", "keine kommentare", "quellen ausblenden",
                        "quellen anzeigen", "we want to hear what you think about this article", "was this article helpful",
                        "did you find this article helpful", "rate this article", "drukuj", "imprimir", "stampa",
                        "kontakt", "contact", "telefon", "von", "last modified", "zuletzt geändert"])
        // Wire-copy end marks.
        add(.endMark, ["###", "# # #", "-30-", "- 30 -", "-end-", "(end)", "end", "ends", "-0-"])
        // German, French, Spanish and Italian calls to action and prompts around the story.
        add(.callToAction, ["mehr dazu", "mehr lesen", "zum artikel", "zum shop", "jetzt lesen", "hier lesen",
                            "alle artikel", "weitere artikel", "weitere meldungen", "aktuelle meldungen",
                            "zur startseite", "lire aussi", "à lire aussi", "voir aussi", "leer también",
                            "lee también", "leggi anche", "continua a leggere"])
        add(.socialPrompt, ["artikel teilen", "seite teilen", "beitrag teilen", "teilen sie dies mit", "pinnen",
                            "merken", "drucken", "artikel drucken", "seite drucken", "rezept drucken",
                            "per e-mail versenden", "gefällt mir", "gefällt mir wird geladen", "like this",
                            "like this:", "like loading", "share this:", "imprimer", "imprimir", "condividi"])
        add(.commentPrompt, ["kommentieren", "jetzt kommentieren", "kommentar verfassen", "schreibe einen kommentar",
                             "antworten", "antwort hinterlassen", "reply", "commenter", "commentaires",
                             "comentarios", "commenti", "noch keine kommentare", "sei der erste dem dies gefällt"])
        add(.feedback, ["war der artikel nützlich", "war dieser artikel hilfreich", "war dieser beitrag hilfreich",
                        "hat ihnen der artikel gefallen", "möchten sie den artikel teilen", "was this article helpful",
                        "was this helpful", "did you find this article helpful", "noch keine bewertungen",
                        "bewerten sie diesen artikel", "artikel bewerten"])
        // A publication label left alone when its date went to its own block ("Publicado:" / "Miércoles, 4 de mayo"),
        // and a government release's "From:" label above its issuing department.
        add(.postMeta, ["publicado", "published", "posted", "veröffentlicht", "publié", "publié le",
                        "gepostet von", "posted by", "veröffentlicht von", "from"])
        // A blog platform's post header naming the publication the post appeared in, its label left alone when
        // the publication's name went to a block of its own ("Published in" / "The Municipal").
        add(.postMeta, ["published in"])
        // A press release's embargo line, set above its first paragraph.
        add(.postMeta, ["for immediate release", "immediate release", "for release", "press release", "news release",
                        "pressemitteilung", "communiqué de presse", "comunicado de prensa", "comunicato stampa"])
        // A government page's feedback box.
        add(.feedback, ["is this page useful", "is this page useful? yes no", "was this page helpful",
                        "report a problem with this page"])
        // A tag box's label left alone when its tag links were dropped ("Etiquetas", "Mots-clés").
        add(.postMeta, ["tags", "tag", "etiquetas", "mots-clés", "mots clés", "étiquettes", "schlagwörter",
                        "stichwörter", "tagi", "parole chiave", "archivado en"])
        // A "read also" label left alone when the links under it were dropped ("LEIA TAMBÉM:").
        add(.callToAction, readAlsoPrefixes)
        // A live blog's table of contents heading left alone when its list of entry links was dropped.
        add(.navigation, ["key events", "key updates", "wichtigste ereignisse", "les moments clés", "momentos clave"])
        // Navigation remnants.
        add(.navigation, ["back to top", "skip to content", "skip to main content", "previous article", "next article",
                          "previous post", "next post", "zurück", "nach oben", "top"])
        return table
    }()

    /// A pager's label, left alone when the page links after it were dropped ("Halaman: 1 2 Selanjutnya",
    /// "Page: 1 2 Next"), in English, Indonesian, German, Spanish, Portuguese, Italian, French, Polish,
    /// Turkish, Vietnamese, Thai, Ukrainian, Russian and the Nordic languages. Compared like `exact` phrases.
    static let pagerLabels: Set<String> = [
        "page", "pages", "halaman", "seite", "seiten", "página", "páginas", "pagina", "pagine", "strona", "strony",
        "sayfa", "trang", "หน้า", "сторінка", "сторінки", "страница", "страницы", "side", "sida",
    ]

    /// Whether a block is a pager's label.
    static func isPagerLabel(_ text: PhraseText) -> Bool {
        guard let key = text.key, hasAtMostWords(key, 1) else { return false }
        return pagerLabels.contains(key)
    }

    /// Short blocks that begin with these words are furniture.
    static let prefixes: [(String, Group)] = [
        // A newsletter platform's subscribe box heading ("Discover more from Tidewrack", WordPress.com/Jetpack).
        ("discover more from", .signUp),
        // Picture credits and captions that are not marked up as such.
        ("foto:", .credit), ("fotos:", .credit), ("bild:", .credit), ("bilder:", .credit), ("titelbild:", .credit),
        ("bildquelle:", .credit), ("quelle bild:", .credit), ("abbildung:", .credit), ("grafik:", .credit),
        ("photo:", .credit), ("photos:", .credit), ("photo by", .credit), ("photograph by", .credit),
        // A video page's credit line under the player ("Video by Noor Haddad and Elliot Brandt").
        ("video by", .credit),
        ("photograph:", .credit), ("image:", .credit), ("image by", .credit), ("image via", .credit),
        ("credit:", .credit), ("credits:", .credit), ("crédit photo", .credit), ("crédits photo", .credit),
        ("crédit :", .credit), ("bild via", .credit), ("foto via", .credit), ("header image", .credit),
        ("featured image", .credit), ("beitragsbild", .credit),
        // Post metadata lines: filing, tags, publication stamps.
        ("tags:", .postMeta), ("tagged:", .postMeta), ("tagged with", .postMeta), ("schlagwörter:", .postMeta),
        ("schlagworte:", .postMeta), ("themen:", .postMeta), ("stichwörter:", .postMeta), ("kategorie:", .postMeta),
        ("kategorien:", .postMeta), ("categories:", .postMeta), ("category:", .postMeta),
        ("filed under", .postMeta), ("posted in", .postMeta), ("abgelegt unter", .postMeta),
        ("veröffentlicht unter", .postMeta), ("this entry was posted", .postMeta), ("dieser eintrag wurde", .postMeta),
        ("der beitrag wurde am", .postMeta), ("dieser beitrag wurde", .postMeta), ("dieser text wurde", .postMeta),
        ("erstellt am", .postMeta), ("aktualisiert:", .postMeta), ("aktualisiert am", .postMeta),
        ("zuletzt aktualisiert", .postMeta), ("last updated", .postMeta), ("updated:", .postMeta),
        ("ultima modifica", .postMeta), ("mis à jour", .postMeta), ("publié le", .postMeta),
        ("quelle:", .credit), ("text:", .credit), ("text und foto:", .credit), ("text & foto:", .credit),
        // Disclaimers under service texts.
        ("alle angaben ohne gewähr", .disclaimer), ("angaben ohne gewähr", .disclaimer),
        ("all information without guarantee", .disclaimer),
        ("if you enjoyed", .feedback), ("suscríbete", .signUp), ("abonnez-vous", .signUp), ("abonniere", .signUp),
        ("dowiedz się więcej", .callToAction), ("czytasz właśnie", .callToAction), ("hat dir der artikel gefallen", .feedback),
        ("hat ihnen dieser artikel gefallen", .feedback),
        ("sie müssen sich einloggen", .commentPrompt), ("sie müssen angemeldet sein", .commentPrompt),
        ("du musst angemeldet sein", .commentPrompt), ("you must be logged in", .commentPrompt),
        ("read more:", .callToAction), ("read more about", .callToAction), ("related:", .callToAction),
        ("see also:", .callToAction), ("also read:", .callToAction), ("more on this", .callToAction),
        ("sign up for", .signUp), ("sign up to", .signUp), ("subscribe to", .signUp), ("get our", .signUp),
        ("get the latest", .signUp), ("newsletter:", .signUp),
        ("advertise on", .adLabel), ("advertise with", .adLabel),
        ("share on", .socialPrompt), ("follow us on", .socialPrompt), ("share this", .socialPrompt),
        ("click to share", .socialPrompt), ("click to email", .socialPrompt), ("click to print", .socialPrompt),
        ("you must be logged in to post a comment", .commentPrompt), ("log in to comment", .commentPrompt),
        ("kommentare insgesamt", .commentPrompt),
        // Reading-time and view-count stamps of blog and magazine themes ("Lesezeit: 2 Minuten", "Views: 184").
        ("lesezeit:", .postMeta), ("lesedauer:", .postMeta), ("reading time:", .postMeta),
        ("estimated reading time", .postMeta), ("temps de lecture", .postMeta), ("tiempo de lectura", .postMeta),
        ("tempo di lettura", .postMeta), ("czas czytania", .postMeta), ("views:", .postMeta), ("aufrufe:", .postMeta),
        // A theme's notice to readers of old browsers.
        ("dein browser ist leider veraltet", .disclaimer), ("ihr browser ist veraltet", .disclaimer),
        ("your browser is out of date", .disclaimer), ("you are using an outdated browser", .disclaimer),
        // Review notes of health and fact-checked pages ("Reviewed by Jane Doe, MD", "Geprüft von Dr. med. …").
        ("reviewed by", .postMeta), ("medically reviewed", .postMeta), ("fact checked by", .postMeta),
        ("fact-checked by", .postMeta), ("geprüft von", .postMeta), ("medizinisch geprüft", .postMeta),
        ("fachlich geprüft", .postMeta),
        // Rating widgets print their tally after the question ("War der Artikel nützlich? (95 Stimmen: 4,73 von 5)").
        ("war der artikel nützlich", .feedback), ("war dieser artikel hilfreich", .feedback),
        ("was this article helpful", .feedback), ("was this helpful", .feedback),
        ("did you find this article helpful", .feedback), ("rate this article", .feedback),
        ("gefällt mir lade", .socialPrompt),
        ("never miss", .signUp),
        // Widgets' states and buttons printed into the text: "(Noch keine Bewertungen) Loading…",
        // an enlarge button before a picture's caption, an affiliate shop's update stamp.
        ("noch keine bewertungen", .feedback), ("vergrößern ", .credit), ("letzte aktualisierung am", .postMeta),
        // A section's own promotion after the story ("Veja mais notícias da região no g1 …").
        ("veja mais notícias", .callToAction), ("vídeos: mais assistidos", .callToAction),
        // Brazilian portals' share bar ("Compartilhe: WhatsApp Facebook X E-mail") and their video box's
        // heading ("VÍDEOS: tudo sobre São Paulo"); a Polish portal's pointer to its front page ("Więcej
        // informacji z kraju i ze świata znajdziesz na stronie głównej …").
        ("compartilhe", .socialPrompt), ("compartilhar", .socialPrompt), ("vídeos:", .callToAction),
        ("więcej informacji z kraju", .callToAction), ("więcej informacji znajdziesz", .callToAction),
        // Spanish comment boxes closed to readers without an account ("Para comentar, inicia sesión o suscríbete").
        ("para comentar", .commentPrompt), ("inicia sesión para comentar", .commentPrompt),
        ("suscríbete para comentar", .commentPrompt),
    ]

    /// Picture labels that open a caption left in the story, however long the caption runs
    /// ("Abbildung: Vergleich auf dem Aletschgletscher. Unsere …"); matched up to `maxNoteWords`.
    static let pictureLabels = ["foto:", "fotos:", "bild:", "bilder:", "abbildung:", "abb.:", "grafik:", "photo:",
                                "photos:", "image:", "bildunterschrift:"] + leadPictureLabels

    /// The lead picture's caption printed at the end of a feature ("Header image: … — Photo by author"):
    /// `LeadImageCaption` files it as that picture's caption.
    static let leadPictureLabels = ["header image:", "cover image:", "featured image:", "lead image:", "top image:",
                                    "top photo:", "cover photo:", "header photo:"]

    /// Whether a block is a picture's caption opened by its label.
    static func isLabelledCaption(_ text: PhraseText) -> Bool {
        guard let key = text.key, hasAtMostWords(key, maxNoteWords) else { return false }
        return pictureLabels.contains { startsWith(key, $0) }
    }

    /// A picture's caption left in the story with its credit: a block of at
    /// most twice `maxWords` words whose last part, after " | ", is a picture
    /// credit ("Declan Rice after the win. | Foto: Reuters"), or that ends
    /// its last sentence with a short "© …" ("… on DA42 aircraft. © CAE").
    static func isCreditedCaption(_ text: PhraseText) -> Bool {
        guard let key = text.key, hasAtMostWords(key, maxWords * 2) else { return false }
        // The part after the last " | ", found on the bytes (most blocks hold no bar at all).
        let bytes = Array(key.utf8)
        if let bar = ByteSearch.lastIndex(of: barBytes, in: bytes) {
            return match(String(decoding: bytes[(bar + barBytes.count)...], as: UTF8.self)) == .credit
        }
        // "… auf DA42 ausbilden. © CAE": a short copyright credit after the caption's last sentence.
        if let sign = ByteSearch.lastIndex(of: copyrightBytes, in: bytes), sign > 0, bytes[sign - 1] == UInt8(ascii: ".") {
            let credit = String(decoding: bytes[(sign + copyrightBytes.count)...], as: UTF8.self)
            return hasAtMostWords(credit, maxCopyrightCreditWords)
        }
        return false
    }

    private static let barBytes = Array(" | ".utf8)
    private static let copyrightBytes = Array(" © ".utf8)

    /// Most words of a "© …" credit ending a caption.
    static let maxCopyrightCreditWords = 4

    /// Sign-up boxes written as a sentence ("Never miss the latest news by
    /// signing up to our newsletter today!", "Lass dir die besten Storys in
    /// deinen Posteingang liefern. Melde dich an"): a block of at most
    /// `maxSignUpWords` words naming both a mailing (newsletter, inbox) and a
    /// sign-up verb, in English, German, French, Spanish or Italian. The
    /// fragments are looked for in the block's lower-cased key.
    static let mailingWords = ["newsletter", "inbox", "posteingang", "postfach", "boîte mail", "boite mail", "bandeja de entrada"]
    static let signUpVerbs = [
        "sign up", "signing up", "subscribe", "register", "get it", "delivered", "melde dich", "melden sie sich",
        "anmelden", "abonnier", "bestellen", "liefern", "inscri", "suscr", "iscriviti",
    ]
    static let maxSignUpWords = 30
    private static let mailingNeedles = NeedleSet(mailingWords)
    private static let signUpNeedles = NeedleSet(signUpVerbs)

    /// Whether a block is a newsletter sign-up box written as a sentence.
    static func isSignUpBox(_ text: PhraseText) -> Bool {
        guard let key = text.key, hasAtMostWords(key, maxSignUpWords) else { return false }
        if key.utf8.first == UInt8(ascii: "t"), readerThanks.contains(where: { startsWith(key, $0) }) {
            return subscribeNeedles.occurs(in: key)
        }
        return mailingNeedles.occurs(in: key) && signUpNeedles.occurs(in: key)
    }

    /// A newsletter's thanks to its reader that asks for a subscription, as newsletter platforms print it in
    /// the post ("Thanks for reading Low Tide Ledger! Subscribe for free to receive new posts and support my
    /// work."): the thanks opening the block, and a call to subscribe in it.
    static let readerThanks = ["thanks for reading", "thank you for reading"]
    private static let subscribeNeedles = NeedleSet(["subscribe", "sign up", "signing up"])

    // MARK: Appeals and disclosures

    /// Appeals for the publisher's upkeep, set after or inside a story ("If
    /// you enjoyed reading this post – would you consider supporting our
    /// work?", "Hilf mit und unterstütze unser Magazin", "Wesprzyj nas
    /// darowizną"). Each entry asks the reader to support the publisher
    /// itself (the first person plural, in the imperative where the language
    /// has one), so a story quoting someone who asks for support is not one.
    static let supportAppeals = [
        // English
        "support our work", "supporting our work", "support our journalism", "supporting our journalism",
        "support independent journalism", "consider supporting us", "help us continue", "please support us",
        "support public radio", "support local journalism", "support independent local reporting",
        // German (imperatives only: "… unterstützt unsere Arbeit" is a story's sentence)
        "unterstütze uns", "unterstützen sie uns", "unterstütze unser", "unterstützen sie unser",
        "freuen wir uns über jede spende", "freuen uns über jede spende",
        // French, Spanish, Italian, Polish
        "soutenez-nous", "soutenez notre", "apóyanos", "apoya nuestro periodismo", "sostienici", "sostieni il nostro",
        "wesprzyj nas",
    ]
    private static let supportAppealNeedles = NeedleSet(supportAppeals)

    /// A newsroom's call for readers' tips under the story ("Got a news tip? Email …", "Tip de
    /// redactie: Heb je een tip of zie je een fout?", "Masz informacje w tej sprawie? Napisz do nas").
    static let tipAppeals = [
        "got a news tip", "have a news tip", "do you have a news tip", "send us a tip", "tip de redactie",
        "heb je een tip", "masz informacje w tej sprawie", "haben sie einen hinweis für die redaktion",
        "¿tienes información sobre", "você tem alguma informação",
    ]
    private static let tipAppealNeedles = NeedleSet(tipAppeals)

    /// A newsroom's shorter call for tips opening a block, with the way to reach it ("Have a tip? Contact
    /// the data team at data@example.com", "Got a tip? Call 555-0100"): the question, then an address, a
    /// telephone number or a contact verb.
    static let tipQuestions = ["have a tip?", "got a tip?", "have a story tip?", "got a story tip?",
                               "do you have a tip?", "have a news tip?"]
    static let tipContactWords = ["contact", "email", "e-mail", "write to", "call ", "text ", "reach "]
    private static let tipContactNeedles = NeedleSet(tipContactWords)

    /// Whether a block is a tip appeal opened by its question.
    static func isTipQuestion(_ phrase: PhraseText) -> Bool {
        guard let key = phrase.key, key.utf8.first == UInt8(ascii: "h") || key.utf8.first == UInt8(ascii: "g")
            || key.utf8.first == UInt8(ascii: "d"), tipQuestions.contains(where: { startsWith(key, $0) }) else { return false }
        return phrase.text.contains("@") || ByteSearch.digitCount(phrase.text, upTo: 7) >= 7 || tipContactNeedles.occurs(in: key)
    }

    /// A nonprofit funder's disclosure under the story, as wire services and foundation-funded newsrooms
    /// print it ("… coverage receives financial support from multiple private foundations. AP is solely
    /// responsible for all content. Find AP's standards for working with philanthropies …").
    static let fundingDisclosures = [
        "solely responsible for all content", "standards for working with philanthropies",
        "coverage receives financial support from", "coverage receives support from",
    ]
    private static let fundingDisclosureNeedles = NeedleSet(fundingDisclosures)

    /// A broadcaster's or portal's invitation to follow it for the news, set between or after story paragraphs
    /// without naming a network ("Keep up with all the latest news from the UK and around the world by
    /// following …"): the opening, and "follow" later in the block.
    static let followPromos = ["keep up with all the latest news", "keep up with the latest news",
                               "stay up to date with the latest news", "stay up to date with all the latest news"]
    private static let followNeedles = NeedleSet(["follow"])

    /// The key that reports a typo to the newsroom, which a notice under or
    /// inside the story names in any language ("Помітили помилку? Виділіть її
    /// та натисніть Ctrl+Enter", "Found a mistake? Select it and press Ctrl+Enter").
    static let errorReportKeys = ["ctrl+enter", "ctrl + enter"]
    private static let errorReportNeedles = NeedleSet(errorReportKeys)

    /// Affiliate-link disclosures ("This post may contain affiliate links.
    /// If you purchase…", "Bei den Verlinkungen handelt es sich um Affiliate
    /// Links", "As an Amazon Associate I earn from qualifying purchases").
    static let affiliateDisclosures = [
        "affiliate link", "affiliate-link", "affiliatelink", "amazon associate", "als amazon-partner",
        "qualifying purchases", "qualifizierten verkäufen", "enlaces de afiliado", "liens affiliés",
    ]
    private static let affiliateNeedles = NeedleSet(affiliateDisclosures)

    /// Disclaimers of the publisher's responsibility for what contributors
    /// write ("NOW Grenada is not responsible for the opinions …", "The views
    /// expressed here are the author's own", "Namentlich gekennzeichnete
    /// Beiträge geben die Meinung des Autors wieder").
    static let opinionDisclaimers = [
        "not responsible for the opinions", "views expressed in this", "views expressed here", "views expressed are",
        "opinions expressed in this", "opinions expressed here", "opinions expressed are",
        "do not necessarily reflect the views", "do not necessarily reflect the opinion",
        "die meinung des autors wieder", "die meinung der autorin wieder", "die meinung der autoren wieder",
        "nicht unbedingt die meinung", "nicht zwingend die meinung", "n'engagent que leurs auteurs",
        "n'engage que son auteur", "no se hace responsable de las opiniones",
        // A broadcaster's note on its transcripts ("Transcripts are produced on a rush deadline …").
        "transcripts are produced on a rush deadline", "this is a rush transcript", "may not be in its final form",
        // A podcast's or broadcaster's note on a machine transcript ("This transcript was generated automatically
        // … It may contain errors"), and a public-radio station's credit line ("Transcript provided by NPR").
        "transcript was generated automatically", "transcript was automatically generated",
        "transcript was machine-generated", "transcript was machine generated", "transcript was computer-generated",
        "transcript was created automatically", "automatically generated transcript", "machine-generated transcript",
        "computer-generated transcript", "transcript may contain errors", "transcript provided by",
        // A video page's note on its transcripts ("Transcripts are generated with the help of automated tools and
        // reviewed by … staff. They may contain errors.").
        "transcripts are generated with", "transcripts are generated automatically", "transcripts are machine-generated",
        "transcripts are automatically generated", "transcripts are computer-generated", "transcripts may contain errors",
    ]
    private static let opinionDisclaimerNeedles = NeedleSet(opinionDisclaimers)

    /// An opinion disclaimer closing the story may run on with the paper's call for guest columns ("The views
    /// expressed in this column are those of the author … To submit a guest column, email … Columns should be
    /// 600 to 750 words …"): up to this many words, when its first sentence holds the disclaimer.
    static let maxClosingDisclaimerWords = 90

    /// Whether a block closing the story is an opinion disclaimer with the notes that follow it: at most
    /// `maxClosingDisclaimerWords` words, the first sentence holding one of `opinionDisclaimers`.
    static func isClosingOpinionDisclaimer(_ text: String) -> Bool {
        guard hasAtMostWords(text, maxClosingDisclaimerWords) else { return false }
        let key = normalise(text)
        return opinionDisclaimerNeedles.occurs(in: key) && opinionDisclaimerNeedles.occurs(in: firstSentence(of: key))
    }

    /// The first sentence of a key: up to the first full stop, question or exclamation mark before a space.
    static func firstSentence(of key: String) -> String {
        let bytes = Array(key.utf8)
        for index in bytes.indices.dropFirst() where bytes[index] == 0x20 && [0x2E, 0x21, 0x3F].contains(bytes[index - 1]) {
            return String(decoding: bytes[..<index], as: UTF8.self)
        }
        return key
    }

    /// Invitations to follow the site on a social network ("Follow The
    /// Gleaner on Twitter and Instagram @…", "Folgt uns auf unserem
    /// Instagram-Account", "¡Mira lo que tiene nuestro canal de YouTube!"):
    /// a network named, and either an invitation opening the block or the
    /// site's own channel ("our channel", "nuestro canal", "unser Kanal"); or,
    /// in a short box, a last sentence naming a network that opens with an
    /// invitation or asks to subscribe to the site's channel.
    static let socialNetworks = [
        "twitter", "instagram", "facebook", "telegram", "youtube", "tiktok", "whatsapp", "linkedin", "mastodon",
        "pinterest",
        // Google's news reader, followed like a network ("Síguenos en Google News", "Suivez-nous sur Google Actualités").
        "google news", "google actualités", "google noticias", "google notícias", "google notizie",
    ]
    static let socialInvitations = [
        "follow ", "folge ", "folgt ", "folgen sie ", "síguenos", "siguenos", "suivez", "seguici", "obserwuj",
        "join us on", "join our", "únete", "abonniere ", "abonniert ", "abonnieren sie ", "like us",
        // Indonesian "check out … on", "follow", "let's join", "get the news" ("Simak berita … di Google News",
        // "Mari bergabung di Grup Telegram", "Dapatkan update berita pilihan … Telegram"), and Ukrainian and
        // Russian "subscribe" ("Підписуйтеся на наш Telegram-канал").
        "simak ", "ikuti ", "mari bergabung", "gabung ", "bergabunglah", "dapatkan update", "dapatkan berita",
        "dapatkan informasi", "підписуйтеся", "підписуйтесь",
        "подписывайтесь",
        // Spanish "you can follow …" ("Puedes seguir a … Economía en Facebook y X, o apuntarte aquí …").
        "puedes seguir a ", "puede seguir a ",
    ]
    static let ownChannels = [
        "our channel", "our youtube", "our instagram", "our telegram", "our whatsapp", "our facebook", "our tiktok",
        "unser kanal", "unseren kanal", "unserem kanal", "unserem instagram", "unseren instagram", "unseren youtube",
        "unseren telegram", "unseren whatsapp", "nuestro canal", "tenemos canal", "tenemos un canal", "notre chaîne",
        "il nostro canale", "nasz kanał",
        // Ukrainian and Russian "our channel" / "our Telegram".
        "наш канал", "наш telegram", "нашому telegram", "наш телеграм",
    ]
    /// A subscription to the site's channel named anywhere in a prompt's last sentence, as Indian
    /// portals close a story: "(You can now subscribe to our Economic Times WhatsApp channel)".
    static let channelSubscriptions = ["subscribe to our", "subscribe to us on", "join our", "follow our", "follow us on"]
    /// A prompt ending in an invitation ("Stay informed with the latest news. Follow The Herald on
    /// WhatsApp") holds at most this many words.
    static let maxChannelPromptWords = 30
    /// An author's note ends so ("… covering free speech. Follow him on Twitter"): it follows a person, not the site.
    static let personalFollows = ["follow him ", "follow her ", "follow them ", "follow me "]
    private static let socialNetworkNeedles = NeedleSet(socialNetworks)
    private static let ownChannelNeedles = NeedleSet(ownChannels)
    private static let channelSubscriptionNeedles = NeedleSet(channelSubscriptions)

    /// The group of an appeal or disclosure block of fewer than `maxNoteWords` words, if it is one.
    static func appeal(_ text: PhraseText) -> Group? {
        guard let key = text.key, !key.isEmpty else { return nil }
        if supportAppealNeedles.occurs(in: key) { return .supportAppeal }
        if tipAppealNeedles.occurs(in: key) || errorReportNeedles.occurs(in: key) || isTipQuestion(text) { return .feedback }
        if affiliateNeedles.occurs(in: key) || opinionDisclaimerNeedles.occurs(in: key)
            || fundingDisclosureNeedles.occurs(in: key) { return .disclaimer }
        if socialNetworkNeedles.occurs(in: key),
           socialInvitations.contains(where: { startsWith(key, $0) }) || ownChannelNeedles.occurs(in: key) {
            return .socialPrompt
        }
        if followPromos.contains(where: { startsWith(key, $0) }), followNeedles.occurs(in: key) { return .socialPrompt }
        // A short box whose last sentence invites the reader to a network: "… breaking stories. Follow The
        // Herald on WhatsApp", "(You can now subscribe to our Herald WhatsApp channel)".
        if socialNetworkNeedles.occurs(in: key), hasAtMostWords(key, maxChannelPromptWords) {
            let last = lastSentence(of: key)
            if socialNetworkNeedles.occurs(in: last), !personalFollows.contains(where: { startsWith(last, $0) }),
               socialInvitations.contains(where: { startsWith(last, $0) }) || channelSubscriptionNeedles.occurs(in: last) {
                return .socialPrompt
            }
        }
        return nil
    }

    /// The text after the last sentence's end (". ", "! ", "? ") in a lower-cased key; the whole key when it has one sentence.
    static func lastSentence(of key: String) -> String {
        let bytes = Array(key.utf8)
        var index = bytes.count - 1
        while index > 0 {
            if bytes[index] == 0x20, [0x2E, 0x21, 0x3F].contains(bytes[index - 1]) {
                return String(decoding: bytes[(index + 1)...], as: UTF8.self)
            }
            index -= 1
        }
        return key
    }

    /// Calls to install the publisher's app, set after a story ("Download
    /// the WKVX 8 News app for the latest updates…", "Get our free app"): an
    /// opener, the word "app" within `appPromptReach` words, and a word of
    /// the news it brings ("news", "alerts", "latest"…), so a how-to's step
    /// ("Download the authenticator app on your phone") is not one.
    static let appPromptOpeners = ["download the ", "download our ", "get the ", "get our "]
    static let appPromptNews = ["news", "alert", "latest", "breaking", "update", "headlines", "stories", "weather"]
    static let appPromptReach = 8
    static let maxAppPromptWords = 30
    private static let appPromptNewsNeedles = NeedleSet(appPromptNews)

    /// Whether a block is a call to install the publisher's app.
    static func isAppPrompt(_ text: PhraseText) -> Bool {
        guard let key = text.key, let opener = appPromptOpeners.first(where: { startsWith(key, $0) }),
              hasAtMostWords(key, maxAppPromptWords) else { return false }
        let words = key.utf8.dropFirst(opener.utf8.count).split(separator: 0x20).prefix(appPromptReach)
        guard words.contains(where: { $0.elementsEqual("app".utf8) || $0.elementsEqual("apps".utf8) })
        else { return false }
        return opener.contains("our") || appPromptNewsNeedles.occurs(in: key)
    }

    /// The app stores a box promoting the site's app links to (its "Get it on Google Play" and "Download on
    /// the App Store" badges), matched in a link's address.
    static let appStoreAddresses: [[UInt8]] = ["play.google.com/store/apps", "apps.apple.com/", "itunes.apple.com/"]
        .map { Array($0.utf8) }

    /// Whether a box's text names an app ("Download the Clarion app", "Get our apps").
    static func speaksOfAnApp(_ text: String) -> Bool {
        ASCIIText.lowercased(text).split(whereSeparator: { !$0.isLetter }).contains { $0 == "app" || $0 == "apps" }
    }

    /// The buttons of a membership or donation box set inside a story ("Become an Insider", "Become a
    /// member", "Donate now"): the box goes whole, with its heading and pitch ("Support journalism that …").
    static let membershipButtons: Set<String> = [
        "become an insider", "become a member", "become a supporter", "become a subscriber", "become a patron",
        "become a friend", "join now", "join today", "donate", "donate now", "donate today", "make a donation",
        "support us", "support us today", "support our journalism", "support independent journalism",
    ]
    /// Longest text of a membership button.
    static let maxMembershipButtonCharacters = 40
    /// A word every membership button holds, in any case: a link's text holding none is no such button,
    /// and is turned away before its text is read as a string.
    static let membershipButtonWords = NeedleSet(["become", "join", "donat", "support"], ignoringASCIICase: true)

    static func isMembershipButton(_ text: String) -> Bool {
        membershipButtons.contains(normalise(text))
    }

    /// PR Newswire's closing line naming the release's issuer ("SOURCE
    /// Brightwater Analytics, Inc."): the word in capitals, then a name of at
    /// most `maxWireSourceWords` words. Only the last blocks of a story are
    /// looked at (the caller's business).
    static func isWireSourceLine(_ text: String) -> Bool {
        text.utf8.starts(with: wireSourceBytes) && !exceedsWords(text, maxWireSourceWords)
    }

    private static let wireSourceBytes = Array("SOURCE ".utf8)
    static let maxWireSourceWords = 10

    /// A press release's dateline naming the wire that carries it, in its first paragraph: "NEW YORK, Nov.
    /// 29, 2026 /PRNewswire/ --" (the wire between slashes), "… (GLOBE NEWSWIRE) --", "--(BUSINESS WIRE)--".
    static let pressWireDateline = TextPattern(
        "/\\s?\\p{Lu}[\\p{L}\\- ]{1,40}/\\s*(?:--|—|–)|\\(\\s*\\p{Lu}[\\p{Lu} ]*WIRE\\s*\\)\\s*(?:--|—|–)",
        caseInsensitive: false, requiring: ["/", "wire"])

    /// The heading opening an issuer's boilerplate at the end of a press release: "About" and a name
    /// starting with a capital or a digit ("About Lumenfield Analytics, Inc.", "About 3M"), in English,
    /// German, French and Spanish releases.
    static let issuerHeadingOpeners = ["About ", "ABOUT ", "Über ", "ÜBER ", "À propos de ", "À propos d’", "À propos d'",
                                       "A propos de ", "Acerca de "]
    /// An issuer's heading holds at most this many words.
    static let maxIssuerHeadingWords = 8

    /// The headings of a press release's legal notes, compared at the start of a heading's key: forward-looking
    /// statements and their safe-harbor and cautionary notes, in English, German and French releases.
    static let pressLegalHeadings = [
        "forward-looking statement", "forward looking statement", "safe harbor", "safe harbour", "cautionary note",
        "cautionary statement", "cautionary language", "special note regarding forward", "note regarding forward",
        "zukunftsgerichtete aussagen", "zukunftsbezogene aussagen", "déclarations prospectives", "énoncés prospectifs",
    ]

    /// Whether a short heading's text opens an issuer's boilerplate or a legal note of a press release
    /// (the caller decides that it stands as a heading, and near the end of a release).
    static func isPressBoilerplateHeading(_ text: PhraseText) -> Bool {
        guard let key = text.key, hasAtMostWords(key, maxIssuerHeadingWords) else { return false }
        if pressLegalHeadings.contains(where: { startsWith(key, $0) }) { return true }
        let trimmed = TextEdges.trimmingWhitespaceAndNewlines(text.text)
        guard let opener = issuerHeadingOpeners.first(where: { trimmed.hasPrefix($0) }),
              let first = trimmed.dropFirst(opener.count).first else { return false }
        return first.isUppercase || first.isNumber
    }

    /// An editor's credit closing a Chinese or Japanese story, in brackets and with a filing code after it at
    /// most ("【责任编辑:刘洋】", "（編輯：陳政宏）1151129", "(責任編輯：王小明)"), or unbracketed with its colon
    /// ("责任编辑：刘洋"): a sign-off, not text.
    static let editorSignOff = TextPattern(
        "^(?:[【（(\\[]\\s*(?:责任编辑|責任編輯|编辑|編輯|编辑者|編輯者|责编|責編|編集)\\s*[:：]?\\s*[^】）)\\]。，,]{1,24}[】）)\\]]"
            + "|(?:责任编辑|責任編輯|责编|責編)\\s*[:：]\\s*[^】）)\\]。，,\\s]{1,24})\\s*\\d{0,12}$",
        caseInsensitive: false, requiring: ["编", "編"])
    /// An editor's sign-off is at most this long, in characters.
    static let maxEditorSignOffCharacters = 48

    static func isEditorSignOff(_ text: String) -> Bool {
        text.utf8.count <= maxEditorSignOffCharacters * 4 && text.count <= maxEditorSignOffCharacters
            && editorSignOff.matches(TextEdges.trimmingWhitespaceAndNewlines(text))
    }

    /// A wire desk's codes closing its copy: the reporters' and editors' short codes in lower case joined
    /// by slashes ("cr/mdp/des" under AFP copy, "mzi/ pad/" under PAP copy). Only the last blocks of a
    /// story are looked at (the caller's business).
    static let wireDeskCodes = TextPattern("^[a-z]{2,5}\\s*/\\s*[a-z]{2,5}(?:\\s*/\\s*[a-z]{2,5})*\\s*/?$",
                                           caseInsensitive: false, requiring: ["/"])

    static func isWireDeskCodes(_ text: String) -> Bool {
        text.utf8.count <= maxDeskCodeBytes && wireDeskCodes.matches(TextEdges.trimmingWhitespaceAndNewlines(text))
    }

    /// A desk-code line is at most this long, in UTF-8 bytes.
    static let maxDeskCodeBytes = 40

    /// The names of the wire services and news agencies (`NewsOrganizations.agencies`).
    private static let agencyNames = Set(NewsOrganizations.agencies.map(\.name))

    /// A news agency's name in brackets standing alone after the story ("(ANSA).", "(dpa)"): its end mark.
    static func isAgencyMark(_ text: String) -> Bool {
        guard text.utf8.count <= maxAgencyMarkBytes else { return false }
        var mark = Substring(TextEdges.trimmingWhitespaceAndNewlines(text))
        if mark.last == "." { mark.removeLast() }
        guard mark.first == "(", mark.last == ")", mark.count > 2,
              let name = NewsOrganizations.canonicalName(for: String(mark.dropFirst().dropLast())) else { return false }
        return agencyNames.contains(name)
    }

    /// An agency's end mark is at most this long, in UTF-8 bytes.
    static let maxAgencyMarkBytes = 40

    /// A wire's credit line closing its story: who reported, from where, and who edited ("Reporting by
    /// Jane Doe in Wellington and John Roe in Sydney; Editing by Kenji Sato", "Reporting by …; Writing by
    /// …; Editing by …"). The editors' credit ends it; a line of "Additional reporting by …" alone is story.
    static let wireCredits = TextPattern(
        "^(?:additional )?reporting by [^;]{2,160}; (?:(?:additional reporting|writing|compiled|graphics) by [^;]{2,80}; )*"
            + "editing by [^;]{2,80}$",
        requiring: ["editing by"])
    static let maxWireCreditWords = 45

    static func isWireCredits(_ phrase: PhraseText) -> Bool {
        guard let key = phrase.key, key.utf8.first == UInt8(ascii: "r") || key.utf8.first == UInt8(ascii: "a"),
              hasAtMostWords(key, maxWireCreditWords) else { return false }
        return wireCredits.matches(key)
    }

    /// A whole number of at least `minBareCountDigits` digits and nothing else ("1352", "2.481"): above the
    /// story, a counter of views or shares whose label is an icon. A decimal ("4.5") is a rating or a figure.
    static let bareCount = TextPattern("^\\d{1,3}(?:[.,]\\d{3})+$|^\\d{3,7}$", caseInsensitive: false, digits: 3)
    static let minBareCountDigits = 3

    static func isBareCount(_ text: String) -> Bool {
        guard (minBareCountDigits...maxBareCountBytes).contains(text.utf8.count),
              let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return false }
        return bareCount.matches(TextEdges.trimmingWhitespaceAndNewlines(text))
    }

    /// A bare count is at most this long, in UTF-8 bytes.
    static let maxBareCountBytes = 12

    // MARK: Stamps and embeds

    /// Reading-time stamps of blog, newsletter and news themes ("7 min read", "Lectura de 3 minutos",
    /// "3 min de lecture", "5 Min. Lesezeit"), looked for in a block's lower-cased key.
    static let readingTimePhrases = [
        "min read", "mins read", "minute read", "minutes read", "lectura de", "de lectura", "min de lecture",
        "minutes de lecture", "min. de lecture", "lesezeit", "lesedauer", "min di lettura", "minuti di lettura",
        "min. czytania", "minut czytania", "min de leitura", "minutos de leitura",
    ]
    private static let readingTimeNeedles = NeedleSet(readingTimePhrases)
    /// A stamp line holds at most this many words (a date, an update's date, a view count and the reading time).
    static let maxStampWords = 14

    /// A short line that gives the story's reading time, with at most its date or view count
    /// beside it ("Feb 25, 2025 — 7 min read", "1.284 Lectura de 3 minutos"): never a sentence
    /// (it holds a number and does not end like one).
    static func isReadingTimeStamp(_ text: PhraseText) -> Bool {
        guard let key = text.key, !exceedsWords(text.text, maxStampWords),
              !text.text.isEmpty, !TextEdges.endsWithClosingMark(text.text),
              text.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return readingTimeNeedles.occurs(in: key)
    }

    /// Counters of readers' engagement, printed beside a post ("141 reactions", "37 views", "Post Views:
    /// 1.432", "Kommentare insgesamt: 0", a recipe card's "5 from 13 votes", "Переглядів: 18 402"): the
    /// counted nouns in English, German, French, Spanish, Portuguese, Italian and the languages below, and
    /// the few words printed around them.
    static let counterNouns: Set<String> = [
        "reaction", "reactions", "like", "likes", "comment", "comments", "share", "shares", "view", "views", "vote",
        "votes", "reaktionen", "kommentar", "kommentare", "aufrufe", "commentaire", "commentaires", "comentario",
        "comentarios", "comentário", "comentários", "commento", "commenti", "visualizzazioni",
        // Views in Ukrainian, Russian, Indonesian ("Dilihat 1.234 kali"), Vietnamese ("1.234 lượt xem"), Thai
        // ("อ่าน 3,412 ครั้ง": read … times), Norwegian and Swedish.
        "переглядів", "переглядами", "перегляди", "просмотров", "просмотры", "просмотра", "dilihat", "xem", "ครั้ง",
        "visninger", "visningar",
    ]
    static let counterFillers: Set<String> = ["post", "from", "of", "insgesamt", "total", "gesamt", "kali", "lượt",
                                              "อ่าน"]
    private static let counterNounNeedles = NeedleSet(Array(counterNouns))
    /// A counter line holds at most this many words.
    static let maxCounterWords = 8

    /// A short line of counts and the nouns they count, with icons or
    /// emoji at most: an engagement counter, never a sentence.
    static func isEngagementCounter(_ text: PhraseText) -> Bool {
        guard let key = text.key, !exceedsWords(text.text, maxCounterWords),
              text.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), counterNounNeedles.occurs(in: key) else {
            return false
        }
        var nouns = 0
        for word in text.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            if counterNouns.contains(bare) { nouns += 1; continue }
            if counterFillers.contains(bare) { continue }
            // A count ("1.432", "2,1k") or an icon: no letters.
            if word.contains(where: \.isLetter),
               !(word.last == "k" && word.dropLast().allSatisfy { $0.isNumber || $0 == "." || $0 == "," }) {
                return false
            }
        }
        return nouns > 0
    }

    /// The word between a gallery's slide number and the count of its slides ("3 of 10"), in English.
    static let slideCounterWords: Set<String> = ["of"]

    /// A gallery's slide counter standing alone ("3 / 10", "3 of 10", "3/10"): the slide's number, no greater
    /// than the count, which is at least 2.
    struct SlideCounter: Equatable {
        var number: Int
        var count: Int
        /// Written "3/10", as a fraction is ("1/4" cup): a counter only among others of the same count.
        var bare: Bool
    }

    /// The slide counter a block's whole text is, if any.
    static func slideCounter(_ text: String) -> SlideCounter? {
        // Most paragraphs are turned away by their length or their first byte.
        guard text.utf8.count <= maxSlideCounterBytes, let first = text.utf8.first, first >= 0x30, first <= 0x39 else {
            return nil
        }
        let words = text.split(separator: " ")
        let parts = words.count == 1 ? text.split(separator: "/", omittingEmptySubsequences: false).map { $0 } : words
        let bare = words.count == 1
        guard bare ? parts.count == 2 : parts.count == 3, let number = Int(parts[0]), let count = Int(parts[parts.count - 1]),
              bare || parts[1] == "/" || slideCounterWords.contains(parts[1].lowercased()),
              number >= 1, count >= 2, number <= count else { return nil }
        return SlideCounter(number: number, count: count, bare: bare)
    }

    /// A slide counter is at most this long, in UTF-8 bytes ("999 of 999").
    static let maxSlideCounterBytes = 16

    /// "Read also" teasers set between or after story paragraphs: a phrase,
    /// then a link to another story ("Lesen Sie auch: …", "LE PUEDE
    /// INTERESAR: …"). Matched at the start of a block of at most
    /// `maxReadAlsoWords` words that holds a link (checked by the caller).
    static let readAlsoPrefixes: [String] = [
        "read also", "also read", "read more", "see also", "related", "more on this", "you may also like",
        "lesen sie auch", "lesen sie dazu", "lesen sie mehr", "lies auch", "lies mehr", "mehr zum thema", "mehr dazu",
        "auch interessant", "das könnte sie auch interessieren", "weiterlesen",
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire également",
        "le puede interesar", "te puede interesar", "lea también", "lee también", "leer más", "ver también",
        "leggi anche", "leggi l'articolo", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
        "leia também", "veja também", "más información",
        // Dutch, Russian, Turkish and Hebrew.
        "lees ook", "lees meer", "читайте также", "смотрите также", "ayrıca okuyun", "ilgili haber", "קראו עוד",
        "leia mais",
        // Norwegian, Swedish and Danish ("Les også: …"), Indonesian ("Baca juga: …"), Vietnamese
        // ("Xem thêm: …"), Thai ("อ่านข่าว : …", "read the news"; "อ่านข่าวที่เกี่ยวข้อง", "read related
        // news"; "อ่านเพิ่มเติม", "read more") and Ukrainian ("Читайте також: …").
        "les også", "läs också", "læs også", "baca juga", "xem thêm", "อ่านข่าว", "อ่านข่าวที่เกี่ยวข้อง",
        "อ่านเพิ่มเติม", "читайте також",
    ]
    static let maxReadAlsoWords = 30

    /// Whether a block opens with a "read also" phrase and is short enough to be a teaser.
    static func opensWithReadAlso(_ text: PhraseText) -> Bool {
        guard !exceedsWords(text.text, maxReadAlsoWords), let key = text.key else { return false }
        return readAlsoPrefixes.contains { prefix in
            guard startsWith(key, prefix) else { return false }
            // The phrase must end there: "related: …", not "relatedly".
            let rest = key.dropFirst(prefix.count)
            return rest.isEmpty || rest.first == ":" || rest.first == " "
        }
    }

    /// Publication notes that close a story: print-edition lines, wire and
    /// syndication notices. Longer than other furniture, so they have their
    /// own word limit, and match only at the start of a block.
    static let notePrefixes: [String] = [
        "a version of this article appears in print", "a version of this story appears in print",
        "this article appeared in print", "this article was supplied by", "this story was supplied by",
        "this article has not been edited by", "this story has not been edited by",
        "this story has been published from a wire agency feed", "this article is republished from",
        "this article was originally published", "this story was originally published",
        "this article first appeared", "this story first appeared", "dieser artikel erschien zuerst",
        "dieser artikel wurde ausgedruckt unter", "this article was printed from", "article printed from",
        "dieser beitrag erschien zuerst", "cet article a été publié",
        // German and French portals' notice on agency copy they run unedited ("Dieser Artikel stammt aus dem
        // Nachrichtenticker der dpa und wurde von der Redaktion nicht bearbeitet", "Cet article est publié
        // automatiquement. Il a été rédigé par l'AFP et n'a pas été modifié par la rédaction").
        "dieser artikel stammt aus dem nachrichtenticker", "diese meldung stammt aus dem nachrichtenticker",
        "dieser beitrag stammt aus dem nachrichtenticker", "dieser text stammt aus dem nachrichtenticker",
        "cet article est publié automatiquement", "cette dépêche est publiée automatiquement",
        "cet article provient du fil", "cette dépêche provient du fil",
        // The press-release wires' links to the release as issued (PR Newswire, Business Wire).
        "view original content", "view source version on",
        // GlobeNewswire's line under a release linking its pictures.
        "a photo accompanying this announcement is available", "photos accompanying this announcement are available",
        "a video accompanying this announcement is available", "videos accompanying this announcement are available",
        // Citation boxes of scholarly blogs ("SUGGESTED CITATION Sauer, Heiko: …").
        "suggested citation", "zitiervorschlag", "empfohlene zitierweise", "cite this article", "how to cite this",
        "citer cet article", "cómo citar este artículo",
        // Letters-page prompts under a story.
        "we want to hear what you think", "submit your letter", "submit a letter to the editor",
        // Indian portals' notice closing wire copy they run unedited: "(Except for the headline, this story has
        // not been edited by … staff and is published from a syndicated feed.)", "(Only the headline and picture
        // of this report may have been reworked by … staff; the rest of the content is auto-generated …)".
        "except for the headline, this story has not been edited", "only the headline and picture of this report",
        // A news site's disclosure under a machine summary of the story ("Summary generated by AI and reviewed by
        // … journalists. Learn more", "This summary was generated by AI").
        "summary generated by ai", "summary generated with ai", "summaries generated by ai",
        "summary was generated by ai", "summary was generated with ai", "summary was ai-generated",
        "this summary was generated", "ai-generated summary", "ai generated summary", "summarized by ai",
        "summarised by ai",
    ]
    /// Paywall and registration notices that replace the rest of a story
    /// ("To view the full story, please subscribe…"): matched at the start
    /// of blocks up to `maxNoteWords` long; what follows them is the wall.
    static let paywallPrefixes: [String] = [
        "to view the full story",
        "to continue reading",
        "to read the full story",
        "to read the full article",
        "please subscribe",
        "subscribe to continue",
        "subscribe now to",
        "already a subscriber",
        "if you're already a subscriber",
        "if you’re already a subscriber",
        "if you’re seeing this message",
        "if you're seeing this message",
        "this content is for subscribers",
        "this article is for subscribers",
        "dieser artikel ist nur für abonnenten",
        "weiterlesen mit",
        "jetzt weiterlesen",
        "lesen sie jetzt weiter",
        "first-time subscribers",
    ]

    /// Whether a block is a paywall notice.
    static func isPaywallNotice(_ text: String) -> Bool { isPaywallNotice(PhraseText(text)) }

    static func isPaywallNotice(_ text: PhraseText) -> Bool {
        guard let key = text.key, hasAtMostWords(key, maxNoteWords) else { return false }
        return paywallPrefixes.contains { startsWith(key, $0) } || wall(inLowercased: key) == .paywall
    }

    /// Publication notes longer than this are story.
    static let maxNoteWords = 45

    /// Rights lines: "© 2017 Lavazza SpA, alle Rechte vorbehalten", "Copyright 2021 …".
    static let rightsMarkers: [String] = [
        "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
        // Italian agencies' "reproduction reserved", and the Portuguese, Dutch and Russian rights lines.
        "riproduzione riservata", "todos os direitos reservados", "alle rechten voorbehouden", "все права защищены",
        // Korean wire copy's closing rights line: "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>".
        "저작권자", "무단 전재", "무단전재",
    ]

    private static let rightsMarkerSet = NeedleSet(rightsMarkers)

    /// Notices banning reprints without leave, as Asian news sites print them under the story ("本網站之文字、
    /// 圖片及影音，非經授權，不得轉載…", "禁止转载", "무단 전재 및 재배포 금지", "Dilarang mengutip …",
    /// "ห้ามคัดลอก …"): matched in a block of at most `maxReprintBanCharacters` characters, as Chinese and
    /// Thai write a whole paragraph without a space.
    static let reprintBans = [
        // Chinese (traditional and simplified) "may not be reprinted", "reprinting forbidden", "all rights
        // reserved", and Japanese "no reproduction without permission".
        "不得轉載", "不得转载", "禁止轉載", "禁止转载", "請勿轉載", "请勿转载", "嚴禁轉載", "严禁转载", "版權所有", "版权所有",
        "無断転載", "無断複製",
        // Korean "redistribution forbidden", "unauthorised copying".
        "재배포 금지", "재배포금지", "무단 복제", "무단복제",
        // Indonesian "forbidden to quote / copy", Thai "do not copy".
        "dilarang mengutip", "dilarang menyalin", "ห้ามคัดลอก",
    ]
    static let maxReprintBanCharacters = 100
    private static let reprintBanNeedles = NeedleSet(reprintBans)

    /// Whether a block is a copyright or rights line (never a sentence of the story:
    /// it opens with the copyright sign or word, or reserves the rights).
    static func isRightsLine(_ text: String) -> Bool { isRightsLine(PhraseText(text)) }

    static func isRightsLine(_ text: PhraseText) -> Bool {
        guard let key = text.key else { return false }
        if key.hasPrefix("©") || key.hasPrefix("(c) ") || key.hasPrefix("copyright ") || key.hasPrefix("copyright:") {
            return true
        }
        if rightsMarkerSet.occurs(in: key) { return true }
        return key.utf8.count <= maxReprintBanCharacters * 4 && reprintBanNeedles.occurs(in: key)
            && key.count <= maxReprintBanCharacters
    }

    /// A press contact under or above a release: a contact label, then a
    /// name with a telephone number or an e-mail address ("Contact: Sgt.
    /// Dana Ruiz, 555-0147, druiz@cfpd.example"), in at most `maxNoteWords` words.
    /// So is a reporter's contact tagline under the story: a verb, the reporter's name, and an e-mail
    /// address or an invitation to follow them ("Contact Mark Ellison at mellison@example.com or 555-0138.
    /// Follow him on X @MarkEllison", "Reach Jane Doe at jdoe@example.com", "Email Jane Doe at …"); a
    /// service note naming a body and its telephone number ("Contact the Humane Society at 555-0100") is story.
    static func isContactLine(_ phrase: PhraseText) -> Bool {
        guard let key = phrase.key else { return false }
        if contactLabels.contains(where: { startsWith(key, $0) }) {
            return phrase.text.contains("@") || ByteSearch.digitCount(phrase.text, upTo: 7) >= 7
        }
        // (Most blocks are turned away by their first letter.)
        guard let first = key.utf8.first, first == UInt8(ascii: "c") || first == UInt8(ascii: "r") || first == UInt8(ascii: "e"),
              contactVerbs.contains(where: { startsWith(key, $0) }), reporterContact.matches(phrase.text) else { return false }
        return emailAddress.matches(phrase.text) || personalFollowNeedles.occurs(in: key)
    }

    /// The verbs opening a reporter's contact tagline.
    static let contactVerbs = ["contact ", "reach ", "email ", "e-mail "]
    /// The tagline's opening: the verb, two to four capitalised words of a name, "at" or "via".
    private static let reporterContact = TextPattern(
        "^(?:Contact|Reach|Email|E-mail)\\s+(?:reporter\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s+(?:at|via)\\s",
        caseInsensitive: false, requiring: ["contact", "reach", "mail"])
    private static let emailAddress = TextPattern("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", requiring: ["@"])
    private static let personalFollowNeedles = NeedleSet(["follow him ", "follow her ", "follow them "])

    // Contact labels of press releases, in the languages of the corpus.
    static let contactLabels = [
        "contact:", "contacts:", "media contact", "press contact", "media enquiries", "media inquiries", "press office:",
        "investor contact", "investor relations contact", "investors:", "media:", "press:",
        "kontakt:", "pressekontakt", "medienkontakt", "contact presse", "contacto:", "contacto de prensa",
    ]

    /// Longest e-mail address read as a block of its own, in bytes.
    static let maxEmailBytes = 100

    /// A block that is one e-mail address and nothing else.
    static func isBareEmailAddress(_ text: String) -> Bool {
        // Most blocks are sentences: too long, or without an "@", told from their bytes.
        guard text.utf8.count <= maxEmailBytes, text.utf8.contains(0x40) else { return false }
        let trimmed = TextEdges.trimmingWhitespaceAndNewlines(text)
        guard !trimmed.contains(where: \.isWhitespace),
              let at = trimmed.firstIndex(of: "@"), at > trimmed.startIndex else { return false }
        let domain = trimmed[trimmed.index(after: at)...]
        return domain.contains(".") && !domain.contains("@")
    }

    /// Whether a block is a publication note.
    static func isPublicationNote(_ text: String) -> Bool { isPublicationNote(PhraseText(text)) }

    static func isPublicationNote(_ text: PhraseText) -> Bool {
        guard let key = text.key, hasAtMostWords(key, maxNoteWords) else { return false }
        if notePrefixes.contains(where: { startsWith(key, $0) }) { return true }
        // (The expressions run only on a block opening with one of their first words.)
        if notePatterns.contains(where: { note in
            note.openers.contains(where: { startsWith(key, $0) }) && note.pattern.matches(key)
        }) {
            return true
        }
        return creativeCommonsNeedles.occurs(in: key) && republishingNeedles.occurs(in: key)
    }

    /// Publication notes told by their shape rather than their first words, matched on a block's key (lower
    /// case, its closing stop trimmed), the whole block or its opening as each says; each with the words
    /// the notes it matches open with.
    static let notePatterns: [(openers: [String], pattern: TextPattern)] = [
        // An obituary or notice syndicated from a paper, with the days it ran: "Published by The Daily Sentinel
        // from Mar. 12 to Mar. 16, 2025", "Published in The Ledger on Jan. 4, 2024" (the whole block).
        (["published by ", "published in "], TextPattern(
            "^published (?:by|in) \\S.{1,60}? (?:from|on) " + noteDate + "(?: (?:to|through|until|-|–) " + noteDate + ")?$",
            digits: 1)),
        // A live story's notice that it is still being written ("This is a developing story. Refresh for the
        // latest updates.", "This story will be updated", "Check back for updates"): the whole block.
        (["this ", "check back", "please check back", "refresh"], TextPattern(
            "^(?:(?:this is a (?:developing|breaking(?: news)?|live) story|this (?:story|article|report) is developing|"
                + "this (?:story|article|post|report|page) (?:will be|is being|may be) updated(?: as [^.!?]{1,40})?)"
                + "(?: and (?:will|may) be updated(?: as [^.!?]{1,40})?)?"
                + "(?:[.!] (?:please )?(?:refresh|check back|return|come back|stay with us)[^.!?]{0,60})?|"
                + "(?:please )?(?:check back|refresh(?: this page)?)(?: here)?(?: later| soon)? for (?:the latest )?(?:updates|more)"
                + "(?: on this story)?)$",
            requiring: ["developing", "breaking", "live story", "updated", "check back", "refresh"])),
        // A magazine's note on the story's printed version ("Published in the print edition of the March 18,
        // 2024, issue, with the headline “Last Pour.”", "This article appeared in the print edition of …",
        // "This article appears in the June 2024 issue with the headline …"): its opening.
        (["this ", "a version of this ", "published in ", "printed in ", "appears in ", "appeared in "], TextPattern(
            "^(?:(?:a version of )?this (?:article|story|essay|piece|review|column) (?:was |is )?)?"
                + "(?:published|printed|appears|appeared) in (?:the |our )?(?:print edition|print issue|[^.!?]{0,60}?"
                + "(?:print edition|issue),? (?:of [^.!?]{1,60}?,? )?(?:with|under) the (?:headline|title))",
            requiring: ["print", "headline", "title"])),
    ]

    /// A date as an English syndication note prints it: "Mar. 12", "March 12, 2025", "3/12/2025".
    private static let noteDate = "(?:(?:" + MonthNames.english.keys.sorted { $0.count > $1.count }.joined(separator: "|")
        + ")\\.? \\d{1,2}(?:,? \\d{4})?|\\d{1,2}/\\d{1,2}/\\d{2,4})"

    /// A nonprofit newsroom's note that the story may be republished under a Creative Commons licence
    /// ("This story may be republished for free under a Creative Commons Attribution-NoDerivatives 4.0
    /// International License"): both words in a block of fewer than `maxNoteWords` words.
    static let republishingWords = ["republish", "may be reprinted", "licensed under"]
    private static let republishingNeedles = NeedleSet(republishingWords)
    private static let creativeCommonsNeedles = NeedleSet(["creative commons"])

    /// Short blocks framed by a beginning and an end ("Like X on Facebook").
    static let frames: [(prefix: String, suffix: String, group: Group)] = [
        ("like ", " on facebook", .socialPrompt),
        ("follow ", " on twitter", .socialPrompt),
        ("follow ", " on instagram", .socialPrompt),
        ("advertise ", " com", .adLabel),
    ]

    /// Headings that open the sections after a story: related stories, most
    /// read, the author's box, tags, comments. Compared like `exact` phrases.
    static let trailerHeadings: Set<String> = [
        "related", "related articles", "related stories", "related posts", "related topics", "related content",
        "related coverage", "related links", "related news", "further reading", "recent posts", "recent news",
        "related topics", "notas relacionadas", "ver también", "te recomendamos", "erschienen in", "mehr dazu",
        "latest news", "latest stories", "other news", "more news", "top stories", "editor's picks",
        "more stories", "more from", "you may also like", "you might also like", "recommended", "recommended for you",
        "most popular", "most read", "read next", "read more", "more on this topic", "about the author",
        "featured", "featured stories", "featured articles", "featured posts",
        "editors' recommendations", "editor's recommendations", "editors' picks",
        "about the authors", "tags", "topics", "comments", "leave a reply", "leave a comment",
        "lesen sie auch", "lies auch", "auch interessant", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "das könnte ihnen auch gefallen", "das könnte dich interessieren",
        "schon gelesen", "mehr zum thema", "weitere artikel", "weitere beiträge",
        "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "meistgelesen", "meistgelesene artikel",
        "meist gelesen", "am meisten gelesen", "beliebte artikel", "aktuelle meldungen", "neueste artikel",
        "empfehlungen aus der redaktion", "unsere empfehlungen", "über den autor", "über die autorin",
        "zur autorin", "zum autor", "kommentare", "schreibe einen kommentar", "themen", "schlagwörter",
        "articles les plus lus", "à lire aussi", "lire aussi", "sur le même sujet", "dans la même rubrique",
        "artículos relacionados", "noticias relacionadas", "te puede interesar", "más noticias", "lo más leído",
        "leggi anche", "potrebbe interessarti", "articoli correlati", "czytaj także", "zobacz także",
        // (Not "Lee también", "Zobacz również": those boxes stand inside a story that goes on after them.)
        "relacionados", "relacionadas", "temas relacionados", "contenido relacionado", "correlati", "articles liés",
        "sur le même thème", "powiązane", "notícias relacionadas", "gerelateerd",
        // "Related news" in Thai ("read related news" too), Indonesian and Vietnamese.
        "ข่าวที่เกี่ยวข้อง", "อ่านข่าวที่เกี่ยวข้อง", "berita terkait", "tin liên quan",
        // "Related news", "related reading", "further reading" and "recommended reading" in simplified and
        // traditional Chinese, and "related articles" in Korean and Japanese.
        "相关新闻", "相关阅读", "相关文章", "相關新聞", "相關閱讀", "相關文章", "延伸阅读", "延伸閱讀", "推荐阅读",
        "推薦閱讀", "관련기사", "관련 기사", "関連記事",
        // A government page's change history and feedback box after the release, and a release's press contacts.
        "updates to this page", "is this page useful", "was this page helpful",
        "media enquiries", "media inquiries", "press enquiries", "press inquiries", "media contact", "media contacts",
        "press contact", "press contacts", "pressekontakt", "medienkontakt", "contact presse", "contacto de prensa",
        // Recommendation boxes of wire-fed and Gulf portals ("Recommended Stories" over a list of links).
        "recommended stories", "recommended articles", "recommended reading",
        // The author's box in Spanish, French, Portuguese and Russian ("Sobre la firma" over the reporter's
        // biography), and a Spanish paper's tag box ("Archivado en").
        "sobre la firma", "sobre el autor", "sobre la autora", "à propos de l'auteur", "a propos de l'auteur",
        "sobre o autor", "sobre a autora", "об авторе", "archivado en",
    ]

    /// Trailer headings that name what follows ("More from Business",
    /// "Other News in Public Works"): matched at the start of short headings.
    static let trailerHeadingPrefixes: [String] = [
        "more from ", "more in ", "more on ", "more stories from ", "other news in ", "other news from ",
        "latest from ", "latest news from ", "related to ", "more about ", "mehr aus ", "mehr zu ", "weitere artikel zu ",
        "weitere nachrichten", "plus de ", "más de ",
        // Generic "more …" and "recommended …" openers in the languages morgue sees most.
        "weitere ", "mehr zum ", "mehr themen", "zum weiterlesen", "lesen sie auch", "lies auch", "empfohlene ",
        "unsere empfehlung", "das könnte ", "auch auf ", "recommended for ", "you may also ", "you might also ",
        "artículos relacionados", "le puede interesar", "te puede interesar", "también te puede", "lust auf mehr",
        "czytaj też", "czytaj także", "zobacz też", "zobacz także", "leggi anche", "à lire aussi", "lire aussi",
    ]

    /// A count of comments standing as a heading ("0 Kommentare", "12 Comments", "3 réponses").
    static let commentCountHeading = TextPattern(
        #"^\d+ (comments?|responses?|replies|reactions?|kommentare?|antworten|commentaires?|réponses?|comentarios?|respuestas?|commenti|komentarz[ey]?|reacties)$"#,
        digits: 1)

    /// A comment section's header printing its count after the word, with a link to its rules or sort
    /// order run on ("Comentarios214Normas", "Comments (12)", "Kommentare 3").
    static let commentCountLabel = TextPattern(
        #"^(?:comments?|comentarios?|comentários?|kommentare?|commentaires?|commenti|reacties|komentarze?)\s*\(?\d+\)?\s*\p{L}{0,12}$"#,
        requiring: ["comment", "coment", "kommentar", "komentarz", "reacties"])

    /// Whether a block is a heading that opens the after-story sections.
    static func opensTrailer(_ text: String) -> Bool { opensTrailer(PhraseText(text)) }

    static func opensTrailer(_ text: PhraseText) -> Bool {
        guard !exceedsWords(text.text, maxWords), let key = text.key else { return false }
        if trailerHeadings.contains(key) { return true }
        if commentCountHeading.matches(key) { return true }
        return hasAtMostWords(key, 6) && trailerHeadingPrefixes.contains { startsWith(key, $0) }
    }

    /// Words of the walls a page puts before its story: cookie-consent
    /// overlays, login walls and paywalls. Found as substrings of the
    /// lower-cased text of a short story or of the story's last blocks.
    enum Wall: String, Sendable, CaseIterable {
        case consent = "consent wall"
        case login = "login wall"
        case paywall = "paywalled: body truncated"

        var phrases: [String] {
            switch self {
            case .consent:
                return ["we use cookies", "uses cookies", "accept cookies", "accept all cookies", "cookie settings",
                        "cookie policy", "manage consent", "privacy settings", "verwendet cookies",
                        "wir verwenden cookies", "cookies zustimmen", "alle akzeptieren",
                        "datenschutzeinstellungen", "utilise des cookies", "accepter les cookies", "utiliza cookies",
                        "aceptar cookies"]
            case .login:
                return ["log in to continue", "sign in to continue", "please log in", "please sign in",
                        "log in to read", "sign in to read", "create a free account", "register to continue",
                        "bitte melden sie sich an", "melden sie sich an, um", "anmelden, um weiterzulesen",
                        "connectez-vous pour", "inicia sesión para"]
            case .paywall:
                return ["subscribe to continue reading", "subscribe to read", "to continue reading, subscribe",
                        "subscribers only", "for subscribers only", "exclusive to subscribers", "already a subscriber",
                        "become a subscriber", "start your subscription", "this article is for subscribers",
                        "jetzt weiterlesen mit", "weiterlesen mit", "nur für abonnenten", "exklusiv für abonnenten",
                        "abo abschließen", "jetzt abo", "réservé aux abonnés", "abonnez-vous pour lire",
                        "exclusivo para suscriptores", "contenido exclusivo para suscriptores",
                        // "Already a subscriber?" and "read on in a moment" in German, French, Spanish, Italian.
                        "bereits abonnent", "schon abonnent", "gleich können sie weiterlesen", "déjà abonné",
                        "ya eres suscriptor", "sei già abbonato"]
            }
        }
    }

    /// The wall a text speaks of, if any.
    static func wall(in text: String) -> Wall? {
        wall(inLowercased: ASCIIText.lowercased(text))
    }

    /// Every wall's phrases in one table, and the wall of each phrase.
    private static let wallPhrases: (needles: NeedleSet, walls: [Wall]) = {
        let pairs = Wall.allCases.flatMap { wall in wall.phrases.map { (wall, $0) } }
        return (NeedleSet(pairs.map(\.1)), pairs.map(\.0))
    }()

    /// `wall(in:)` for a text already in lower case: the first wall, in
    /// `Wall`'s order, any of whose phrases the text holds.
    static func wall(inLowercased text: String) -> Wall? {
        let found = wallPhrases.needles.occurrences(in: text)
        if found.isEmpty { return nil }
        return Wall.allCases.first { wall in found.contains { wallPhrases.walls[$0] == wall } }
    }

    /// The wall a wall's box speaks of: a box that asks for a subscription is
    /// a paywall even when it also offers a sign-in ("Already a subscriber?
    /// Sign in to continue"); otherwise the first wall, as `wall(in:)` finds it.
    static func wallOfBox(_ text: String) -> Wall? {
        let found = wallPhrases.needles.occurrences(in: ASCIIText.lowercased(text))
        let walls = Set(found.map { wallPhrases.walls[$0] })
        return walls.contains(.paywall) ? .paywall : Wall.allCases.first(where: walls.contains)
    }

    /// End marks after which nothing more is story.
    static let endsStory: Set<String> = ["###", "# # #", "-30-", "- 30 -", "-end-", "(end)", "-0-"]

    /// The group a block of text belongs to, or nil when it may be story.
    static func match(_ text: String) -> Group? { match(PhraseText(text)) }

    static func match(_ text: PhraseText) -> Group? {
        guard !exceedsWords(text.text, maxWords), let key = text.key else { return nil }
        if key.isEmpty { return nil }
        if let group = exact[key] { return group }
        if commentCountLabel.matches(key) { return .commentPrompt }
        let words = wordCount(key)
        guard words <= maxWords else { return nil }
        for (prefix, group) in prefixes where startsWith(key, prefix) { return group }
        for frame in frames where startsWith(key, frame.prefix) && key.utf8.reversed().starts(with: frame.suffix.utf8.reversed()) {
            return frame.group
        }
        return nil
    }

    /// A block's text with the key the tables compare, normalised once for
    /// all of them.
    struct PhraseText {
        let text: String
        /// `normalise(text)`; nil when the text has `maxNoteWords` words or
        /// more, longer than any entry of any table.
        let key: String?

        init(_ text: String) {
            self.text = text
            key = BoilerplatePhrases.exceedsWords(text, BoilerplatePhrases.maxNoteWords)
                ? nil : BoilerplatePhrases.normalise(text)
        }
    }

    /// Whether a block of (collapsed) text has more than `limit` words: a
    /// byte scan that spares long paragraphs the cost of normalising.
    static func exceedsWords(_ text: String, _ limit: Int) -> Bool {
        var spaces = 0
        for byte in text.utf8 where byte == 0x20 || byte == 0x0A {
            spaces += 1
            if spaces >= limit { return true }
        }
        return false
    }

    /// The words of `text` between spaces (runs of other bytes), counted on bytes.
    static func wordCount(_ text: String) -> Int { wordCount(text, upTo: .max) }

    /// `wordCount(text)`, counting no further than one word past `limit`.
    static func wordCount(_ text: String, upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                count += 1
                if count > limit { return count }
                inWord = true
            }
        }
        return count
    }

    /// `wordCount(text) <= limit`, counting no further than needed: a
    /// paragraph's words are not all counted to learn that it is not short.
    static func hasAtMostWords(_ text: String, _ limit: Int) -> Bool {
        wordCount(text, upTo: limit) <= limit
    }

    /// Whether `key` begins with the table entry `prefix`, compared as UTF-8
    /// bytes (keys are normalised text, entries literals of this file).
    /// The first byte and the length, known at once, turn most entries away.
    @inline(__always)
    static func startsWith(_ key: String, _ prefix: String) -> Bool {
        let key = key.utf8, prefix = prefix.utf8
        guard let opening = prefix.first else { return true }
        return key.first == opening && key.count >= prefix.count && key.starts(with: prefix)
    }

    /// Lower-cases, collapses white space and trims punctuation, arrows and
    /// bullets from both ends, keeping end marks like "###" and "-30-" whole.
    static func normalise(_ text: String) -> String {
        let collapsed = TextNormalization.collapse(text)
        if collapsed.utf8.allSatisfy({ $0 < 0x80 }) { return normaliseASCII(collapsed) }
        return normaliseUnicode(collapsed)
    }

    /// `normalise` for ASCII text, on bytes.
    private static func normaliseASCII(_ collapsed: String) -> String {
        let lowered = collapsed.utf8.map(ASCIIText.lower)
        let loweredText = String(decoding: lowered, as: UTF8.self)
        if endsStory.contains(loweredText) { return loweredText }
        var start = 0, end = lowered.count
        while start < end, trimmableASCII(lowered[start]) { start += 1 }
        while end > start, trimmableASCII(lowered[end - 1]) { end -= 1 }
        if start == end, !lowered.isEmpty, lowered.allSatisfy({ $0 == 0x23 || $0 == 0x20 }) { return loweredText }
        return String(decoding: lowered[start..<end], as: UTF8.self)
    }

    private static func trimmableASCII(_ b: UInt8) -> Bool {
        switch b {
        case 0x09...0x0D, 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x21, 0x3F, 0x3E, 0x3C, 0x7C, 0x2D, 0x2A, 0x2B, 0x28, 0x29,
             0x5B, 0x5D, 0x22, 0x27:
            return true
        default:
            return false
        }
    }

    private static func normaliseUnicode(_ text: String) -> String {
        let collapsed = TextNormalization.plainApostrophes(ASCIIText.lowercased(text))
        if endsStory.contains(collapsed) { return collapsed }
        var sub = Substring(collapsed)
        while let f = sub.first, trimmable(f) { sub.removeFirst() }
        while let l = sub.last, trimmable(l) { sub.removeLast() }
        let trimmed = String(sub)
        return trimmed.isEmpty && !collapsed.isEmpty && collapsed.allSatisfy({ $0 == "#" || $0 == " " }) ? collapsed : trimmed
    }

    private static func trimmable(_ c: Character) -> Bool {
        if c.isWhitespace { return true }
        switch c {
        case ".", ",", ":", ";", "!", "?", "»", "«", "›", "‹", ">", "<", "→", "←", "|", "•", "·", "-", "–", "—",
             "*", "+", "(", ")", "[", "]", "\"", "'", "“", "”", "…": return true
        default: return false
        }
    }
}
