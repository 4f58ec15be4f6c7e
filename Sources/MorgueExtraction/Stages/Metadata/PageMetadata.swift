import MorgueModel
/// What a page says about itself in machine-readable form: `<head>` meta
/// tags, schema.org JSON-LD and microdata, `<title>`, `<html lang>`,
/// canonical and base links. Filled by `ReadMetadata`; later stages compare
/// the visible page against it.
struct PageMetadata: Sendable, Equatable {
    /// The `<title>` element's text, as written (site name included).
    var documentTitle: String?
    /// The best structured title: `og:title`, JSON-LD `headline`, `twitter:title`, …
    var title: String?
    var siteName: String?
    /// Every name the page gives its publisher (`og:site_name`, the JSON-LD
    /// publisher and WebSite, microdata, `siteName`), folded as
    /// `TextComparison.fold` folds them: an author or organization named so
    /// is the site itself.
    var ownNames: Set<String> = []
    /// The first section named (`article:section`, JSON-LD `articleSection`).
    var section: String?
    /// The absolute canonical URL.
    var canonicalURL: String?
    /// What relative links resolve against: `<base href>` resolved against
    /// the page URL, else the page URL, else the canonical URL.
    var baseURL: String?
    /// A BCP 47-style tag, "en", "en-US", "de".
    var language: String?
    /// ISO 8601, normalised by `DateNormalization`.
    var published: String?
    /// Every structured publication time, in order of trust (JSON-LD, meta
    /// tags, microdata), `published` first; they disagree on some pages.
    var publishedAlternatives: [SourcedValue] = []
    var modified: String?
    /// Every structured modification time, in order of trust, `modified` first.
    var modifiedAlternatives: [SourcedValue] = []
    var description: String?
    /// Names of people given as authors in structured data or author meta tags.
    var structuredAuthors: [String] = []
    /// The one structured author value that named all of `structuredAuthors` ("Tobias Wendland und
    /// Sabine Kröger"), as written: the byline as the page prints it.
    var structuredAuthorsText: String?
    /// An author of type Organization (or an author name that is a news organization).
    var structuredOrganization: String?
    /// The original publisher of a story another site carries: JSON-LD `provider` or
    /// `sourceOrganization`, when it is not the site itself.
    var syndicatedFrom: String?
    /// JSON-LD `articleBody`, when the publisher put the text there.
    var articleBody: String?
    /// "article", "website", "NewsArticle", … from `og:type` or JSON-LD `@type`.
    var pageType: String?
    /// The bare schema.org types of the JSON-LD objects that describe the page ("webpage", "product").
    var entityTypes: Set<String> = []
    var keywords: [String] = []
    /// Where each filled field came from.
    var sources: [MetadataField: FieldSource] = [:]

    /// Whether a name is one the page gives its publisher.
    func isOwnName(_ name: String) -> Bool {
        !ownNames.isEmpty && ownNames.contains(TextComparison.fold(name))
    }

    /// True when the page type says this is a story rather than a front,
    /// section or profile page; nil when no type was declared.
    var declaresArticle: Bool? {
        guard let pageType else { return nil }
        return MetadataKeys.isArticleType(pageType)
    }

    /// True when the page is a shop's page for a thing on sale: its Open Graph type says so
    /// (og:type "product"), or its JSON-LD describes a Product and no story while Open Graph
    /// calls it no story either (a review's page names the product beside its article object).
    var declaresProduct: Bool {
        if let pageType, MetadataKeys.productTypes.contains(MetadataKeys.bareType(pageType)) { return true }
        guard !entityTypes.isDisjoint(with: MetadataKeys.productTypes),
              !entityTypes.contains(where: MetadataKeys.isArticleType) else { return false }
        return declaresArticle != true
    }
}

/// A value read from the page, and where it was read.
struct SourcedValue: Sendable, Equatable {
    var value: String
    var source: FieldSource
}
