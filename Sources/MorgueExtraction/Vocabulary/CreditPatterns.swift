/// How photo credits are printed in and beside captions, compiled once.
enum CreditPatterns {
    // Agencies and picture services whose name ends a credit line.
    static let services = "getty images|getty|afp|reuters|epa(?:-efe)?|efe|ap|shutterstock|istock(?:photo)?|"
        + "imago(?: images)?|dpa|picture[ -]alliance|alamy|bloomberg|nurphoto|sipa|xinhua|anadolu|pa wire|"
        + "pa images|keystone|zuma(?: press)?|sopa images|abaca|ddp|apa|unsplash|pixabay|wikimedia commons|"
        + "the new york times|the washington post|associated press|kyodo|jiji|yonhap|ansa|belga|anp|tass|"
        + "europa press|notimex"

    // The same agencies as printed in other scripts: Japanese 共同 (Kyodo) and 時事 (Jiji), Chinese 新华社
    // (Xinhua), 中新社, Taiwan's 中央社 (CNA), 路透社 (Reuters), 美联社 (AP), 法新社 (AFP), 视觉中国 (Visual China Group), Arabic
    // أ ف ب (AFP), رويترز (Reuters), أ ب (AP), د ب أ (dpa), إ ب أ (EPA), الأناضول (Anadolu), وام (WAM),
    // واس (SPA), أ ش أ (MENA), شينخوا (Xinhua), Korean 연합뉴스 (Yonhap), 뉴시스 (Newsis). Several are
    // ordinary words too (共同 is "joint"), so they count only as the whole of a bracket.
    static let scriptServices = "共同通信|共同|時事通信|時事|ロイター|新华社|新華社|中新社|中央社|路透社|美联社|法新社|视觉中国|"
        + "أ\\.? ?ف\\.? ?ب|رويترز|أ ب|د ب أ|إ ب أ|الأناضول|وام|واس|أ ش أ|شينخوا|연합뉴스|뉴시스"

    // A credit in parentheses or brackets at the end: "(AP Photo/Ng Han Guan)",
    // "(Photo: Jane Doe/Reuters)", "[Getty Images]", the Thai and Vietnamese labels with their colon
    // ("(ภาพ : Name)", "(Ảnh: Name)").
    static let parenthesized = TextPattern(
        "\\s*[(\\[]([^()\\[\\]]*?(?:photo|foto|фото|צילום|image|picture|credit|courtesy|bild:|quelle:|source:|ภาพ\\s*:|ảnh\\s*:|/|\\b(?:" + services
            + ")\\b)[^()\\[\\]]*)[)\\]]\\s*\\.?$",
        requiring: ["(", "["])

    // A bracket at the end, half- or full-width, holding only an agency in any script ("（共同）",
    // "(أ ف ب)", "（AFP＝時事）", the agency that distributed a partner's picture after "=") or a
    // Japanese and Chinese "NAME撮影"/"NAME摄" (photographed by) or "NAME提供" (courtesy of).
    // Taiwan's agencies print the traditional 攝 (攝影) and may add the day the picture was taken:
    // "（中央社記者NAME攝 115年11月29日）" (the year of the Minguo calendar), which goes with the bracket.
    static let scriptParenthesized = TextPattern(
        "\\s*[(（]\\s*((?:" + scriptServices + "|" + services + ")(?:\\s*[=＝/／]\\s*(?:" + scriptServices + "|" + services
            + "))?|[^()（）]{1,24}?(?:提供|供图)|[^()（）]{1,24}?(?=\\s*(?:撮影|摄|攝影|攝)\\s*" + shotDate + "[)）]))\\s*(?:撮影|摄|攝影|攝)?\\s*"
            + shotDate + "[)）]\\s*[.。]?$",
        requiring: ["(", "（"])
    // The day a picture was taken after "攝" in its bracket: "115年11月29日", "2026/11/29", "11月29日".
    static let shotDate = "(?:\\s*(?:\\d{2,4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\s*\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2})?\\s*"

