/// Class names, ids and attributes of elements that print a byline.
enum BylineHints {
    // Class or id fragments of byline elements (Joomla's "createdby": "Written by Jane Doe").
    // "by" as the last word of a class after "_" or "-" ("gnt_ar_by", "article-by"), but not a
    // sponsor's, a sorter's or a picture's ("powered-by", "sort-by", "photo-by").
    static let bylineClass = TextPattern(
        "(?:byline|by-line|by_line|\\bbyl\\b|author|contributor|writer|credit-author|posted-by|submitted-by|created-?by|"
            + "journalist|reporter|\\bautor|auteur|firma|\\bverfasser|"
            + "[_-]by(?=$|\\s)(?<!(?:powered|sponsored|presented|brought|supported|funded|sort|filter|order|group|photo|"
            + "image|video|picture)[_-]by))",
        requiring: ["by", "author", "autor", "auteur", "contributor", "writer", "journalist", "reporter", "firma",
                    "verfasser"])

    // Fragments that mark an author's biography, avatar or list of other
    // stories rather than the byline, a customer quoted in a testimonial
    // ("testimonial-author"), and the heading of an author box
    // ("author-profile__heading": "About the author").
    static let notByline = TextPattern(
        "(?:bio\\b|biography|about-the-author|avatar|author-image|author-photo|"
            + "author-img|more-from|other-stories|author-social|follow|comment|related|testimonial|heading)",
        requiring: ["bio", "about-the-author", "avatar", "author-", "more-from", "other-stories", "follow", "comment",
                    "related", "testimonial", "heading"])

    // Class words of a teaser card (a list item or an article) for another
    // story: the author it names wrote that story ("<li class=teaser> …
    // <p class=teaser__auteur>"). A story's own header may be classed so too
    // ("teaser-small__metadata"), hence the card elements only.
    static let teaserCard = WholeWords(["teaser", "teasers"])

    // An author's job title printed beside the name inside the byline element ("<span
    // class=job-title>Wexbridge Rovers reporter</span>"): a role, not a name of its own;
    // its words may run together, as camel-case class names do ("ArticlePage-authorTitle").
    static let jobTitleClass = TextPattern(
        "(?:job[-_]?title|author[-_]{0,2}(?:title|role|position|job)|byline[-_]{0,2}(?:title|role|position|job))",
        requiring: ["title", "role", "position", "job"])

    // A label opening a short line of names, with its colon: "Autor: Jane Doe", "责任编辑：焦鹏".
    // (With "writer" in Indonesian, Norwegian and Danish, Swedish, Vietnamese and Thai: "Penulis: Rina Anggraini".)
    static let inlineLabel = TextPattern(
        "^(?:autor|autorin|author|authors|text|von|by|reporter|auteur|" + otherLabels + "|"
            + BylineVocabulary.cjkLabels.joined(separator: "|") + ")\\s*[:：]\\s*\\S")

    // "Writer" or "author" in Indonesian, Norwegian and Danish, Swedish, Vietnamese and Thai, and Russian and
    // Ukrainian "author".
    static let otherLabels = "penulis|forfatter|författare|tác\\s+giả|ผู้เขียน|автор"

    // A label printed before the names: "Autor:", "Text:", "Von:".
    static let label = TextPattern(
        "^(?:autor|autorin|autoren|author|authors|text|texte|von|by|written by|geschrieben von|reporter|auteur|"
            + "autore|redakteur|redakteurin|(?:ein\\s+)?(?:artikel|beitrag)\\s+von|(?:an?\\s+)?(?:article|story)\\s+by|"
            + otherLabels + ")\\s*:?$",
        requiring: ["aut", "text", "von", "by", "geschrieben", "reporter", "redakteur", "penulis", "forfatter",
                    "rfattare", "giả", "ผู้เขียน", "втор"])

    // Path segments of a person's page, which a contributor card's name links to ("/people/priya-ramaswamy",
    // "/author/jane-doe", "/staff/…", "/by/…"): CMS defaults in English.
    static let personPagePaths = ["/people/", "/person/", "/author/", "/authors/", "/staff/", "/profile/", "/profiles/",
                                  "/contributor/", "/contributors/", "/by/"]
}
