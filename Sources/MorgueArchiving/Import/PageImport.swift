import Foundation
import MorgueExtraction
import MorgueModel
import MorgueStore

/// What an import does with one page, on an extraction thread: recall the
/// outcome of an unchanged file, or read the page, skip bytes already
/// archived, extract, and hand the article on to be stored.
///
/// Gives the same outcomes as `Archiver.archiveFile`, in the same order of
/// checks, so a parallel import ends as a sequential one would.
struct PageImport: Sendable {
    let archive: Archive
    let extractor: Extractor
    let keepNonArticles: Bool

    /// A saved page file (`path` as found). The unit begins and finishes the
    /// file's import record, unless the outcome is recalled from it.
    func pageFile(_ path: String, fileNumber: Int) -> ImportUnit {
        var unit = ImportUnit(
            source: path, fileNumber: fileNumber, key: nil, begins: nil, finishes: nil, endsFile: true, result: .marker)
        // Only a regular file has a record; reading anything else fails as reading it says.
        if let status = FileStatus(path), status.isRegularFile {
            let absolute = Archiver.absolute(path)
            let file = ImportedFile(path: absolute, size: Int64(status.size), modifiedNanoseconds: status.modifiedNanoseconds)
            let record: ImportRecord?
            do {
                record = try archive.importRecord(path: absolute)
            } catch {
                unit.result = .failed(.store(error))
                return unit
            }
            if let record, record.file == file, record.finished, let entry = record.entry(member: 0),
               let recalled = ImportRecordMapping.recall(
                   entry, source: path, keepNonArticles: keepNonArticles, extractorVersion: Extractor.version) {
                unit.result = .recalled(recalled)
                return unit
            }
            unit.key = ImportEntryKey(path: absolute, member: 0)
            unit.begins = file
            unit.finishes = absolute
        }
        let bytes: [UInt8]
        do {
            bytes = try PageFile.read(path)
        } catch {
            unit.result = .failed(error)
            return unit
        }
        let page = SavedPage(bytes: bytes, path: path, url: nil)
        unit.result = decide(bytes: bytes, input: page.input, source: path, capture: page.capture(for:))
        return unit
    }

    /// A page from a WARC record; `unit` carries its markers.
    func warcPage(_ page: WARCPage, unit: ImportUnit) -> ImportUnit {
        var unit = unit
        let input = PageInput(bytes: page.body, url: page.targetURI, contentType: page.contentType)
        unit.result = decide(bytes: page.body, input: input, source: page.source) { _ in
            CaptureInput(
                raw: Data(page.body), source: .url(page.targetURI), requestedURL: page.targetURI, finalURL: nil,
                fetchedAt: page.date, httpStatus: page.status, contentType: page.contentType, etag: page.etag,
                lastModified: page.lastModified)
        }
        return unit
    }

    /// Bytes already archived are not extracted again; a page without a story
    /// is not stored unless asked.
    private func decide(
        bytes: [UInt8], input: PageInput, source: String, capture: (Article) -> CaptureInput
    ) -> ImportUnit.Result {
        let sha256 = Digest.sha256Hex(bytes)
        do {
            if let existing = try archive.articleID(forCaptureSHA256: sha256) {
                return .decided(.alreadyArchived(articleID: existing))
            }
        } catch {
            return .failed(.store(error))
        }
        let article: Article
        do {
            article = try extractor.extract(input)
        } catch {
            return .failed(.extraction(error, source: source))
        }
        if !article.isArticle, !keepNonArticles {
            return .decided(.notAnArticle(reason: article.notes.first ?? "no story found"))
        }
        return .store(ArchiveItem(article: article, capture: capture(article)), sha256: sha256)
    }
}
