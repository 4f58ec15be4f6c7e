import Foundation
import MorgueFetch

/// Saved pages on disk: which files are pages, and reading one (gunzipping
/// `.gz` files) with a clear error for the usual mistakes.
public enum PageFile {
    /// File name endings morgue reads as pages.
    public static let extensions = ["html", "htm", "xhtml", "shtml"]
    /// The largest page morgue reads (decompressed), as for fetched pages.
    public static let maxBytes = 20 * 1024 * 1024

    /// True for `story.html`, `story.HTM`, `story.html.gz`.
    public static func isPage(_ path: String) -> Bool {
        var name = (path as NSString).lastPathComponent.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(String(name[name.index(after: dot)...]))
    }

    /// Every page file below `folder`, recursively, in a stable (sorted)
    /// order, each named as `folder` joined with its path inside it. A file
    /// given instead of a folder is taken as it is, whatever its name.
    /// Hidden files and folders (".git") are skipped; links to files are
    /// read, links to folders are not followed.
    public static func find(in folder: String) throws(ArchivingError) -> [String] {
        Array(try PageWalker(root: folder, accepts: isPage))
    }

    /// True for `crawl.warc` and `crawl.warc.gz` (any case): WARC files, read
    /// record by record.
    public static func isWARC(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent.lowercased()
        return name.hasSuffix(".warc") || name.hasSuffix(".warc.gz")
    }

    /// Reads a page's bytes; `.gz` files are decompressed. Only regular files
    /// (or links to them) of at most `maxBytes` are read, so a pipe or a
    /// device cannot stall or flood morgue.
    public static func read(_ path: String) throws(ArchivingError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missingFile(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard let status = FileStatus(path) else {
            throw .unreadable(path: path, reason: "its details cannot be read")
        }
        guard status.isRegularFile else { throw .unreadable(path: path, reason: "not a regular file") }
        if status.size > maxBytes { throw tooLarge(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        var bytes = [UInt8](data)
        if Gzip.isGzip(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: maxBytes)
            } catch {
                throw .compressed(path: path, reason: error.description)
            }
        }
        if bytes.count > maxBytes { throw tooLarge(path) }
        return bytes
    }

    /// The reason given for a page larger than `maxBytes`.
    static let tooLargeReason = "larger than \(maxBytes / 1_048_576) MB"

    static func tooLarge(_ path: String) -> ArchivingError {
        .unreadable(path: path, reason: tooLargeReason)
    }

}
