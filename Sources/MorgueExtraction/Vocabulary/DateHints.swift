/// Class names and phrases around the dates pages print.
enum DateHints {
    // Class or id fragments of elements that print the publication date.
    static let publishedClass = TextPattern(
        "(?:publish|posted|post-date|postdate|entry-date|article-date|story-date|dateline|date-time|datetime|"
            + "timestamp|byline|meta-date|pubdate|created|datum|fecha|\\bdate\\b|\\btime\\b|article-meta|post-meta|entry-meta)")

    // Class or id fragments, and attribute values, that mark a modification date.
    static let modifiedClass = TextPattern("(?:updated|modified|update|aktualisiert|revised|edited)")

    // Words that open a printed publication date.
    static let publishedPhrase = TextPattern(
        "(?:published|posted|first published|veröffentlicht|erschienen|publié|publicado|am|on)\\b")

    // A date inside a URL path: /2015/09/17/ or /2015-09-17/.
    static let urlDate = TextPattern(
        "/((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)", caseInsensitive: false)
}
