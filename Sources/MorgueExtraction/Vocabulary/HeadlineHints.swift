/// Class names, ids and separators around headlines and page titles.
enum HeadlineHints {
    // Class or id fragments of the element that prints the story's
    // headline, in CMS themes and news templates.
    static let headlineClass = TextPattern(
        "(?:^|[\\s_-])(?:(?:post|entry|article|story|content|news|page)[_-]*(?:title|headline|heading)|headline|"
            + "article__title|story__title|title-article|titulo)(?:$|[\\s_-])",
        requiring: ["title", "headline", "heading", "titulo"])

    // Layout classes of a page builder, which name the grid, not what it holds:
    // Elementor wraps the post's title and text in "elementor-widget-…" boxes.
    static let layoutClassPrefixes = ["elementor-widget", "elementor-element"]

    // Containers whose headings are not the story's: navigation, teasers of
    // other stories, comments, footers.
    static let foreignContainer = WholeWords([
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "related", "recommended", "promo", "widget",
        "comment", "comments", "breadcrumb", "breadcrumbs", "masthead", "logo", "site-title", "site-name", "brand",
        "newsletter", "popular", "trending", "more-stories", "cookie",
    ])

    // Class fragments of a kicker printed inside the headline element
    // ("Klimaschutz: Bohren, bis es heiß wird"), and of text hidden from
    // sight; neither is part of the headline.
    // A subtitle or a section label set inside the headline element
    // ("<span class=subtitle>", "<div class=topic-label>", "<div
    // class=entry-section>Local News |</div>") is not part of it either, nor is a
    // subscribers' badge ("<span class=news-plus-badge>LA+</span>", "premium-label",
    // "paywall-icon").
    static let kickerClass = TextPattern(
        "(?:kicker|overline|dachzeile|roofline|eyebrow|topline|toptitle|supertitle|super-title|pretitle|pre-title|"
            + "spitzmarke|subtitle|sub-title|title-label|headline-label|topic-label|category-label|section-label|"
            + "entry-section|visually-hidden|sr-only|screen-reader|visuallyhidden|hidden|badge|premium|paywall)",
        requiring: ["kicker", "overline", "dachzeile", "roofline", "eyebrow", "topline", "title", "spitzmarke", "label",
                    "section", "hidden", "sr-only", "screen-reader", "badge", "premium", "paywall"])

    // Titles that name a kind of page, not a story ("Home", "Blog",
    // "Startseite"): a CMS's default <title>, which a heading on the page beats.
    static let genericTitles: Set<String> = [
        "home", "homepage", "home page", "start", "startseite", "welcome", "willkommen", "accueil", "inicio", "index",
        "blog", "news", "aktuelles", "untitled", "untitled document", "default", "page", "seite", "übersicht",
        "overview",
    ]

    // A print template's label, in any part of its <title> ("The Riverton Courier - Print This Article"):
    // the title names the site and the template, not the story.
    static let printTitles: Set<String> = [
        "print", "print this article", "print this page", "print this story", "printer friendly", "printer-friendly",
        "printer friendly version", "printer-friendly version", "print version", "druckversion", "imprimir",
        "version imprimable",
    ]

    // Separators between a headline and the site name in a <title>:
    // strong ones (only ever separators) and dashes (also inside headlines).
    static let strongSeparators = [" | ", " || ", " :: ", " » ", " · ", " • ", " ~ ", " / "]
    static let dashSeparators = [" - ", " – ", " — ", " -- "]
    // Separators printed without spaces ("NEWS WEB EASY|子どもへの…"), taken only
    // when the part beside them is the site's name.
    static let unspacedSeparators = ["|", "｜"]
}
