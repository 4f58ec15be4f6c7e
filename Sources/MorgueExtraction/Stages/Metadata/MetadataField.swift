import MorgueModel

/// The fields of `PageMetadata` whose provenance is recorded.
enum MetadataField: String, Sendable, Hashable, CaseIterable {
    case documentTitle, title, siteName, section, canonicalURL, baseURL, language
    case published, modified, description, authors, organization, articleBody, pageType, keywords
}
