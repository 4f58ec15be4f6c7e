import Foundation

/// Reads a page from disk with a clear error for the usual mistakes.
enum InputFile {
    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UserFacingError("\(path): no such file")
        }
        if isDirectory.boolValue { throw UserFacingError("\(path): is a directory (use `morgue import` for folders)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserFacingError("\(path): cannot be read")
        }
        return [UInt8](data)
    }
}
