import Foundation
import MorgueModel
import MorgueDOM

/// Reads what the page says about itself in machine-readable form.
///
/// Keeps: `<title>`, `<html lang>`, `<base href>`, `<link rel=canonical>`;
/// Open Graph, `article:*`, Twitter card, Dublin Core and analytics `<meta>`
/// tags; schema.org JSON-LD (arrays, `@graph`, `mainEntity`, `@id`
/// references) and microdata. Each filled field records its source. A
/// section comes last from Twitter's card pairs ("Filed under") and from a
/// single taxonomy link or kicker-classed label just before the first `<h1>`,
/// and on a section front from the JSON-LD `CollectionPage` name that the menu's
/// `aria-current="page"` link repeats. Of several JSON-LD `articleSection` entries,
/// the first that a step of the breadcrumb trail or the category label before the
/// `<h1>` names is the section (else the first); a structured section in Latin
/// letters yields to a breadcrumb step in the script of a title written in
/// another ("India News" → "देश"). Of the structured dates, a `dateCreated`
/// ranks after the published meta tags, and a date without a zone yields to
/// another source's of the same day with an offset. Of the declared languages,
/// two sources agreeing against `<html lang>` win; tags take BCP 47's casing; a
/// page that declares none is given the language of its paragraphs' script
/// (Chinese, Japanese, Korean, Thai) or commonest words when they tell it clearly.
/// Drops: author values that are URLs, JSON-LD blocks that cannot be
/// parsed even after repair, dates that cannot be read, and properties of
/// comments, reviews or other items that are not the story; authors past
/// the first `maxAuthors`; site names and sections longer than a label or
/// that are a template's placeholder ("nil", "{$site_name}"), a site name's
/// "https://www." and a title printed before it, a bare host name ("Tollgate.com",
/// "L'Horizon.fr", "news.nadwislanska.pl") where another source gives the plain name
/// ("Tollgate", "L'Horizon", "Nadwiślańska": compared folded, on letters and digits, to
/// the whole host or its registered domain's label), a theme's label before a
/// section ("Posted in"), and canonical URLs longer than an address; the
/// Wayback Machine's prefix before a captured page's canonical URL.
enum ReadMetadata {
    /// Most people the metadata may name as the story's authors: past that,
    /// a page is listing contributors or commenters, not a byline (and a
    /// hostile page's thousands of names cost no more than this many).
    static let maxAuthors = 100
    /// Longest site name or section read: they are short labels.
    static let maxLabelLength = 200
    /// Longest canonical URL read.
    static let maxURLLength = 4096

