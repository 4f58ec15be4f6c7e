/// The names under which pages publish their metadata, grouped by field.
/// Each list is in order of trust: the first name present wins. Names are
/// matched case-insensitively against a `<meta>` tag's `property`, `name`
/// or `itemprop`.
enum MetadataKeys {
    // Titles: Dublin Core (rare, and then deliberate), Open Graph (what the
    // publisher shows when the story is shared), Twitter cards, analytics tags.
    static let title = [
        "dc:title", "dc.title", "dcterms.title", "og:title", "twitter:title",
        "parsely-title", "sailthru.title", "headline", "citation_title", "title",
    ]

    // The publication's name.
    static let siteName = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher"]

    // WordPress's default category, which a post is filed under when nobody chose one, in the
    // languages of its installs.
    static let defaultCategories: Set<String> = [
        "uncategorized", "uncategorised", "allgemein", "non classé", "sin categoría", "senza categoria",
        "geen categorie", "bez kategorii", "sem categoria", "без рубрики",
    ]

    // The section of the paper: Open Graph's article tag (some templates prefix it "og:", as
    // they do "og:article:author"), then plain and analytics tags.
    static let section = ["article:section", "og:article:section", "section", "parsely-section", "sailthru.section", "category"]

    // A breadcrumb's first step, the site's home page, in the languages of the
    // sites that print one (matched folded: lower case, no diacritics).
    static let breadcrumbHomeNames: Set<String> = [
        "home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "portada", "pagina inicial",
        "pagina principal", "inizio", "voorpagina", "strona główna", "forside", "framsida", "etusivu",
        "hem", "startsida", "главная", "anasayfa", "ana sayfa", "trang chu", "beranda",
        "首页", "首頁", "主页", "ホーム", "トップ", "홈", "الرئيسية", "ראשי",
    ]
    // Words before a home page's name in a link back to it ("Zurück zur Startseite", "Back to home",
    // "Retour à l'accueil", "Volver al inicio").
    static let breadcrumbHomePrefixes = ["zuruck", "back", "return", "retour", "volver", "torna", "terug", "go to", "zur "]
    // A Chinese portal names its home after itself ("新澜网首页": "Xinlan homepage").
    static let breadcrumbHomeSuffixes = ["首页", "首頁", "主页"]
    // A breadcrumb's last step naming the kind of page rather than a section: Chinese
    // portals' "正文" (the text), German CMSs' "Artikel", English "Article", "Story".
    static let breadcrumbPageLabels: Set<String> = [
        "正文", "本文", "详情", "詳情", "内容", "artikel", "article", "story", "beitrag", "detail", "details",
    ]

    static let description = [
        "og:description", "description", "twitter:description", "dc.description", "dcterms.description",
    ]

    // Authors: names of people, sometimes a URL to a profile page (ignored).
    static let author = [
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
        "dc:creator", "byl", "citation_author", "og:article:author",
    ]

    // Publication time: Open Graph article tags, then Dublin Core, then the
    // tags that analytics and recommendation services read.
    static let published = [
        "article:published_time", "og:article:published_time", "article:published", "og:published_time",
        "published_time", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "dc.date.created", "date", "parsely-pub-date", "sailthru.date", "publish-date",
        "publishdate", "publish_date", "pubdate", "publication_date", "citation_publication_date",
        "citation_date", "cxenseparse:recs:publishtime", "article.published", "displaydate", "originalpublicationdate",
        "datecreated",
    ]

    static let modified = [
        "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time",
        "datemodified", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised",
    ]

    static let keywords = ["keywords", "news_keywords", "article:tag", "parsely-tags"]

    static let language = ["og:locale", "content-language", "dc.language", "language"]

