import Foundation
import MorgueExtraction
import MorgueFetch
import MorgueModel
import MorgueStore

/// Archives pages: reads or fetches them, extracts the article, and stores
/// the article with the page's exact bytes. One page is one transaction.
public struct Archiver: Sendable {
    public let archive: Archive
    public let extractor: Extractor
    /// Store pages that hold no story (section fronts, walls) anyway.
    public var keepNonArticles: Bool

    public init(archive: Archive, extractor: Extractor = Extractor(), keepNonArticles: Bool = false) {
        self.archive = archive
        self.extractor = extractor
        self.keepNonArticles = keepNonArticles
    }

    /// Archives a saved page. `url` is where it came from, if the user knows;
    /// otherwise the page's own "saved from" comment or SingleFile header is
    /// used when present, else its canonical URL (see `SavedPage`).
    /// The capture records the file's absolute path; errors name `path` as given.
    public func archiveFile(_ path: String, url: String? = nil) throws(ArchivingError) -> ArchiveResult {
        let bytes = try PageFile.read(path)
        let sha256 = Digest.sha256Hex(bytes)
        if let existing = try store({ () throws(StoreError) in try archive.articleID(forCaptureSHA256: sha256) }) {
            return .alreadyArchived(articleID: existing)
        }
        let page = SavedPage(bytes: bytes, path: path, url: url)
        let article = try extract(page.input, source: path)
        return try store(article, page.capture(for: article))
    }

    /// Fetches a live page and archives it. `hints` (from a feed) fill the
    /// article's title, date and authors where extraction found none.
    public func archiveURL(
        _ url: String, fetcher: Fetcher, hints: ArticleHints? = nil
    ) async throws(ArchivingError) -> ArchiveResult {
        let page: FetchedPage
        do {
            page = try await fetcher.fetch(url)
        } catch {
            throw .fetch(error)
        }
        return try archivePage(page, hints: hints)
    }

    /// Archives a page already fetched: extracts it and stores it with its
    /// fetch record. Synchronous (no network); the write may wait for
    /// another process holding the archive.
    public func archivePage(_ page: FetchedPage, hints: ArticleHints? = nil) throws(ArchivingError) -> ArchiveResult {
        let url = page.requestedURL
        let sha256 = Digest.sha256Hex(page.body)
        if let existing = try store({ () throws(StoreError) in try archive.articleID(forCaptureSHA256: sha256) }) {
            return .alreadyArchived(articleID: existing)
        }
        var article = try extract(
            PageInput(bytes: page.body, url: page.finalURL, contentType: page.contentType), source: url)
        hints?.apply(to: &article)
        let capture = CaptureInput(
            raw: Data(page.body), source: .url(url), requestedURL: page.requestedURL, finalURL: page.finalURL,
            fetchedAt: page.fetchedAt, httpStatus: page.status, contentType: page.contentType, etag: page.etag,
            lastModified: page.lastModified)
        return try store(article, capture)
    }

    /// `path` made absolute against the current folder, with `.` and `..` resolved.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private func extract(_ input: PageInput, source: String) throws(ArchivingError) -> Article {
        do {
            return try extractor.extract(input)
        } catch {
            throw ArchivingError.extraction(error, source: source)
        }
    }

    private func store(_ article: Article, _ capture: CaptureInput) throws(ArchivingError) -> ArchiveResult {
        if !article.isArticle, !keepNonArticles {
            return .notAnArticle(reason: article.notes.first ?? "no story found")
        }
        let outcome = try store { () throws(StoreError) in try archive.archive(article: article, capture: capture) }
        return ArchiveResult(outcome, title: article.title)
    }

    private func store<T>(_ body: () throws(StoreError) -> T) throws(ArchivingError) -> T {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }
}