    static func run(document: HTMLDocument, pageURL: String?) -> PageMetadata {
        let elements = MetadataElements(document: document)
        let meta = MetaTags(document: document, elements: elements)
        let jsonLD = JSONLDReader.read(document: document, elements: elements)
        let microdata = MicrodataReader.read(document: document, elements: elements)
        var result = PageMetadata()

        func fill(_ field: MetadataField, _ candidates: [(String?, FieldSource)], into keyPath: WritableKeyPath<PageMetadata, String?>,
                  reading read: (String) -> String? = { $0 }) {
            for (raw, source) in candidates {
                guard let clean = raw.map({ TextNormalization.collapse(EntityDecoding.decode($0)) }),
                      let value = read(clean), !value.isEmpty else { continue }
                result[keyPath: keyPath] = value
                result.sources[field] = source
                return
            }
        }

        // Titles.
        fill(.documentTitle, [(elements.title?.textContent, .titleElement)], into: \.documentTitle)
        fill(.title, [
            (jsonLD.headline, .jsonLD), (meta.first(MetadataKeys.title)?.value, .meta), (microdata.headline, .microdata),
        ], into: \.title)

        // The publication and the story's place in it.
        let siteCandidates: [(String?, FieldSource)] = [
            (meta.first("og:site_name"), .meta), (jsonLD.publisherName, .jsonLD), (jsonLD.websiteName, .jsonLD),
            (meta.first(MetadataKeys.siteName)?.value, .meta), (microdata.publisherName, .microdata),
        ]
        let pageTitles = [result.title, result.documentTitle].compactMap { $0 }
        fill(.siteName, siteCandidates, into: \.siteName, reading: { siteName($0, titles: pageTitles) })
        // A site named only by its web address goes by its host ("https://www.fr.de" → "fr.de").
        if result.siteName == nil { fill(.siteName, siteCandidates, into: \.siteName, reading: hostName) }
        // "the Guardian" in og:site_name, "The Guardian" as the JSON-LD publisher: the name as a title prints it.
        if let name = result.siteName, name.first?.isLowercase == true,
           let capitalised = siteCandidates.lazy.compactMap({ $0.0 }).first(where: {
               $0.first?.isUppercase == true && $0.caseInsensitiveCompare(name) == .orderedSame
           }) {
            result.siteName = capitalised
        }
        // "La Voz del Guadiel | Noticias de la comarca" (a tagline) where another source names
        // "La Voz del Guadiel": the plain name.
        if let name = result.siteName,
           let plain = siteCandidates.lazy.compactMap({ $0.0.map(TextNormalization.collapse) })
               .first(where: { extendsSiteName(name, $0) }) {
            result.siteName = plain
        }
        // "Tollgate.com", "L'Horizon.fr", "news.nadwislanska.pl" (a site named by its bare host) where another
        // source names "Tollgate", "L'Horizon", "Nadwiślańska": the plain name.
        if let name = result.siteName, case let stems = hostStems(name), !stems.isEmpty,
           let plain = siteCandidates.lazy.compactMap({ $0.0.map(TextNormalization.collapse) })
               .first(where: { hostStems($0).isEmpty && stems.contains(TextComparison.words(TextComparison.fold($0)).joined()) }) {
            result.siteName = plain
        }
        // The names the site goes by; a publisher that is a person (a blog's writer) names its author.
        let ownCandidates = siteCandidates.map(\.0).filter { !(jsonLD.publisherIsPerson && $0 == jsonLD.publisherName) }
        result.ownNames = Set((ownCandidates + [result.siteName]).compactMap { name in
            name.map(TextComparison.fold).flatMap { $0.isEmpty ? nil : $0 }
        })
        if let provider = jsonLD.providerName.flatMap(label),
           ![result.siteName, jsonLD.publisherName, jsonLD.websiteName].contains(where: { name in
               name.map { TextComparison.fold($0) == TextComparison.fold(provider) } ?? false
           }) {
            result.syndicatedFrom = provider
        }
        fill(.section, [
            (meta.first(MetadataKeys.section)?.value, .meta), (jsonLD.section, .jsonLD), (microdata.section, .microdata),
        ], into: \.section, reading: sectionName)
        if result.section == nil {
            fill(.section, [(categoryLinkText(elements), .categoryLink)], into: \.section, reading: sectionName)
        }
        fill(.description, [(meta.first(MetadataKeys.description)?.value, .meta), (jsonLD.description, .jsonLD)],
             into: \.description)
        fill(.articleBody, [(jsonLD.articleBody, .jsonLD)], into: \.articleBody)

        // Addresses.
        let pageResolver = URLResolver(base: pageURL)
        let canonical = linkHref(elements, rel: "canonical").flatMap(pageResolver.resolve)
            ?? meta.first("og:url").flatMap(pageResolver.resolve)
        // A page saved from the Wayback Machine names its original address; its links resolve where the copy is.
        let canonicalAsWritten = canonical.flatMap(absoluteHTTP).flatMap { $0.utf8.count <= maxURLLength ? $0 : nil }
        fill(.canonicalURL, [(canonicalAsWritten, .meta)], into: \.canonicalURL, reading: WaybackCapture.original)
        let base = baseHref(elements).flatMap(pageResolver.resolve).flatMap(absoluteHTTP)
        fill(.baseURL, [(base, .meta), (pageURL.flatMap(absoluteHTTP), .url), (canonicalAsWritten, .meta)], into: \.baseURL)

        // A section named only by the page's breadcrumb trail: the structured trail, then the printed one.
        // The trail also settles which of several `articleSection` entries is the story's, and stands for
        // the page's own language against a section named in Latin letters.
        let crumbPage = Breadcrumbs.Page(
            titles: [result.title, result.documentTitle].compactMap { $0 },
            addresses: [result.canonicalURL, pageURL].compactMap { $0 },
            siteNames: siteCandidates.compactMap { $0.0 } + [result.siteName, result.documentTitle.flatMap(titleTail)].compactMap { $0 })
        func crumbSection() -> (name: String, source: FieldSource, trail: [Crumb])? {
            sectionTrail(jsonLD: jsonLD, elements: elements, page: crumbPage, resolver: URLResolver(base: result.baseURL))
        }
        if result.section == nil {
            if let (name, source, _) = crumbSection() {
                result.section = name
                result.sources[.section] = source
            }
        } else if result.sources[.section] == .jsonLD, jsonLD.sections.count > 1 {
            let printed = (crumbSection()?.trail.map(\.name) ?? []) + [headlineLabel(elements)].compactMap { $0 }
            if let named = namedArticleSection(jsonLD.sections, printed: printed) {
                result.section = named
            }
        } else if let section = result.section, let title = result.title ?? result.documentTitle,
                  let pageScript = foreignScript(ofPage: title, againstSection: section),
                  let (name, source, _) = crumbSection(), WritingScript.dominant(in: name) == pageScript {
            result.section = name
            result.sources[.section] = source
        }

        // Last, the sections Twitter's card pairs name, then a label printed just before the headline.
        if result.section == nil {
            fill(.section, [(twitterSection(meta), .meta)], into: \.section, reading: sectionName)
        }
        if result.section == nil {
            fill(.section, [(headlineLabel(elements), .categoryLink)], into: \.section, reading: sectionName)
        }
        // A section front: the JSON-LD `CollectionPage` named as the menu's link to the page itself.
        if result.section == nil {
            fill(.section, [(currentSection(jsonLD: jsonLD, elements: elements), .jsonLD)], into: \.section, reading: sectionName)
        }

        // Language.
        let declaredLanguages: [(String?, FieldSource)] = [
            (document.root?.attribute("lang"), .meta), (document.root?.attribute("xml:lang"), .meta),
        ] + MetadataKeys.language.map { (meta.first($0), FieldSource.meta) } + [(jsonLD.language, .jsonLD)]
        fill(.language, outvoted(declaredLanguages), into: \.language, reading: languageTag)
        // A page that declares none: the language its paragraphs' commonest words are of, when they tell clearly.
        if result.language == nil, let detected = detectedLanguage(document) {
            result.language = detected
            result.sources[.language] = .bodyText
        }

        // Dates, as ISO 8601.
        // Several sources give the same value, and each is read more than once: it is parsed once.
        var parsedDates: [String: PageDate?] = [:]
        func parseDate(_ value: String) -> PageDate? {
            if let known = parsedDates[value] { return known }
            let date = DateNormalization.parse(value)
            parsedDates[value] = date
            return date
        }
        let metaPublished = MetadataKeys.published.lazy.compactMap { meta.first($0) }.first(where: { parseDate($0) != nil })
        let metaModified = MetadataKeys.modified.lazy.compactMap { meta.first($0) }.first(where: { parseDate($0) != nil })
        // A story's `dateCreated` (when it was first written) never outranks a published meta tag.
        let publishedSources: [(String?, FieldSource)] = [
            (jsonLD.published, .jsonLD), (metaPublished, .meta), (jsonLD.created, .jsonLD), (microdata.published, .microdata),
            (jsonLD.pagePublished, .jsonLD),
        ]
        func alternatives(_ sources: [(String?, FieldSource)]) -> [SourcedValue] {
            preferringOffset(sources.compactMap { raw, source in
                raw.flatMap { value in parseDate(TextNormalization.collapse(EntityDecoding.decode(value))) }
                    .map { (date: $0, source: source) }
            }).map { SourcedValue(value: $0.date.iso, source: $0.source) }
        }
        result.publishedAlternatives = alternatives(publishedSources)
        if let first = result.publishedAlternatives.first {
            result.published = first.value
            result.sources[.published] = first.source
        }
        let modifiedSources: [(String?, FieldSource)] = [
            (jsonLD.modified, .jsonLD), (metaModified, .meta), (microdata.modified, .microdata),
        ]
        result.modifiedAlternatives = alternatives(modifiedSources)
        if let first = result.modifiedAlternatives.first {
            result.modified = first.value
            result.sources[.modified] = first.source
        }

        // Page type: a story type from JSON-LD is the most specific.
        let jsonLDStoryType = jsonLD.type.flatMap { MetadataKeys.isArticleType($0) ? $0 : nil }
        fill(.pageType, [(jsonLDStoryType, .jsonLD), (meta.first("og:type"), .meta), (jsonLD.type, .jsonLD)], into: \.pageType)
        result.entityTypes = jsonLD.entityTypes

        readAuthors(jsonLD: jsonLD, microdata: microdata, meta: meta, into: &result)
        readKeywords(jsonLD: jsonLD, meta: meta, into: &result)
        return result
    }

