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

    /// Every page file below `folder`, recursively, in a stable order.
    /// Hidden files and folders (".git") are skipped; symbolic links are not followed out of the tree.
    public static func find(in folder: String) throws(ArchivingError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw .missingFile(path: folder)
        }
        guard isDirectory.boolValue else { return isPage(folder) ? [folder] : [] }
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw .unreadable(path: folder, reason: "cannot list the folder") }
        var pages: [String] = []
        for case let url as URL in walker {
            guard isPage(url.path) else { continue }
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
            if values?.isRegularFile == true { pages.append(url.path) }
        }
        return pages.sorted()
    }

    /// Reads a page's bytes; `.gz` files are decompressed.
    public static func read(_ path: String) throws(ArchivingError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missingFile(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        var bytes = [UInt8](data)
        if Gzip.isGzip(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: maxBytes)
            } catch {
                throw .compressed(path: path, reason: error.description)
            }
        }
        if bytes.count > maxBytes { throw .unreadable(path: path, reason: "larger than \(maxBytes / 1_048_576) MB") }
        return bytes
    }
}