    // A photographer's name alone in brackets after the caption's last
    // sentence: "Rearrange the moss. (Lucy Akins)". Two or three capitalised words;
    // or the organisation that gave the picture, up to six capitalised words joined
    // by "of", "and", "&", "the" or "for": "… by cyanobacteria. (Corrigan County Health Department)".
    static let bracketedName = TextPattern(
        "(?<=[.!?])\\s*\\((\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:of|and|&|the|for)\\s+){0,2}\\p{Lu}[\\p{L}'’.-]+){1,5})\\)\\s*$",
        caseInsensitive: false, requiring: ["("])

    // A Korean credit in square brackets at the end of the caption: "[연합뉴스 자료사진]" (a
    // Yonhap file photo), "[청림군 제공. 재판매 및 DB 금지]" (provided by …, no resale).
    static let koreanBracketed = TextPattern(
        "\\s*\\[([^\\[\\]]{0,40}?(?:제공|자료사진|사진|촬영)[^\\[\\]]{0,30})\\]\\s*$", caseInsensitive: false,
        requiring: ["제공", "사진", "촬영"])

    // A station's or agency's code alone in brackets after the caption's
    // last sentence: "… in her storage room. (WKVX)", "(KXAN)". Two to ten
    // capitals or digits, but not a marker of what the picture is ("(FILE)", "(VIDEO)").
    static let bracketedCode = TextPattern(
        "(?<=[.!?])\\s*\\((?!(?:FILE|PHOTO|PHOTOS|VIDEO|AUDIO|GRAPHIC|MAP|ARCHIVE)\\))(\\p{Lu}[\\p{Lu}\\d&-]{1,9})\\)\\s*$",
        caseInsensitive: false, requiring: ["("])

    // A labelled credit: "Photo: Jane Doe/Reuters", "Photograph: …",
    // "Credit: …", "Image Credits: …" (WordPress VIP news sites' house style), "Foto: …", "Bild: …", "Photo by …", "Picture courtesy of …",
    // the Turkish, Russian and Hebrew labels ("Fotoğraf:", "Фото:", "צילום:"), the Vietnamese and
    // Thai ones ("Ảnh: Minh Khang", "ภาพ : Name"), a label set off
    // by a bar as East African papers print it ("PHOTO | BRIAN KIPROTICH"),
    // and the abbreviated label opening the caption or following its last
    // sentence ("Fot. Europol Gaz" in Polish, "Phot. …"); Hindi, Bengali and Thai labels (`indicLabels`,
    // `thaiCreditLabels`: "फोटो: पीटीआई", "… ขอบคุณภาพ: Name"); British papers' "Pic: USGS" and
    // "File pic: PA" (a picture from the paper's archive).
    static let labelled = TextPattern(
        "(?:^|(?<=[\\s.;|,—–-])|(?=" + thaiCreditLabels + "))((?:(?:(?:photo|image) credits?|file (?:photo|picture|pic)s?|pics?|photo(?:graph)?s?|photographer|fotograf(?:in)?|pictures?|images?|credits?|illustration|"
            + "fotos?|bild(?:er)?|bildquelle|bildnachweis|quelle|source|crédit(?:s)?(?: photo)?|foto(?:grafía)?|imagen|screenshots?|"
            + "fotoğraf|фото|צילום|ảnh|" + indicLabels + "|ภาพ)"
            + "\\s*(?::|\\||by\\b|courtesy of\\b|von\\b)|(?:^|(?<=[.!?]\\s))(?:fot|phot)\\.|" + thaiCreditLabels + "\\s*:?)\\s*(.+))$")

    // Hindi's "फोटो:"/"फ़ोटो:" (photo, with its nukta composed or not), "तस्वीर:" (picture), "चित्र:" (image),
    // and Bengali's "ছবি:" (picture), as Indian papers print them before the credit.
    static let indicLabels = "फ(?:\\x{093C})?ोटो|\\x{095E}ोटो|तस्वीर|चित्र|ছবি"
    // Thai's credit labels, which need no colon and, Thai being written without spaces, no space before
    // them: "ขอบคุณภาพ" (thanks for the picture), "เครดิตภาพ" (picture credit), "ที่มาภาพ" (picture source),
    // and "ภาพจาก" (picture from) with its colon.
    static let thaiCreditLabels = "(?:ขอบคุณภาพ|เครดิตภาพ|ที่มาภาพ|ภาพจาก(?=\\s*:))"