    /// Structured dates in order of trust, except that the first, when it gives no zone or offset
    /// ("2026-11-28 17:05:00", a CMS's server time), yields to the first other source that gives the
    /// same day with one ("2026-11-28T18:05:00+01:00"): the publisher's own zoned time. (A day given
    /// alone yields to no zoned midnight: that tells no more.)
    static func preferringOffset(_ dates: [(date: PageDate, source: FieldSource)]) -> [(date: PageDate, source: FieldSource)] {
        guard let first = dates.first, first.date.zone == nil,
              let zoned = dates.firstIndex(where: { candidate in
                  guard candidate.date.zone != nil, let time = candidate.date.time, candidate.date.dayString == first.date.dayString
                  else { return false }
                  // Midnight stands for a day given without its time: it tells no more than a day alone.
                  return first.date.time != nil || time != PageDate.TimeOfDay(hour: 0, minute: 0, second: 0)
              })
        else { return dates }
        var ordered = dates
        ordered.insert(ordered.remove(at: zoned), at: 0)
        return ordered
    }

    /// The host of a web address given as a site name, without "www.".
    static func hostName(_ text: String) -> String? {
        guard absoluteHTTP(text) != nil, let host = URL(string: text)?.host else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Second-level labels that stand before a country's top-level domain ("co.uk", "com.br").
    static let secondLevelLabels: Set<String> = ["co", "com", "org", "net", "gov", "ac", "edu"]

    /// The names a bare host name gives a site, folded (lower-case, no diacritics), its letters and
    /// digits alone, without "www." and its top-level domain: the whole host's, then its registered
    /// domain's label alone ("Tollgate.com" → "tollgate", "www.example.co.uk" → "example",
    /// "L'Horizon.fr" → "lhorizon", "wiadomosci.nadwislanska.pl" → "wiadomoscinadwislanska",
    /// "nadwislanska"); none for any other name (one with spaces, or without a top-level domain).
    static func hostStems(_ name: String) -> [String] {
        guard !name.contains(where: \.isWhitespace) else { return [] }
        var labels = TextComparison.fold(name).split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, (2...6).contains(top.count),
              top.utf8.allSatisfy({ ASCIIText.isLetterOrDigit($0) && !(0x30...0x39).contains($0) }),
              !labels.contains(where: \.isEmpty) else { return [] }
        labels.removeLast()
        if labels.first == "www", labels.count > 1 { labels.removeFirst() }
        if labels.count > 1, let second = labels.last, secondLevelLabels.contains(String(second)) { labels.removeLast() }
        let whole = labels.flatMap { TextComparison.words(String($0)) }.joined()
        guard !whole.isEmpty else { return [] }
        let registered = labels.last.map { TextComparison.words(String($0)).joined() } ?? ""
        return registered.isEmpty || registered == whole ? [whole] : [whole, registered]
    }

    /// The first of `hostStems`: the name a bare host name gives a site; nil for any other name.
    static func hostStem(_ name: String) -> String? { hostStems(name).first }

    /// A site name or section, unless it is longer than a label or a
    /// template's placeholder for no value ("nil", "undefined",
    /// "{$plugin.site_name}", "{{ site.name }}").
    static func label(_ text: String) -> String? {
        guard text.count <= maxLabelLength, !MetadataKeys.placeholders.contains(text.lowercased()),
              !MetadataKeys.templateMarks.contains(where: text.contains) else { return nil }
        return text
    }

    /// A site name as a reader would name it, the page's title followed by
    /// the site's name by that name ("US-Sport in Zeiten von Corona -
    /// ZDFmediathek" → "ZDFmediathek"); nil for a web address, which a name
    /// from another source beats.
    static func siteName(_ text: String, titles: [String]) -> String? {
        guard let name = label(text), absoluteHTTP(name) == nil else { return nil }
        for title in titles where !title.isEmpty && name.count > title.count && name.hasPrefix(title) {
            let rest = name.dropFirst(title.count)
            guard let separator = HeadlineHints.strongSeparators.first(where: { rest.hasPrefix($0) })
                    ?? HeadlineHints.dashSeparators.first(where: { rest.hasPrefix($0) }) else { continue }
            let tail = String(rest.dropFirst(separator.count))
            if !tail.isEmpty { return tail }
        }
        return name
    }

    /// The section named by the first breadcrumb trail that names one: JSON-LD's, then a classed
    /// trail's, then an unclassed one's (each read only when the ones before name none).
    static func breadcrumbSection(jsonLD: JSONLDFacts, elements: MetadataElements, page: Breadcrumbs.Page,
                                  resolver: URLResolver) -> (String, FieldSource)? {
        sectionTrail(jsonLD: jsonLD, elements: elements, page: page, resolver: resolver).map { ($0.name, $0.source) }
    }

    /// The first breadcrumb trail that names a section, with that section (its deepest such step).
    static func sectionTrail(jsonLD: JSONLDFacts, elements: MetadataElements, page: Breadcrumbs.Page,
                             resolver: URLResolver) -> (name: String, source: FieldSource, trail: [Crumb])? {
        func named(_ trail: [Crumb]?) -> String? { trail.flatMap { Breadcrumbs.section(of: $0, page: page) }.flatMap(label) }
        for trail in jsonLD.breadcrumbs { if let name = named(trail) { return (name, .jsonLD, trail) } }
        for trail in Breadcrumbs.trails(of: elements.breadcrumbs, resolver: resolver, page: page) {
            if let name = named(trail) { return (name, .breadcrumb, trail) }
        }
        for node in elements.linkTrails {
            if let trail = Breadcrumbs.linkTrail(of: node, resolver: resolver), let name = named(trail) {
                return (name, .breadcrumb, trail)
            }
        }
        return nil
    }

    /// Of several `articleSection` entries ("AI", "Hardware", "Startups"), the first that the page
    /// prints as a section too (`printed`: the steps of its breadcrumb trail, the category label
    /// before the headline), compared folded: "Hardware" when the trail runs "Home › Hardware", but
    /// "Arts" of "Arts", "Music" when it runs "Home › Arts › Music". Nil when the page prints none
    /// of them (the first stands).
    static func namedArticleSection(_ entries: [String], printed: [String]) -> String? {
        let shown = Set(printed.map(TextComparison.fold).filter { !$0.isEmpty })
        guard !shown.isEmpty else { return nil }
        return entries.lazy.compactMap { raw in sectionName(TextNormalization.collapse(EntityDecoding.decode(raw))) }
            .first { shown.contains(TextComparison.fold($0)) }
    }

    /// The page's script, when a structured section in Latin letters is not in it: an English
    /// "India News" on a page in Hindi, whose breadcrumb trail prints "देश" (a step mostly in that
    /// script then outranks the section). The page's script is that of most of its title's
    /// letters; the section must hold Latin letters alone.
    static func foreignScript(ofPage title: String, againstSection section: String) -> WritingScript? {
        let sectionScripts = WritingScript.counts(section)
        guard sectionScripts.count == 1, sectionScripts[.latin] != nil,
              let pageScript = WritingScript.dominant(in: title), pageScript != .latin, pageScript != .other else { return nil }
        return pageScript
    }

    /// The part of a `<title>` after its last separator, the site's name ("Fire at the mill - Local - The
    /// Herald" → "The Herald"), when the part before its first separator, the story's title, is longer.
    static func titleTail(_ title: String) -> String? {
        // Searched in the title's bytes: the separators are spaces around ASCII or punctuation marks.
        let bytes = Array(title.utf8)
        var first: Int?
        var last: (start: Int, end: Int)?
        for separator in titleSeparators {
            guard let start = ByteSearch.firstIndex(of: separator, in: bytes),
                  let end = ByteSearch.lastIndex(of: separator, in: bytes) else { continue }
            if first.map({ start < $0 }) ?? true { first = start }
            if last.map({ end > $0.start }) ?? true { last = (end, end + separator.count) }
        }
        guard let first, let last else { return nil }
        let head = String(decoding: bytes[..<first], as: UTF8.self)
        let tail = String(decoding: bytes[last.end...], as: UTF8.self)
        return head.count > tail.count ? tail : nil
    }

    /// The separators `titleTail` splits a title at, as bytes.
    private static let titleSeparators = (HeadlineHints.strongSeparators + HeadlineHints.dashSeparators).map { Array($0.utf8) }

    /// Whether `name` is `plain` followed by a tagline after a separator.
    static func extendsSiteName(_ name: String, _ plain: String) -> Bool {
        guard !plain.isEmpty, plain.count < name.count,
              name.lowercased().hasPrefix(plain.lowercased()) else { return false }
        let rest = String(name.dropFirst(plain.count))
        return rest.count > 3 && (HeadlineHints.strongSeparators + HeadlineHints.dashSeparators).contains(where: { rest.hasPrefix($0) })
    }

    /// A section as a reader would name it: without a theme's label ("Posted
    /// in News" → "News"), a section given as a site path by its first part
    /// ("/world/middle_east" → "World"), and of a list of categories the first
    /// ("Tech,Software,Mobile" → "Tech").
    static func sectionName(_ text: String) -> String? {
        var name = Substring(text)
        if let first = name.split(separator: ",").first(where: { $0.contains(where: { !$0.isWhitespace }) }) {
            name = Substring(TextNormalization.collapse(String(first)))
        }
        let lower = text.lowercased()
        if let prefix = MetadataKeys.sectionLabels.first(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ":") }) {
            name = name.dropFirst(prefix.count).drop(while: { $0 == ":" || $0.isWhitespace })
        }
        if name.first == "/" {
            guard let part = name.split(separator: "/").first, part.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
            else { return nil }
            let words = part.split(whereSeparator: { $0 == "_" || $0 == "-" })
            name = Substring(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
        }
        return label(String(name))
    }

