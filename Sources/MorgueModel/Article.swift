import Foundation

/// One archived news article: what morgue extracts from a page, and the
/// single source of the JSON that `extract`, `show` and `export` print.
///
/// Absent values are `nil` (JSON `null`), never empty strings. The JSON field
/// names are part of morgue's contract with its users and its scorer.
public struct Article: Codable, Equatable, Sendable {
    /// The headline, without the site's " | Site" suffix.
    public var title: String?
    public var siteName: String?
    public var section: String?
    /// Where the page came from: the URL it was fetched from or saved from.
    public var url: String?
    /// The page's own `<link rel=canonical>` / `og:url`, made absolute.
    public var canonicalURL: String?
    /// BCP 47 language tag as the page declares it ("en", "zh-CN").
    public var language: String?
    /// ISO 8601: "2015-09-17T10:30:00-04:00", "2015-09-17T14:30:00Z" or "2015-09-17".
    public var published: String?
    public var modified: String?
    /// The byline as printed, without a leading "By".
    public var byline: String?
    /// Person names, in byline order, without roles or organisations.
    public var authors: [String]
    /// The news organisation or agency named in the byline or dateline.
    public var organization: String?
    public var dateline: Dateline?
    public var captions: [Caption]
    /// Corrections, updates and editor's notes, kept out of `text`.
    public var corrections: [String]
    /// The story as plain text, paragraphs separated by blank lines.
    public var text: String?
    /// The story as Markdown that keeps subheads, lists, quotes, tables, emphasis and links.
    public var markdown: String?
    public var wordCount: Int
    /// False for pages that are not a story: section fronts, indexes, walls.
    public var isArticle: Bool
    /// Why the page is not a story, or what is wrong with it ("consent wall").
    public var notes: [String]
    /// Where each filled field came from (`json-ld`, `meta`, `byline-element`, `body-text`, …).
    public var fieldSources: FieldSources
    /// SHA-256 of the extracted story (title + text), hex: the archive's identity of a story.
    public var contentHash: String?
    public var extractorVersion: String
    /// The body as a small block tree, from which `text` and `markdown` are rendered.
    /// Not part of the JSON contract.
    public var body: [Block] = []

    enum CodingKeys: String, CodingKey {
        case title
        case siteName = "site_name"
        case section
        case url
        case canonicalURL = "canonical_url"
        case language
        case published
        case modified
        case byline
        case authors
        case organization
        case dateline
        case captions
        case corrections
        case text
        case markdown
        case wordCount = "word_count"
        case isArticle = "is_article"
        case notes
        case fieldSources = "field_sources"
        case contentHash = "content_hash"
        case extractorVersion = "extractor_version"
    }

    public init(
        title: String? = nil,
        siteName: String? = nil,
        section: String? = nil,
        url: String? = nil,
        canonicalURL: String? = nil,
        language: String? = nil,
        published: String? = nil,
        modified: String? = nil,
        byline: String? = nil,
        authors: [String] = [],
        organization: String? = nil,
        dateline: Dateline? = nil,
        captions: [Caption] = [],
        corrections: [String] = [],
        text: String? = nil,
        markdown: String? = nil,
        wordCount: Int = 0,
        isArticle: Bool = true,
        notes: [String] = [],
        fieldSources: FieldSources = FieldSources(),
        contentHash: String? = nil,
        extractorVersion: String,
        body: [Block] = []
    ) {
        self.title = title
        self.siteName = siteName
        self.section = section
        self.url = url
        self.canonicalURL = canonicalURL
        self.language = language
        self.published = published
        self.modified = modified
        self.byline = byline
        self.authors = authors
        self.organization = organization
        self.dateline = dateline
        self.captions = captions
        self.corrections = corrections
        self.text = text
        self.markdown = markdown
        self.wordCount = wordCount
        self.isArticle = isArticle
        self.notes = notes
        self.fieldSources = fieldSources
        self.contentHash = contentHash
        self.extractorVersion = extractorVersion
        self.body = body
    }

    /// Encodes every optional as an explicit `null`, so a reader always sees
    /// every field of the contract.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(siteName, forKey: .siteName)
        try c.encode(section, forKey: .section)
        try c.encode(url, forKey: .url)
        try c.encode(canonicalURL, forKey: .canonicalURL)
        try c.encode(language, forKey: .language)
        try c.encode(published, forKey: .published)
        try c.encode(modified, forKey: .modified)
        try c.encode(byline, forKey: .byline)
        try c.encode(authors, forKey: .authors)
        try c.encode(organization, forKey: .organization)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(captions, forKey: .captions)
        try c.encode(corrections, forKey: .corrections)
        try c.encode(text, forKey: .text)
        try c.encode(markdown, forKey: .markdown)
        try c.encode(wordCount, forKey: .wordCount)
        try c.encode(isArticle, forKey: .isArticle)
        try c.encode(notes, forKey: .notes)
        try c.encode(fieldSources, forKey: .fieldSources)
        try c.encode(contentHash, forKey: .contentHash)
        try c.encode(extractorVersion, forKey: .extractorVersion)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        siteName = try c.decodeIfPresent(String.self, forKey: .siteName)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        canonicalURL = try c.decodeIfPresent(String.self, forKey: .canonicalURL)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        modified = try c.decodeIfPresent(String.self, forKey: .modified)
        byline = try c.decodeIfPresent(String.self, forKey: .byline)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
        dateline = try c.decodeIfPresent(Dateline.self, forKey: .dateline)
        captions = try c.decodeIfPresent([Caption].self, forKey: .captions) ?? []
        corrections = try c.decodeIfPresent([String].self, forKey: .corrections) ?? []
        text = try c.decodeIfPresent(String.self, forKey: .text)
        markdown = try c.decodeIfPresent(String.self, forKey: .markdown)
        wordCount = try c.decodeIfPresent(Int.self, forKey: .wordCount) ?? 0
        isArticle = try c.decodeIfPresent(Bool.self, forKey: .isArticle) ?? true
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        fieldSources = try c.decodeIfPresent(FieldSources.self, forKey: .fieldSources) ?? FieldSources()
        contentHash = try c.decodeIfPresent(String.self, forKey: .contentHash)
        extractorVersion = try c.decode(String.self, forKey: .extractorVersion)
        body = []
    }
}
