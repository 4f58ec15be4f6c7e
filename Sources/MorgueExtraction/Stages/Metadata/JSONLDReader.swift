import Foundation
import MorgueDOM

/// What the page's schema.org JSON-LD blocks say about the story.
struct JSONLDFacts: Sendable, Equatable {
    var headline: String?
    var authors: [String] = []
    var organizationAuthor: String?
    /// Dates as written; `DateNormalization` reads them.
    var published: String?
    /// The story's (or work's) `dateCreated`: when it was first written, which a
    /// published meta tag outranks.
    var created: String?
    /// The `datePublished` of a `WebPage` object: the page's own date,
    /// read when the story object gives none.
    var pagePublished: String?
    var modified: String?
    var section: String?
    /// Every entry of the story's `articleSection`, in order (`section` is the first).
    var sections: [String] = []
    var publisherName: String?
    /// The publisher is a Person (a personal blog's writer, as Yoast names them): a name of a person, not a site's.
    var publisherIsPerson = false
    /// The story's `provider` or `sourceOrganization`: on a portal that syndicates it, its original publisher.
    var providerName: String?
    var websiteName: String?
    /// The `name` of a `CollectionPage` object: a section front's or a tag page's name.
    var collectionName: String?
    var articleBody: String?
    var description: String?
    var keywords: [String] = []
    var language: String?
    /// The `@type` of the story object, or of the first typed object.
    var type: String?
    /// The bare types of every object that describes the page ("webpage", "product").
    var entityTypes: Set<String> = []
    /// The steps of each `BreadcrumbList`, in order of `position`.
    var breadcrumbs: [[Crumb]] = []
}

/// Reads `<script type="application/ld+json">` blocks: a single object, an
/// array, an `@graph`, or a `mainEntity` chain; `@id` references are
/// followed. The first object of a story type (NewsArticle, Article,
/// BlogPosting, ReportageNewsArticle, …) is the story, else an object with a
/// headline; without a story, a work (HowTo, Recipe) gives the writer and the
/// dates; a `WebSite` object
/// gives the site name, a `WebPage` object the page's date (and its
/// author, when the story object names none), a `BreadcrumbList` (or a
/// page's `breadcrumb`) the trail to the story. Blocks with trailing commas or raw control
/// characters are repaired once before giving up on them.
enum JSONLDReader {
    typealias Object = [String: Any]