    // A labelled credit in Chinese, Japanese, Korean and Arabic, its colon half- or full-width (Korean
    // uses "="): "摄影：张三", "图：新华社", "图片来源：…", "写真：共同", "사진=연합뉴스", "تصوير: محمود فتحي"
    // (photography), "عدسة: …" (lens), "المصدر: …" (source).
    static let scriptLabelled = TextPattern(
        "(?:^|(?<=[\\s。，、；！？.|—–-]))[(（]?(?:摄影|攝影|图片来源|圖片來源|图片|圖片|图源|图|圖|写真|撮影|사진|"
            + "تصوير|عدسة|المصدر)\\s*[:：=＝]\\s*([^:：()（）]{1,40}?)\\s*[)）]?\\s*$",
        caseInsensitive: false, requiring: ["摄影", "攝影", "图", "圖", "写真", "撮影", "사진", "تصوير", "عدسة", "المصدر"])

    // The photographer closing a Japanese or Chinese caption, after its last comma or "＝" (which go)
    // or its last sentence (whose full stop stays):
    // "…白鷺市本町２丁目、佐藤健撮影", "…＝代表撮影", "…。新华社记者 李贺 摄", and the traditional "攝".
    static let shotBy = TextPattern(
        "(?:[、，,＝=]|(?<=[。！？]))\\s*([^、，,＝=。！？()（）]{1,20}?)\\s*(?:撮影|摄|攝影|攝)$", caseInsensitive: false,
        requiring: ["撮影", "摄", "攝"])

    // An unbracketed wire credit after the caption's last sentence: an agency in capitals or from the
    // table, a slash, the photographer: "… (México). EFE/Mariana Olvera", "… on Tuesday. REUTERS/Jane Doe",
    // with what kind of picture it is after another slash ("REUTERS/Jane Doe/File Photo").
    static let agencySlashName = TextPattern(
        "(?<=[.!?\"”’)])\\s+((?:\\p{Lu}{2,}(?:-\\p{Lu}+)?|(?i:" + services + "))\\s?/\\s?\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|del|da|dos|van|von|di|la|le)){0,4}"
            + "(?:\\s?/\\s?(?:File Photo|File|Pool|Handout|Illustration))?)\\s*$",
        caseInsensitive: false, requiring: ["/"])

    // A photographer and the paper they shoot for, after the caption's last sentence, as US papers
    // print it: "… on Tuesday. Dale Brenner/Port Ashford Dispatch", "… in 2023. Jane Doe/USA TODAY NETWORK".
    // Two or three capitalised words, a slash, then a capitalised name of a few words.
    static let personSlashOrganization = TextPattern(
        "(?<=[.!?\"”’)])\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}\\s?/\\s?\\p{Lu}[\\p{L}&'’.-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}&'’.-]*|of|de|the)){0,4})\\s*$",
        caseInsensitive: false, requiring: ["/"])

    // A photographer named before the agency that distributed the picture, in brackets, after the
    // caption's last sentence, as Spanish papers print it: "… este jueves. Andrés Soler (EFE)". One to
    // four capitalised words, and the bracket holds an agency alone.
    static let nameThenAgency = TextPattern(
        "(?<=[.!?])\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|de|del|da|van|von|di)){0,3}\\s*\\((?i:" + services
            + ")\\))\\s*$",
        caseInsensitive: false, requiring: ["("])

    // A credit's label left alone at the end of a caption once its credit was read elsewhere
    // (a credit element beside it): "Klientka na zakupach Fot.", "… in Tiel. Photo:".
    static let danglingLabel = TextPattern(
        "(?:^|\\s)(?:fot\\.|phot\\.|(?:photo|foto|pic|picture|image|credit|bild|fot)s?\\s*:)\\s*$")