    /// People go to `structuredAuthors`; organizations (typed so, or named
    /// in the news-organization table) to `structuredOrganization`. One value
    /// naming several people is read as each of them (`joinedNames`), or as a
    /// printed byline is when it also names their organization
    /// (`creditedPeople`); a "person" holding "and" or "&" is none.
    private static func readAuthors(jsonLD: JSONLDFacts, microdata: MicrodataFacts, meta: MetaTags, into result: inout PageMetadata) {
        var metaNames: [String] = []
        var metaOrganization: String?
        for key in MetadataKeys.author {
            for value in meta.all(key).prefix(maxAuthors) where !JSONLDReader.looksLikeURL(value) {
                guard let byline = BylineParsing.parse(EntityDecoding.decode(value)) else { continue }
                // "wegewerk GmbH": a company in the author tag, with nobody named, is the site's maker.
                if byline.authors.isEmpty, let company = byline.organization, MetadataKeys.isCompany(company) { continue }
                metaNames += byline.authors
                metaOrganization = metaOrganization ?? byline.organization
            }
            if !metaNames.isEmpty || metaOrganization != nil { break }
        }
        let groups: [([String], String?, FieldSource)] = [
            (jsonLD.authors, jsonLD.organizationAuthor, .jsonLD),
            (microdata.authors, microdata.organizationAuthor, .microdata),
            (metaNames, metaOrganization, .meta),
        ]
        for (names, organization, source) in groups {
            var people: [String] = []
            var creditedText: String?
            var group: String? = organization.map { NewsOrganizations.canonicalName(for: $0) ?? $0 }
            for name in names.flatMap(joinedNames) {
                if let known = NewsOrganizations.canonicalName(for: name) {
                    group = group ?? known
                } else if let credited = creditedPeople(name) {
                    creditedText = creditedText ?? credited.text
                    for person in credited.authors where people.count < maxAuthors && !people.contains(person) {
                        people.append(person)
                    }
                    group = group ?? credited.organization
                } else if people.count < maxAuthors, let person = BylineParsing.cleanName(name), !people.contains(person),
                          !holdsJoiningWord(person) {
                    people.append(person)
                }
            }
            if result.structuredAuthors.isEmpty, !people.isEmpty {
                result.structuredAuthors = people
                result.sources[.authors] = source
                // (Without the "By" a value read as a printed byline opens with.)
                if names.count == 1, people.count > 1 {
                    result.structuredAuthorsText = creditedText ?? names.first.map(TextNormalization.collapse)
                }
            }
            if result.structuredOrganization == nil, let group {
                result.structuredOrganization = group
                result.sources[.organization] = source
            }
        }
    }

