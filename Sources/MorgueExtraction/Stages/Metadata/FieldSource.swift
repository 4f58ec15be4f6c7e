/// Where an extracted field was read from, strongest evidence first.
/// Recorded beside each field so a reader of the archive can tell a
/// publisher's structured data from a guess made on the visible page.
enum FieldSource: String, Sendable, Equatable, CaseIterable {
    /// schema.org data in a `<script type="application/ld+json">` block.
    case jsonLD
    /// A `<meta>` tag: Open Graph, `article:*`, Twitter card, Dublin Core, or a plain name.
    case meta
    /// schema.org microdata: an element's `itemprop`.
    case microdata
    /// An element marked as a byline (class, id, `rel=author`) or a `<time>` element.
    case bylineElement
    /// A line of the article's visible text.
    case bodyText
    /// The page URL (a date in the path).
    case url
    /// The `<title>` element.
    case titleElement
    /// A heading element (`<h1>`) of the page.
    case heading
}

/// The fields of `PageMetadata` whose provenance is recorded.
enum MetadataField: String, Sendable, Hashable, CaseIterable {
    case documentTitle, title, siteName, section, canonicalURL, baseURL, language
    case published, modified, description, authors, organization, articleBody, pageType, keywords
}
