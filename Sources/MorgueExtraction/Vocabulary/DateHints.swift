/// Class names and phrases around the dates pages print.
enum DateHints {
    // Class or id fragments of elements that print the publication date.
    // Not an update, a candidate, a validation or a citation's access date
    // ("reference-accessdate": when a source was read, not when the page was written).
    static let publishedClass = TextPattern(
        "(?:publish|posted|post-date|postdate|entry-date|article-date|story-date|dateline|date-time|datetime|"
            + "timestamp|byline|pubdate|created|datum|fecha|(?<!up|candi|vali|access|access-|access_)date|"
            + "(?:^|[^a-z])time(?:$|[^a-z])|"
            + "article-meta|post-meta|entry-meta|(?:^|[\\s_-])meta(?:$|[\\s_-]))",
        requiring: ["publish", "posted", "date", "time", "byline", "created", "datum", "fecha", "meta"])

    // Class or id fragments, and attribute values, that mark a modification date.
    static let modifiedClass = TextPattern(
        "(?:updated|modified|update|aktualisiert|revised|edited)",
        requiring: ["update", "modified", "aktualisiert", "revised", "edited"])

    // A label printed before the publication date ("Datum: 28.01.2022").
    // The label may stand alone in its element or open the date's text;
    // a preposition after it ("Veröffentlicht am") belongs to it.
    static let dateLabel = TextPattern(
        "^(?:date|datum|published|posted|veröffentlicht|erschienen|publiziert|publié|mis en ligne|mise en ligne|"
            + "fecha|data|pubblicato|stand)"
            + "(?:\\s+(?:on|am|le|el|il))?(?:\\s*:|\\s|$)",
        requiring: ["dat", "publi", "pubbl", "posted", "ver", "erschienen", "mis", "fecha", "stand"])

    // A label printed before the date of the last update ("Aktualisiert am 17.01.2021").
    static let modifiedLabel = TextPattern(
        "^(?:aktualisiert|zuletzt aktualisiert|letzte änderung|updated|last updated|last modified|mis à jour|actualizado|"
            + "aggiornato)"
            + "(?:\\s+(?:on|am|le|el|il))?(?:\\s*:|\\s|$)",
        requiring: ["aktualisiert", "letzte", "updated", "last", "mis ", "actualizado", "aggiornato"])

    // A date inside a URL path: /2015/09/17/ or /2015-09-17/.
    static let urlDate = TextPattern(
        "/((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)", caseInsensitive: false)
}