    /// The people of one author value that names several, joined by "and" or commas ("Tobias Wendland
    /// und Sabine Kröger"), when each is a person's name of two words or more; else the value alone
    /// ("Müller und Partner", "Johnson & Johnson", "Doe, Jane").
    static func joinedNames(_ name: String) -> [String] {
        guard name.contains(where: { $0 == " " }) else { return [name] }
        var parts: [String] = []
        var start = name.startIndex
        for match in BylineVocabulary.nameListJoints.matches(in: name) {
            parts.append(String(name[start..<match.range.lowerBound]))
            start = match.range.upperBound
        }
        guard parts.count >= 1 else { return [name] }
        parts.append(String(name[start...]))
        let people = parts.map(TextNormalization.collapse)
        let allPeople = people.allSatisfy { part in
            part.split(separator: " ").count >= 2 && BylineParsing.isPlausibleName(part)
                && !BylineParsing.looksLikeOrganization(part) && NewsOrganizations.canonicalName(for: part) == nil
        }
        return allPeople ? people : [name]
    }

    /// A value `joinedNames` could not split that credits people the way a
    /// printed byline does ("RENATA OKONJO and DALE FERRIS Associated Press":
    /// names joined by "and", a news organization after them), read as one
    /// (`BylineParsing.parse`, as author meta tags are): its people, when each
    /// is a full name of two words or more, and its organization. Nil for a
    /// value without a joining word or a known organization in it, or one that
    /// does not part into full names and nothing else ("Müller und Partner",
    /// "Glen Owen And Brendan Carlin For The Mail On Sunday").
    static func creditedPeople(_ name: String) -> Byline? {
        guard holdsJoiningWord(name) || NewsOrganizations.splitTrailingOrganization(name) != nil,
              let analysis = BylineParsing.analyse(name), analysis.unexplained.isEmpty, !analysis.byline.authors.isEmpty,
              analysis.byline.authors.allSatisfy({ $0.split(separator: " ").count >= 2 && !holdsJoiningWord($0) })
        else { return nil }
        return analysis.byline
    }