    // schema.org types that describe a story (matched without the
    // "schema.org/" prefix). WebPage and its kin are not stories.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "satiricalarticle",
        "blogposting", "liveblogposting", "socialmediaposting", "discussionforumposting", "techarticle",
        "scholarlyarticle", "medicalscholarlyarticle", "report", "advertisercontentarticle", "review",
    ]

    // schema.org works that are not articles but have a writer and a date of
    // their own (a how-to, a recipe, a podcast episode): read when a page has no article object.
    static let workTypes: Set<String> = ["howto", "recipe", "creativework", "podcastepisode"]

    // schema.org types of a whole page, whose dates are the page's own
    // (matched lower-cased, without the "schema.org/" prefix).
    static let pageTypes: Set<String> = ["webpage", "itempage", "aboutpage", "contactpage", "faqpage", "medicalwebpage"]

    // Open Graph and schema.org types of a thing on sale: og:type "product" (WooCommerce, Shopify),
    // Facebook's catalogue types "product.item" and "product.group", schema.org Product and its kin
    // (matched lower-cased, without a "schema.org/" or "og:" prefix).
    static let productTypes: Set<String> = ["product", "product.item", "product.group", "productgroup",
                                            "individualproduct", "productmodel", "someproducts"]

    // Values templates print when a field is empty: a site name or section
    // "nil" or "undefined" is no name (matched lower-cased).
    static let placeholders: Set<String> = ["nil", "null", "undefined", "none", "n/a", "-", "false", "0"]

    // Legal forms that end a company's name ("wegewerk GmbH", "Example Ltd."):
    // such a name alone in an author meta tag is the agency that built the site.
    static let companyForms: Set<String> = ["gmbh", "ag", "kg", "ltd", "ltd.", "inc", "inc.", "llc", "s.a.", "sarl",
                                            "s.r.l.", "srl", "b.v.", "bv", "oy", "ab", "plc"]

    /// "wegewerk GmbH", "Web Commerce GmbH", "Haufe-Lexware GmbH & Co. KG".
    static func isCompany(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return companyForms.contains(last.lowercased())
    }

    // Marks of a template variable left unfilled ("{$plugin.tx_news.opengraph.site_name}",
    // "{{ site.title }}", "<%= name %>"): such a value names nothing.
    static let templateMarks = ["{$", "{{", "}}", "<%", "%>"]

    // Words a theme prints before a section's name ("Posted in News",
    // "Filed under: Politics", "Kategorie: Sport"), matched lower-cased at its start.
    static let sectionLabels = ["posted in", "filed under", "published in", "categories", "category", "kategorie",
                                "rubrik", "ressort", "catégorie", "categoría", "categoria"]

    // Labels of Twitter's card pairs ("twitter:label2" "Filed under", "twitter:data2" "Culture,
    // Media"), as Ghost, WordPress SEO plugins and Newspack print them, whose data names the
    // story's sections, first its own; matched lower-cased.
    static let twitterSectionLabels: Set<String> = ["filed under", "category", "categories", "section", "posted in", "topic"]

    // Path segments of a site's taxonomy pages (WordPress "/category/", Ghost "/tag/", German
    // "/rubrik/", "/ressort/"): a link there, printed just before the headline, names its section.
    static let taxonomyPathSegments: Set<String> = [
        "tag", "tags", "category", "categories", "section", "sections", "topic", "topics", "rubrik", "ressort", "kategorie",
    ]

    // Class fragments of a label printed above a headline to name its section: kickers and
    // eyebrows ("print-kicker", "article-eyebrow"), a category or section label, a Ghost or
    // WordPress theme's primary tag or category ("gh-article-tag", "primary-tag", "cat-links").
    // Not a German roofline ("dachzeile", "spitzmarke"): it names the story's topic ("Semesterstart").
    static let sectionKickerClass = TextPattern(
        "(?:kicker|eyebrow|category|section-label|section-name|primary-tag|article-tag|post-tag|cat-links|rubrik|ressort)",
        requiring: ["kicker", "eyebrow", "category", "section", "tag", "cat-links", "rubrik", "ressort"])

    // Open Graph / JSON-LD page types that are not a single story.
    static let nonArticleTypes: Set<String> = [
        "website", "webpage", "collectionpage", "searchresultspage", "profilepage", "profile",
        "aboutpage", "contactpage", "itempage", "product", "video.other", "music.song", "book",
        "organization", "newsmediaorganization", "person", "place", "event",
    ]

    // schema.org types of an author that is not a person.
    static let organizationTypes: Set<String> = [
        "organization", "newsmediaorganization", "corporation", "educationalorganization",
        "governmentorganization", "ngo", "localbusiness", "onlinebusiness",
    ]

    /// True for a type naming a story ("NewsArticle", "article", "blog").
    static func isArticleType(_ type: String) -> Bool {
        let t = bareType(type)
        return articleTypes.contains(t) || t.hasPrefix("article") || t.hasSuffix("article") || t == "blog"
    }

    /// "http://schema.org/NewsArticle" → "newsarticle".
    static func bareType(_ type: String) -> String {
        var t = Substring(type)
        if let slash = t.lastIndex(of: "/") { t = t[t.index(after: slash)...] }
        if let colon = t.lastIndex(of: ":") { t = t[t.index(after: colon)...] }
        return TextNormalization.collapse(String(t)).lowercased()
    }
}