    static func read(document: HTMLDocument, elements: MetadataElements? = nil) -> JSONLDFacts {
        let elements = elements ?? MetadataElements(document: document)
        let objects = entities(in: blocks(in: elements.scripts))
        var index: [String: Object] = [:]
        for object in objects {
            if let id = object["@id"] as? String, object.count > 1, index[id] == nil { index[id] = object }
        }
        var facts = JSONLDFacts()
        // Each object's types, read once for the searches below.
        let typed = objects.map { (object: $0, types: types(of: $0)) }
        /// The objects of which one type passes `test`, in order.
        func typedAs(_ test: (String) -> Bool) -> [Object] {
            typed.filter { $0.types.contains(where: test) }.map(\.object)
        }
        let story = typedAs(MetadataKeys.isArticleType).first ?? objects.first(where: { $0["headline"] != nil })
        // A work that is no article (a how-to, a recipe) still names its writer and its date.
        let work = story ?? typedAs(MetadataKeys.workTypes.contains).first
        let website = typedAs({ $0 == "website" }).first
        facts.websiteName = website.flatMap { string($0["name"]) }
        facts.collectionName = typedAs({ $0 == "collectionpage" }).lazy.compactMap { string($0["name"]) }.first
        facts.type = story.flatMap { rawTypes(of: $0).first } ?? objects.lazy.compactMap { rawTypes(of: $0).first }.first
        facts.entityTypes = Set(typed.flatMap(\.types))
        let pages = typedAs(MetadataKeys.pageTypes.contains)
        facts.pagePublished = pages.lazy.compactMap { string($0["datePublished"]) }.first
        // The story object names the authors; a page object's author (as SEO plugins write it
        // when they emit no article object) stands in when the story names none.
        let credited = [work].compactMap { $0 } + pages
        if let holder = credited.first(where: { $0["author"] != nil || $0["creator"] != nil }) {
            readAuthors(of: holder, index: index, into: &facts)
        }

        let lists = typedAs({ $0 == "breadcrumblist" })
            + objects.flatMap { resolve($0["breadcrumb"], in: index) }.filter { types(of: $0).contains("breadcrumblist") }
        facts.breadcrumbs = lists.prefix(Self.maxBreadcrumbLists).map { trail(of: $0, index: index) }.filter { !$0.isEmpty }

        guard let story else {
            facts.published = work.flatMap { string($0["datePublished"]) }
            facts.created = work.flatMap { string($0["dateCreated"]) }
            facts.modified = work.flatMap { string($0["dateModified"]) }
            return facts
        }
        facts.headline = string(story["headline"]) ?? string(story["name"]) ?? string(story["alternativeHeadline"])
        facts.published = string(story["datePublished"])
        facts.created = string(story["dateCreated"])
        facts.modified = string(story["dateModified"])
        facts.sections = strings(story["articleSection"])
        facts.section = facts.sections.first
        facts.articleBody = string(story["articleBody"])
        facts.description = string(story["description"])
        facts.keywords = strings(story["keywords"]).flatMap { $0.split(separator: ",").map { TextNormalization.collapse(String($0)) } }
            .filter { !$0.isEmpty }
        facts.language = string(story["inLanguage"]) ?? (story["inLanguage"] as? Object).flatMap { string($0["alternateName"]) }

        let publishers = resolve(story["publisher"], in: index) + resolve(website?["publisher"], in: index)
        if let publisher = publishers.first(where: { string($0["name"]) != nil }) {
            facts.publisherName = string(publisher["name"])
            facts.publisherIsPerson = types(of: publisher).contains("person")
        }
        let provider = story["provider"] ?? story["sourceOrganization"]
        facts.providerName = resolve(provider, in: index).lazy.compactMap { string($0["name"]) }.first
            ?? strings(provider).first

        return facts
    }

    /// Most breadcrumb lists read: a page has one trail, sometimes given twice.
    static let maxBreadcrumbLists = 4