    // The links inside a caption that sell the photo rather than describe it (news agencies' and
    // papers' "Purchase Licensing Rights", "Buy this photo", "Order a print", "Reprints"), and the
    // words a link prints for screen readers when it opens a new tab (", opens new tab").
    static let photoSaleLink = TextPattern(
        "^(?:purchase (?:licensing )?rights|purchase (?:this )?(?:photo|image|picture|print)|buy (?:this )?(?:photo|image|picture|print)s?|"
            + "buy now|order (?:a )?(?:print|reprint)s?|reprints?(?: (?:& |and )?permissions)?|license this (?:photo|image|picture))$")
    static let opensNewTab = TextPattern("^,?\\s*opens (?:in )?(?:a )?new (?:tab|window)$", requiring: ["new"])

    // A copyright line: "© Jane Doe", "(c) Reuters", "Copyright 2015 AP".
    static let copyright = TextPattern("(?:^|\\s)((?:©|\\(c\\)|copyright\\b)\\s*(.+))$")

    // A credit after the caption's last sentence, ending in a picture
    // service: "… in Beijing. Jane Doe/Getty Images", "… — AFP via Getty Images".
    static let trailingService = TextPattern(
        "(?:(?<=[.!?\"”’)])\\s+|\\s+[|—–]\\s+|\\s+-\\s+)([^.!?|]{0,60}?\\b(?:" + services + "))\\s*\\.?$")

    // "Credit" run into the name it labels, as pages print it beside a
    // hidden copy of the label: "… in 2023.CreditCreditJeon Heo", "… in 2019.Credit...Kyle Brennan".
    static let gluedCredit = TextPattern("(?:^|(?<=[.!?\"”’)\\s]))(?:Credit(?:\\.{3}|…)?)+(\\p{Lu}[^.!?]{1,80})$",
                                         caseInsensitive: false,
                                         requiring: ["credit"])

    // A gallery's counter before a caption: "1/5 Am Freitagabend …".
    static let galleryCounter = TextPattern("^\\d{1,3}\\s*/\\s*\\d{1,3}\\s+(?=\\p{Lu})", caseInsensitive: false,
                                            requiring: ["/"])

    // What a credit names when the story's writer took the picture, as feature pages print it
    // ("… in late October. — Photo by author"): nobody by name, so no credit.
    static let writerSelfCredits: Set<String> = ["author", "the author", "writer", "the writer", "the reporter"]

    // A credit ending in a company's or a name's abbreviation, whose full stop is part of it and stays:
    // "BeaconFoto/Acme Analytics, Inc.", "… Ltd.", "… Co.", "… Corp.", "… Jr.", "… Bros.", "… S.A.".
    static let abbreviationEnd = TextPattern(
        "(?:^|[\\s,/])(?:inc|ltd|co|corp|jr|sr|bros|s\\.a|s\\.p\\.a|n\\.v|b\\.v|l\\.p|llc)\\.$",
        requiring: ["."])

    // A whole line that is a credit: "Credit Ellen Surrey", "Photo: AP".
    static let creditLine = TextPattern("^(?:photo )?credits?\\b[:\\s]*\\S.{0,60}$")
    static let endsWithService = TextPattern("\\b(?:" + services + ")\\s*$")
    static let serviceName = TextPattern("^(?:" + services + ")$")

    // A label at the start of an extracted credit, removed from it ("Image copyright Reuters" → "Reuters",
    // a screen reader's "Image source, NBS" → "NBS", "Copyright AP Photo/…" → "AP Photo/…", "Pic: USGS").
    // A word label ends where its word does: "Foto" is no label inside "Fotoğraf".
    static let creditLabel = TextPattern(
        "^(?:(?:(?:image|photo|picture) (?:copyright|source|credits?)|file (?:photo|picture|pic)s?|pics?|photographer|fotograf(?:in)?|bildquelle|bildnachweis|quelle|source|photo(?:graph)?s?(?!\\s+courtesy)|pictures?|imagen|images?|credits?|"
            + "photo credit|fotos?|bild(?:er)?|crédit(?:s)?(?: photo)?|screenshots?|copyright|fotografía|fotografia|fotoğraf|фото|צילום|ảnh|" + indicLabels + "|ขอบคุณภาพ|เครดิตภาพ|ที่มาภาพ|ภาพจาก|ภาพ)(?!\\p{L})|©|\\(c\\)|fot\\.|phot\\.|"
            + scriptCreditLabels + "\\s*[:：=＝])"
            + "\\s*(?::|\\||,|by\\b)?\\s*")

