/// What can go wrong with the archive. Every case names the archive file it
/// concerns, and `description` is the one line a user sees.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The archive path names a folder, not a file.
    case pathIsDirectory(path: String)
    /// The folder that should hold the archive does not exist and cannot be made
    /// (or a file stands where the folder should be).
    case cannotCreateFolder(path: String, reason: String)
    /// The archive file, or the folder it would be created in, cannot be written.
    case notWritable(path: String)
    /// The file exists but is not a morgue archive (not SQLite, or another program's database).
    case notAnArchive(path: String)
    /// SQLite refused to open the file.
    case cannotOpen(path: String, reason: String)
    /// The archive was written by a newer morgue whose schema this one does not know.
    case newerSchema(path: String, unknownVersions: [String])
    /// Bringing an older archive up to the current schema failed; nothing was changed.
    case migrationFailed(path: String, reason: String)
    /// A stored article could not be decoded back.
    case corruptRecord(path: String, articleID: Int64, reason: String)
    /// One item of a batch write failed, so the whole batch was rolled back.
    case batchItemFailed(path: String, index: Int, source: String, reason: String)
    /// Any other database failure, with what the archive was doing at the time.
    case databaseFailure(path: String, operation: String, reason: String)

    /// The archive file the error concerns.
    public var path: String {
        switch self {
        case .pathIsDirectory(let path), .cannotCreateFolder(let path, _), .notWritable(let path),
             .notAnArchive(let path), .cannotOpen(let path, _), .newerSchema(let path, _),
             .migrationFailed(let path, _), .corruptRecord(let path, _, _),
             .batchItemFailed(let path, _, _, _), .databaseFailure(let path, _, _):
            return path
        }
    }

    /// One line, with control characters from paths or messages made visible
    /// rather than passed to the terminal.
    public var description: String {
        let line: String
        switch self {
        case .pathIsDirectory(let path):
            line = "archive path \(path) is a folder, not a file"
        case .cannotCreateFolder(let path, let reason):
            line = "cannot create the archive folder \(path): \(reason)"
        case .notWritable(let path):
            line = "archive \(path) is not writable"
        case .notAnArchive(let path):
            line = "\(path) is not a morgue archive"
        case .cannotOpen(let path, let reason):
            line = "cannot open archive \(path): \(reason)"
        case .newerSchema(let path, let versions):
            line = "archive \(path) was written by a newer morgue (schema \(versions.joined(separator: ", "))); upgrade morgue to use it"
        case .migrationFailed(let path, let reason):
            line = "cannot upgrade archive \(path): \(reason)"
        case .corruptRecord(let path, let articleID, let reason):
            line = "article \(articleID) in archive \(path) cannot be read: \(reason)"
        case .batchItemFailed(let path, let index, let source, let reason):
            line = "nothing written to archive \(path): item \(index + 1) (\(source)) failed: \(reason)"
        case .databaseFailure(let path, let operation, let reason):
            line = "archive \(path): \(operation) failed: \(reason)"
        }
        return Self.printable(line)
    }

    /// Replaces control characters (C0, DEL, C1, line and paragraph separators)
    /// with their `\u{…}` spelling, so the message stays one inert line.
    static func printable(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
