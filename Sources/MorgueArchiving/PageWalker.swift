import Foundation

/// The files below a folder, one at a time, in sorted order (the order of
/// their full paths), without listing the whole tree first: only the folders
/// on the way down to the current file are held.
///
/// Hidden files and folders (".git") are skipped; links to files are taken,
/// links to folders are not followed. A file given instead of a folder is
/// the only file, whatever its name. Folders that cannot be listed are
/// noted in `unreadableFolders` and passed over.
struct PageWalker: Sequence, IteratorProtocol {
    /// Which file names to take.
    let accepts: @Sendable (String) -> Bool
    /// Folders below the root that could not be listed, in the order met.
    private(set) var unreadableFolders: [String] = []
    /// Per folder on the way down, its entries still to visit, last first.
    private var pending: [[Entry]]

    private struct Entry {
        var path: String
        var isFolder: Bool
    }

    /// Starts at `root`; throws when it does not exist.
    init(root: String, accepts: @escaping @Sendable (String) -> Bool) throws(ArchivingError) {
        self.accepts = accepts
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw .missingFile(path: root)
        }
        if isDirectory.boolValue {
            pending = []
            let prefix = root.hasSuffix("/") ? root : root + "/"
            guard let entries = Self.entries(of: root, prefix: prefix, accepts: accepts) else {
                throw .unreadable(path: root, reason: "cannot list the folder")
            }
            pending = [entries]
        } else {
            pending = [[Entry(path: root, isFolder: false)]]
        }
    }

    mutating func next() -> String? {
        while let last = pending.indices.last {
            guard let entry = pending[last].popLast() else {
                pending.removeLast()
                continue
            }
            if !entry.isFolder { return entry.path }
            if let entries = Self.entries(of: entry.path, prefix: entry.path + "/", accepts: accepts) {
                pending.append(entries)
            } else {
                unreadableFolders.append(entry.path)
            }
        }
        return nil
    }

    /// A folder's visible subfolders and accepted files, sorted so that the
    /// last one comes first. A folder sorts as its name followed by "/", so
    /// walking depth-first gives the order of the full paths.
    private static func entries(
        of folder: String, prefix: String, accepts: (String) -> Bool
    ) -> [Entry]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        var keyed: [(key: String, entry: Entry)] = []
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            guard let status = FileStatus(path, followingLinks: false) else { continue }
            if status.isDirectory {
                keyed.append((name + "/", Entry(path: path, isFolder: true)))
            } else if accepts(name), status.isRegularFile || (status.isSymbolicLink && FileStatus(path)?.isRegularFile == true) {
                keyed.append((name, Entry(path: path, isFolder: false)))
            }
        }
        keyed.sort { $0.key > $1.key }
        return keyed.map(\.entry)
    }
}
