import Foundation
import MorgueArchiving

/// Reads the list given to `--from`: a file, or standard input for "-".
enum URLListFile {
    /// The largest list read, so a wrong file (a disk image) fails quickly.
    static let maxBytes = 64 * 1024 * 1024

    static func read(_ path: String) throws -> [String] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UserFacingError("\(path): no such file (the list of URLs for --from)")
            }
            if isDirectory.boolValue { throw UserFacingError("\(path): is a folder, not a list of URLs") }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw UserFacingError("\(path): cannot be read")
            }
            data = contents
        }
        if data.count > maxBytes { throw UserFacingError("\(path): too large for a list of URLs") }
        return URLList.parse(String(decoding: data, as: UTF8.self))
    }
}