    /// The steps of a `BreadcrumbList`: each `ListItem`'s name (or its `item`'s) and address (its
    /// `item`, or the `item`'s `@id` or `url`), in order of `position`.
    static func trail(of list: Object, index: [String: Object]) -> [Crumb] {
        var steps: [(position: Double, crumb: Crumb)] = []
        for (order, element) in resolve(list["itemListElement"], in: index).prefix(Breadcrumbs.maxSteps + 1).enumerated() {
            let item = element["item"]
            let target = resolve(item, in: index).first
            guard let name = string(element["name"]) ?? target.flatMap({ string($0["name"]) }) else { continue }
            let url = string(item) ?? target.flatMap { string($0["@id"]) ?? string($0["url"]) } ?? string(element["url"])
            let position = (element["position"] as? NSNumber)?.doubleValue
                ?? string(element["position"]).flatMap(Double.init) ?? Double(order)
            steps.append((position, Crumb(name: name, url: url)))
        }
        guard steps.count <= Breadcrumbs.maxSteps else { return [] }
        var trail = steps.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element.crumb)
        // The last item, given without an address after items with one, is the page itself.
        if trail.count > 1, trail.last?.url == nil, trail.contains(where: { $0.url != nil }) { trail.removeLast() }
        return trail
    }

    /// The people (and the organization) credited by `holder`'s `author` or `creator`.
    private static func readAuthors(of holder: Object, index: [String: Object], into facts: inout JSONLDFacts) {
        for author in resolve(holder["author"] ?? holder["creator"], in: index) {
            guard let name = name(of: author), !looksLikeURL(name) else { continue }
            // A one-person site's author is typed both Person and Organization: a person.
            let types = types(of: author)
            if types.contains(where: MetadataKeys.organizationTypes.contains), !types.contains("person") {
                if facts.organizationAuthor == nil { facts.organizationAuthor = name }
            } else if facts.authors.count < ReadMetadata.maxAuthors, !facts.authors.contains(name) {
                facts.authors.append(name)
            }
        }
        for name in strings(holder["author"])
        where facts.authors.count < ReadMetadata.maxAuthors && !looksLikeURL(name) && !facts.authors.contains(name) {
            facts.authors.append(name)
        }
    }

    // MARK: Blocks

    /// Every parsed JSON-LD block among the document's `<script>` elements.
    static func blocks(in scripts: [Node]) -> [Any] {
        var result: [Any] = []
        for node in scripts {
            if let type = node.attribute("type").map(ASCIIText.lowercased), PlainTextSearch.contains("ld+json", in: type) {
                let source = node.children.compactMap(\.content).joined()
                if let parsed = parse(source) { result.append(parsed) }
            }
        }
        return result
    }

    /// Parses one block, repairing the common faults once if needed.
    static func parse(_ source: String) -> Any? {
        var text = TextEdges.trimmingWhitespaceAndNewlines(source)
        // Most blocks hold no comment or CDATA wrapper, whose every form holds a "<" or a ">": one
        // pass over the bytes tells, before each wrapper is looked for.
        if text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E }) {
            for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] where ByteSearch.contains(text, wrapper) {
                text = PlainTextSearch.replacing(wrapper, with: "", in: text)
            }
        }
        if let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
            return parsed
        }
        let repaired = Repairs.trailingComma.replacingMatches(
            in: Repairs.controlCharacters.replacingMatches(in: text, with: " "), with: "$1")
        return try? JSONSerialization.jsonObject(with: Data(repaired.utf8), options: [.fragmentsAllowed])
    }

    private enum Repairs {
        static let controlCharacters = TextPattern("[\\x{00}-\\x{1F}]")
        static let trailingComma = TextPattern(",\\s*([}\\]])")
    }

    /// The objects that describe the page itself: top-level objects, array
    /// members, `@graph` members and `mainEntity` / `mainEntityOfPage`
    /// objects. Objects merely mentioned (related stories, list items) are
    /// not entities.
    static func entities(in blocks: [Any]) -> [Object] {
        var result: [Object] = []
        func visit(_ value: Any, depth: Int) {
            guard depth < 8 else { return }
            if let array = value as? [Any] {
                for item in array { visit(item, depth: depth + 1) }
            } else if let object = value as? Object {
                result.append(object)
                for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                    if let nested = object[key], nested is Object || nested is [Any] { visit(nested, depth: depth + 1) }
                }
            }
        }
        for block in blocks { visit(block, depth: 0) }
        return result
    }

    // MARK: Values

    /// The objects a property refers to: inline objects, `@id` references
    /// resolved through `index`, and plain strings as `{"name": …}`.
    static func resolve(_ value: Any?, in index: [String: Object]) -> [Object] {
        switch value {
        case let array as [Any]:
            return array.flatMap { resolve($0, in: index) }
        case let object as Object:
            if object.count <= 2, let id = object["@id"] as? String, let target = index[id] { return [target] }
            return [object]
        default:
            return []
        }
    }

    static func name(of object: Object) -> String? {
        if let name = string(object["name"]) { return name }
        let parts = [string(object["givenName"]), string(object["familyName"])].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Lower-cased bare type names ("newsarticle").
    static func types(of object: Object) -> [String] { rawTypes(of: object).map(MetadataKeys.bareType) }

    static func rawTypes(of object: Object) -> [String] {
        if let type = object["@type"] as? String { return [type] }
        return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    /// A non-empty string value, entity-decoded and collapsed; the first of
    /// an array; the `@value` of a value object.
    static func string(_ value: Any?) -> String? { strings(value).first }

    static func strings(_ value: Any?) -> [String] {
        switch value {
        case let text as String:
            let clean = TextNormalization.collapse(EntityDecoding.decode(text))
            return clean.isEmpty ? [] : [clean]
        case let array as [Any]:
            return array.flatMap { strings($0) }
        case let object as Object:
            return strings(object["@value"])
        default:
            return []
        }
    }

    static func looksLikeURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") || lower.hasPrefix("/")
    }
}
