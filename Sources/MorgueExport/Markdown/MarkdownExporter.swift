import Foundation

/// Writes one Markdown file per article into a folder.
///
/// Names are `YYYY-MM-DD-slug.md` (see `ExportFileName`); when a name is
/// taken the next of `-2`, `-3`, … is used. A name counts as taken when this
/// export already wrote it, or when a file of that name is in the folder and
/// is not this article. A file left by an earlier export is this article —
/// and is replaced — only when its front matter names the same
/// `content_hash`; a file with no front matter, another hash, or an article
/// with no hash is never overwritten. Each file is written atomically.
public struct MarkdownExporter {
    /// How much of an existing file is read to find its front matter.
    static let frontMatterReadLimit = 64 * 1024

    public init() {}

    /// Writes every record into `folder` (created if missing) and returns the
    /// written files, in the order of `records`.
    public func export(_ records: some Sequence<ExportRecord>, to folder: URL) throws(ExportError) -> [URL] {
        try prepare(folder)
        var claimed: Set<String> = []
        var written: [URL] = []
        for record in records {
            let url = destination(for: record, in: folder, claimed: claimed)
            claimed.insert(url.lastPathComponent)
            do {
                try Data(MarkdownDocument.render(record).utf8).write(to: url, options: .atomic)
            } catch {
                throw .cannotWrite(path: url.path, reason: error.localizedDescription)
            }
            written.append(url)
        }
        return written
    }

    private func prepare(_ folder: URL) throws(ExportError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            if !isFolder.boolValue { throw .notAFolder(path: folder.path) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(path: folder.path, reason: error.localizedDescription)
        }
    }

    /// The first free name for `record`, or the file a previous export wrote for it.
    func destination(for record: ExportRecord, in folder: URL, claimed: Set<String>) -> URL {
        let base = ExportFileName.base(for: record)
        var attempt = 1
        while true {
            let name = ExportFileName.name(base: base, attempt: attempt)
            let url = folder.appendingPathComponent(name, isDirectory: false)
            if !claimed.contains(name) {
                if !exists(url) || isExport(of: record, at: url) { return url }
            }
            attempt += 1
        }
    }

    /// Whether anything — file, folder or link, even a dangling one — has this name.
    private func exists(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil
    }

    /// Whether the regular file at `url` is an earlier export of the same article.
    private func isExport(of record: ExportRecord, at url: URL) -> Bool {
        guard let hash = record.article.contentHash,
              let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let handle = try? FileHandle(forReadingFrom: url)
        else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: Self.frontMatterReadLimit) else { return false }
        let text = String(decoding: data, as: UTF8.self)
        return FrontMatter.scalar("content_hash", in: Substring(text)) == hash
    }
}
