/// Where an extracted field was read from, strongest evidence first.
/// Recorded beside each field so a reader of the archive can tell a
/// publisher's structured data from a guess made on the visible page.
public enum FieldSource: String, Codable, Sendable, Equatable, CaseIterable {
    /// schema.org data in a `<script type="application/ld+json">` block.
    case jsonLD = "json-ld"
    /// A `<meta>` tag: Open Graph, `article:*`, Twitter card, Dublin Core, or a plain name.
    case meta
    /// schema.org microdata: an element's `itemprop`.
    case microdata
    /// An element marked as a byline (class, id, `rel=author`) or a `<time>` element.
    case bylineElement = "byline-element"
    /// A line of the article's visible text.
    case bodyText = "body-text"
    /// The page URL (a date in the path).
    case url
    /// The `<title>` element.
    case titleElement = "title-element"
    /// A heading element (`<h1>`) of the page.
    case heading
    /// A `rel="category"` link of the page (the categories WordPress prints with a post).
    case categoryLink = "category-link"
    /// A breadcrumb trail printed on the page ("Home › News › Local").
    case breadcrumb
}


/// Where each filled field of an article came from, so a reader can judge a
/// value and a later extractor can be compared field by field. A field that
/// is nil here is either empty or was not traced.
public struct FieldSources: Codable, Equatable, Sendable {
    public var title: FieldSource?
    public var siteName: FieldSource?
    public var section: FieldSource?
    public var canonicalURL: FieldSource?
    public var language: FieldSource?
    public var published: FieldSource?
    public var modified: FieldSource?
    public var byline: FieldSource?
    public var dateline: FieldSource?

    enum CodingKeys: String, CodingKey {
        case title
        case siteName = "site_name"
        case section
        case canonicalURL = "canonical_url"
        case language, published, modified, byline, dateline
    }

    public init() {}

    /// Writes only the traced fields.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(siteName, forKey: .siteName)
        try c.encodeIfPresent(section, forKey: .section)
        try c.encodeIfPresent(canonicalURL, forKey: .canonicalURL)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encodeIfPresent(published, forKey: .published)
        try c.encodeIfPresent(modified, forKey: .modified)
        try c.encodeIfPresent(byline, forKey: .byline)
        try c.encodeIfPresent(dateline, forKey: .dateline)
    }
}