    /// Whether a name holds a word that joins two names ("and", "&", "und",
    /// "et"): a "person" so named is several people, or a firm ("Johnson &
    /// Johnson"), and is never filed as one person.
    static func holdsJoiningWord(_ name: String) -> Bool {
        guard name.contains(" ") else { return false }
        return name.split(separator: " ").contains { BylineVocabulary.personJoiningWords.contains($0.lowercased()) }
    }

    private static func readKeywords(jsonLD: JSONLDFacts, meta: MetaTags, into result: inout PageMetadata) {
        var words: [String] = []
        for key in MetadataKeys.keywords {
            for value in meta.all(key) {
                words += value.split(separator: ",").map { TextNormalization.collapse(String($0)) }
            }
            if !words.isEmpty { break }
        }
        var source = FieldSource.meta
        if words.isEmpty { words = jsonLD.keywords; source = .jsonLD }
        var seen = Set<String>()
        result.keywords = words.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
        if !result.keywords.isEmpty { result.sources[.keywords] = source }
    }

    // MARK: Elements of the head

    /// The `href` of the first `<link>` whose `rel` holds `wanted` and that has one.
    static func linkHref(_ elements: MetadataElements, rel wanted: String) -> String? {
        for node in elements.links {
            if let rel = node.attribute("rel"), spaceSeparated(rel, holds: wanted), let href = node.attribute("href") {
                return href
            }
        }
        return nil
    }

