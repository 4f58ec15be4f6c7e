/// How photo credits are printed in and beside captions, compiled once.
enum CreditPatterns {
    // Agencies and picture services whose name ends a credit line.
    static let services = "getty images|getty|afp|reuters|epa(?:-efe)?|efe|ap|shutterstock|istock(?:photo)?|"
        + "imago(?: images)?|dpa|picture[ -]alliance|alamy|bloomberg|nurphoto|sipa|xinhua|anadolu|pa wire|"
        + "pa images|keystone|zuma(?: press)?|sopa images|abaca|ddp|apa|unsplash|pixabay|wikimedia commons|"
        + "the new york times|the washington post|associated press"

    // A credit in parentheses or brackets at the end: "(AP Photo/Ng Han Guan)",
    // "(Photo: Jane Doe/Reuters)", "[Getty Images]".
    static let parenthesized = TextPattern(
        "\\s*[(\\[]([^()\\[\\]]*?(?:photo|foto|image|picture|credit|courtesy|bild:|quelle:|source:|/|\\b(?:" + services
            + ")\\b)[^()\\[\\]]*)[)\\]]\\s*\\.?$")

    // A photographer's name alone in brackets after the caption's last
    // sentence: "Rearrange the moss. (Lucy Akins)". Two or three capitalised words.
    static let bracketedName = TextPattern(
        "(?<=[.!?])\\s*\\((\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2})\\)\\s*$", caseInsensitive: false)

    // A labelled credit: "Photo: Jane Doe/Reuters", "Photograph: …",
    // "Credit: …", "Foto: …", "Bild: …", "Photo by …", "Picture courtesy of …",
    // and the abbreviated label opening the caption or following its last
    // sentence ("Fot. Europol Gaz" in Polish, "Phot. …").
    static let labelled = TextPattern(
        "(?:^|(?<=[\\s.;|,—–-]))((?:(?:photo(?:graph)?s?|photographer|fotograf(?:in)?|pictures?|images?|credits?|photo credit|illustration|"
            + "fotos?|bild(?:er)?|bildquelle|bildnachweis|quelle|source|crédit(?:s)?(?: photo)?|foto(?:grafía)?|imagen|screenshots?)"
            + "\\s*(?::|by\\b|courtesy of\\b|von\\b)|(?:^|(?<=[.!?]\\s))(?:fot|phot)\\.)\\s*(.+))$")

    // A copyright line: "© Jane Doe", "(c) Reuters", "Copyright 2015 AP".
    static let copyright = TextPattern("(?:^|\\s)((?:©|\\(c\\)|copyright\\b)\\s*(.+))$")

    // A credit after the caption's last sentence, ending in a picture
    // service: "… in Beijing. Jane Doe/Getty Images", "… — AFP via Getty Images".
    static let trailingService = TextPattern(
        "(?:(?<=[.!?\"”’)])\\s+|\\s+[|—–]\\s+|\\s+-\\s+)([^.!?|]{0,60}?\\b(?:" + services + "))\\s*\\.?$")

    // "Credit" run into the name it labels, as pages print it beside a
    // hidden copy of the label: "… in 2023.CreditCreditJeon Heo".
    static let gluedCredit = TextPattern("(?:^|(?<=[.!?\"”’)\\s]))(?:Credit)+(\\p{Lu}[^.!?]{1,80})$", caseInsensitive: false)

    // A gallery's counter before a caption: "1/5 Am Freitagabend …".
    static let galleryCounter = TextPattern("^\\d{1,3}\\s*/\\s*\\d{1,3}\\s+(?=\\p{Lu})", caseInsensitive: false)

    // A whole line that is a credit: "Credit Ellen Surrey", "Photo: AP".
    static let creditLine = TextPattern("^(?:photo )?credits?\\b[:\\s]*\\S.{0,60}$")
    static let endsWithService = TextPattern("\\b(?:" + services + ")\\s*$")
    static let serviceName = TextPattern("^(?:" + services + ")$")

    // A label at the start of an extracted credit, removed from it.
    static let creditLabel = TextPattern(
        "^(?:photographer|fotograf(?:in)?|bildquelle|bildnachweis|quelle|source|photo(?:graph)?s?|pictures?|imagen|images?|credits?|"
            + "photo credit|fotos?|bild(?:er)?|crédit(?:s)?(?: photo)?|screenshots?|©|\\(c\\)|copyright|fot\\.|phot\\.)\\s*(?::|by\\b)?\\s*")

    // Class fragments of an element that prints the credit inside a caption.
    static let creditClass = TextPattern(
        "(?:credit|copyright|byline|source|photographer|attribution|author|urheber)",
        requiring: ["credit", "copyright", "byline", "source", "photographer", "attribution", "author", "urheber"])

    // Class fragments of a gallery's furniture inside a caption: its slide
    // counter ("3 von 12"), enlarge and full-screen buttons.
    static let captionFurnitureClass = TextPattern(
        "(?:pagination|counter|slide-count|enlarge|fullscreen|full-screen)",
        requiring: ["pagination", "counter", "count", "enlarge", "fullscreen", "full-screen"])

    // Class fragments of a caption element, and of WordPress's caption box.
    static let captionClass = TextPattern(
        "(?:^|[\\s_-])(?:caption|captions|image-caption|photo-caption|media-caption|img-caption|figure-caption|"
            + "caption-text|wp-caption-text|article__caption|photo__caption|figcaption|bildunterschrift|legende)(?:$|[\\s_-])",
        requiring: ["caption", "bildunterschrift", "legende"])
    static let wordPressBox = TextPattern("(?:^|\\s)wp-caption(?:$|\\s)", requiring: ["wp-caption"])
}
