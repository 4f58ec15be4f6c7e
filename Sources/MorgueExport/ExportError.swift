/// Why an export failed, naming the file or output it concerns.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The output folder could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// The output path exists and is not a folder.
    case notAFolder(path: String)
    /// A file (or stream such as standard output) could not be written.
    case cannotWrite(path: String, reason: String)
    /// An article could not be turned into JSON; `article` names it by URL or title.
    case cannotEncode(article: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            return "cannot create folder \(path): \(reason)"
        case .notAFolder(let path):
            return "\(path) exists and is not a folder"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .cannotEncode(let article, let reason):
            return "cannot encode \(article) as JSON: \(reason)"
        }
    }
}