    // The labels of a credit in Chinese, Japanese, Korean and Arabic, which take a colon (or Korean "="):
    // "摄影：…", "写真：…", "撮影：…", "图片：…", "사진=연합뉴스", "تصوير: …", "المصدر: …".
    static let scriptCreditLabels = "(?:摄影|攝影|图片来源|圖片來源|图片|圖片|写真|撮影|사진|تصوير|عدسة|المصدر)"

    // Class fragments of an element that prints the credit inside a caption.
    static let creditClass = TextPattern(
        "(?:credit|copyright|byline|source|photographer|attribution|author|urheber)",
        requiring: ["credit", "copyright", "byline", "source", "photographer", "attribution", "author", "urheber"])

    // Class fragments of a gallery's furniture inside a caption: its slide
    // counter ("3 von 12"), enlarge and full-screen buttons, the buttons
    // that show and hide the caption ("hide caption", "toggle caption"), and
    // the licence link under it ("view more").
    static let captionFurnitureClass = TextPattern(
        "(?:pagination|counter|slide-count|enlarge|fullscreen|full-screen|hide-caption|toggle-caption|caption-toggle|"
            + "show-caption|image-license|image-licence|"
            // Buttons, and the link that sells a print of the photo ("<a class='btn btn-xs'>Buy Now</a>").
            + "(?<![a-z])(?:btn|buttons?|buy|purchase|reprints?)(?![a-z]))",
        requiring: ["pagination", "counter", "count", "enlarge", "fullscreen", "full-screen", "caption", "licen", "btn",
                    "button", "buy", "purchase", "reprint"])

    // Class fragments of a caption element, and of WordPress's caption box, the "description"
    // of a picture that Bitrix and other CMS themes print under it ("news-detail__picture-desc"),
    // and Times Internet's abbreviated "img_cptn" beside an inline picture.
    static let captionClass = TextPattern(
        "(?:^|[\\s_-])(?:caption|captions|image-caption|photo-caption|media-caption|img-caption|figure-caption|"
            + "caption-text|wp-caption-text|article__caption|photo__caption|figcaption|bildunterschrift|legende|"
            + "(?:picture|photo|image|img|pic|foto)[_-]?desc(?:ription)?|(?:photo|image|img|pic|foto)caption|"
            + "(?:photo|image|img|pic)?cptn)(?:$|[\\s_-])",
        requiring: ["caption", "bildunterschrift", "legende", "desc", "cptn"])
    // Blogger's captioned photo: a table "tr-caption-container" whose cell "tr-caption" holds the caption.
    static let bloggerCaptionTable = TextPattern("(?:^|\\s)tr-caption-container(?:$|\\s)", requiring: ["tr-caption-container"])
    static let bloggerCaptionCell = TextPattern("(?:^|\\s)tr-caption(?:$|\\s)", requiring: ["tr-caption"])
    static let wordPressBox = TextPattern("(?:^|\\s)wp-caption(?:$|\\s)", requiring: ["wp-caption"])
    // A picture's description without a figure, as Polish and Czech CMS themes print it: an element
    // classed "desc" (or "description"), the end of a class word ("desc", "article__photo__desc"; not
    // "slideshow_description_box"), in a box classed for an image ("related_image_container > div >
    // p.desc + span.author"), which holds one photo.
    static let descriptionClass = TextPattern("(?:^|[\\s_-])desc(?:ription)?(?:$|\\s)", requiring: ["desc"])
    static let pictureBoxClass = TextPattern("(?:image|photo|picture|foto)", requiring: ["image", "photo", "picture", "foto"])
}