    /// Whether `value`, lower-cased and split at spaces, holds `wanted` (lower-case). A value
    /// of ASCII without a carriage return (one character a byte, "\r\n" aside) is read as bytes.
    static func spaceSeparated(_ value: String, holds wanted: String) -> Bool {
        var value = value
        let plain: Bool? = value.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            return bytes.split(separator: 0x20).contains { $0.lazy.map(ASCIIText.lower).elementsEqual(wanted.utf8) }
        }
        return plain ?? value.lowercased().split(separator: " ").contains(Substring(wanted))
    }

    /// The text of the page's first category link outside navigation, asides
    /// and footers: WordPress prints the post's categories as `rel="category
    /// tag"` links in its header ("Posted in Features"), the first being its
    /// section.
    static func categoryLinkText(_ elements: MetadataElements) -> String? {
        for node in elements.categoryLinks {
            let name = TextNormalization.collapse(node.textContent).trimmingCharacters(in: categoryLinkMarks)
            // WordPress's default category ("Uncategorized") and an ad label ("Anzeige") name no section.
            if !name.isEmpty, !MetadataKeys.defaultCategories.contains(name.lowercased()),
               BoilerplatePhrases.match(BoilerplatePhrases.PhraseText(name)) != .adLabel {
                return name
            }
        }
        return nil
    }

    /// How many of Twitter's card pairs ("twitter:label1" … ) are read.
    static let maxTwitterPairs = 6

    /// The data of the first Twitter card pair labelled as the story's section ("twitter:label2"
    /// "Filed under", "twitter:data2" "Culture, Media").
    static func twitterSection(_ meta: MetaTags) -> String? {
        for n in 1...maxTwitterPairs {
            guard let label = meta.first("twitter:label\(n)") else { continue }
            let name = label.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":").union(.whitespaces))
            if MetadataKeys.twitterSectionLabels.contains(name) { return meta.first("twitter:data\(n)") }
        }
        return nil
    }

    /// Longest label before a headline read as its section, in characters and in words.
    static let maxHeadlineLabelLength = 40
    static let maxHeadlineLabelWords = 4

    /// The text of the element printed just before the page's first `<h1>`, when it is a section's
    /// label: a single link to a taxonomy page ("/tag/culture/", "/category/news/") or a single link
    /// or linkless label classed as a kicker, category or primary tag (`MetadataKeys.sectionKickerClass`);
    /// short, and neither a date nor an ad label.
    static func headlineLabel(_ elements: MetadataElements) -> String? {
        guard let heading = elements.firstHeading else { return nil }
        var sibling = heading.previousSibling
        while let node = sibling, !node.isElement {
            if node.isText, node.textContent.contains(where: { !$0.isWhitespace }) { return nil }
            sibling = node.previousSibling
        }
        guard let label = sibling else { return nil }
        let links = label.isElement("a") ? [label] : label.descendants(named: "a")
        guard links.count <= 1 else { return nil }
        let text = TextNormalization.collapse(label.textContent).trimmingCharacters(in: categoryLinkMarks)
        guard !text.isEmpty, text.count <= maxHeadlineLabelLength,
              text.split(separator: " ").count <= maxHeadlineLabelWords,
              DateNormalization.firstDate(inText: text) == nil,
              !MetadataKeys.defaultCategories.contains(text.lowercased()),
              BoilerplatePhrases.match(BoilerplatePhrases.PhraseText(text)) != .adLabel else { return nil }
        if let link = links.first {
            // The link holds the whole label.
            guard TextNormalization.collapse(link.textContent).trimmingCharacters(in: categoryLinkMarks) == text else { return nil }
            if let href = link.attribute("href"), linksToTaxonomy(href) { return text }
            return [label, link].contains(where: { MetadataKeys.sectionKickerClass.matches(ElementClues.classAndID($0)) })
                ? text : nil
        }
        return MetadataKeys.sectionKickerClass.matches(ElementClues.classAndID(label)) ? text : nil
    }

    /// Whether a link's path has a taxonomy segment before another ("/tag/culture/", "/category/news/local").
    static func linksToTaxonomy(_ href: String) -> Bool {
        var path = Substring(href)
        if let scheme = path.range(of: "://") {
            path = path[scheme.upperBound...]
            guard let slash = path.firstIndex(of: "/") else { return false }
            path = path[slash...]
        }
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        let segments = path.split(separator: "/").map { $0.lowercased() }
        return segments.dropLast().contains(where: MetadataKeys.taxonomyPathSegments.contains)
    }

    /// The name of the page's JSON-LD `CollectionPage` ("Business") when a link marked
    /// `aria-current="page"` (the menu's item for the page being shown) prints the same name: a
    /// section front. (Either alone may name a page that is no section: an "About us" page's menu
    /// item, a tag page's title with the site's name.)
    static func currentSection(jsonLD: JSONLDFacts, elements: MetadataElements) -> String? {
        guard let name = jsonLD.collectionName, case let folded = TextComparison.fold(name), !folded.isEmpty,
              elements.currentLinks.contains(where: { TextComparison.fold($0.textContent) == folded }) else { return nil }
        return name
    }

    /// Arrows and bullets a theme prints before a category's name ("› Gebäck").
    private static let categoryLinkMarks = CharacterSet(charactersIn: "›»>•·|#").union(.whitespaces)

    /// The `href` of the first `<base>` that has one.
    static func baseHref(_ elements: MetadataElements) -> String? {
        elements.bases.lazy.compactMap { $0.attribute("href") }.first
    }

    static func absoluteHTTP(_ url: String) -> String? {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? url : nil
    }

    /// "en_US" → "en-US", "pt-br" → "pt-BR" (BCP 47's casing: the language lower-case, a region
    /// upper-case, a script capitalised); the first of a list; nil for non-tags.
    static func languageTag(_ raw: String) -> String? {
        let first = raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first.map(String.init) ?? ""
        let tag = first.replacingOccurrences(of: "_", with: "-")
        guard (2...20).contains(tag.count), tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
              tag.first?.isLetter == true else { return nil }
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        return subtags.enumerated().map { index, subtag in
            guard index > 0 else { return subtag.lowercased() }
            if subtag.count == 2, subtag.allSatisfy(\.isLetter) { return subtag.uppercased() }
            if subtag.count == 4, subtag.allSatisfy(\.isLetter) { return subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased() }
            return subtag.lowercased()
        }.joined(separator: "-")
    }

    /// Most bytes of paragraph text read to tell a page's language.
    static let maxLanguageSample = 6000
    /// Fewest words, and fewest common words of one language, that tell a page's language.
    static let minLanguageWords = 60
    static let minLanguageHits = 12

    /// The language of the page's `<p>` text (outside navigation, asides and footers) told by its
    /// script when that is Chinese, Japanese, Korean or Thai's (`scriptLanguage`), else by its
    /// commonest words (`LanguageStopwords`), when the evidence is strong: of `minLanguageWords`
    /// words or more, at least `minLanguageHits` and a tenth are one language's common words, three
    /// times as many as any other language's. Nil otherwise.
    static func detectedLanguage(_ document: HTMLDocument) -> String? {
        guard let body = document.body else { return nil }
        var sample = ""
        var length = 0
        body.walk { node in
            guard length < maxLanguageSample, node.isElement else { return false }
            if node.isElement("p") {
                let text = node.textContent
                sample += " " + text
                length += text.utf8.count + 1
                return false
            }
            return !(node.isElement("nav") || node.isElement("aside") || node.isElement("footer")
                     || ElementClues.isInvisible(node) || ElementClues.isCode(node))
        }
        if let language = scriptLanguage(sample) { return language }
        let words = sample.lowercased().split(whereSeparator: { !$0.isLetter })
        guard words.count >= minLanguageWords else { return nil }
        var hits = Array(repeating: 0, count: LanguageStopwords.words.count)
        for word in words {
            let text = String(word)
            for (index, language) in LanguageStopwords.words.enumerated() where language.words.contains(text) { hits[index] += 1 }
        }
        let ranked = hits.enumerated().sorted { $0.element > $1.element }
        guard let best = ranked.first, best.element >= minLanguageHits, best.element * 10 >= words.count,
              best.element >= 3 * (ranked.dropFirst().first?.element ?? 0) else { return nil }
        return LanguageStopwords.words[best.offset].tag
    }

    /// Fewest letters that tell a page's language by their script.
    static let minScriptLetters = 100
    /// The share of the letters one script must hold to tell the language.
    static let minScriptShare = 0.6
    /// The share of the Han and kana letters that kana must reach for Japanese, and stay below for Chinese.
    static let minKanaShare = 0.1
    static let maxChineseKanaShare = 0.01

    /// The language the script of `text` tells, for languages that do not space their words (so
    /// that `LanguageStopwords`' words cannot be counted): of `minScriptLetters` letters or more,
    /// more than `minScriptShare` Hangul → "ko", Thai → "th", or Han and kana → "ja" when kana are
    /// a tenth of them or more, "zh" when they are under a hundredth. Nil otherwise.
    static func scriptLanguage(_ text: String) -> String? {
        let counts = WritingScript.counts(text)
        let total = counts.values.reduce(0, +)
        guard total >= minScriptLetters else { return nil }
        func dominates(_ count: Int) -> Bool { Double(count) > minScriptShare * Double(total) }
        for (script, tag) in LanguageStopwords.scripts where dominates(counts[script] ?? 0) { return tag }
        let kana = counts[.kana] ?? 0, cjk = kana + (counts[.han] ?? 0)
        guard dominates(cjk) else { return nil }
        if Double(kana) >= minKanaShare * Double(cjk) { return "ja" }
        return Double(kana) < maxChineseKanaShare * Double(cjk) ? "zh" : nil
    }

    /// The declared languages in order of trust, except that when two other sources (Open Graph's
    /// locale, a language meta tag, JSON-LD's `inLanguage`) agree on another language than the
    /// first's, that language leads: a template's default `<html lang="en">` on a Polish story whose
    /// `og:locale` and `inLanguage` say "pl_PL" and "pl-PL" is in "pl".
    static func outvoted(_ declared: [(String?, FieldSource)]) -> [(String?, FieldSource)] {
        let primaries = declared.map { raw, _ in
            raw.map { TextNormalization.collapse(EntityDecoding.decode($0)) }.flatMap(languageTag)
                .map { String($0.split(separator: "-").first ?? "") }
        }
        guard let leading = primaries.firstIndex(where: { $0 != nil }), let lead = primaries[leading] else { return declared }
        let others = primaries[(leading + 1)...].compactMap { $0 }.filter { $0 != lead }
        guard let rival = others.first(where: { candidate in others.filter { $0 == candidate }.count >= 2 }),
              let index = primaries.firstIndex(where: { $0 == rival }) else { return declared }
        // What they agree on is the language: each may name its own region.
        return [(rival, declared[index].1)] + declared
    }
}
