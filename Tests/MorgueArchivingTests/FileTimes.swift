import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading and setting a file's modification time to the nanosecond, so a
/// test can change a file's bytes while it keeps looking unchanged.
enum FileTimes {
    static func modified(_ path: String) throws -> timespec {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileReadNoSuchFile) }
        return info.st_mtim
    }

    static func setModified(_ path: String, _ time: timespec) throws {
        var times = [time, time]
        guard utimensat(AT_FDCWD, path, &times, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Writes `bytes` (of the same length as the file's) and puts the old modification time back.
    static func replaceUnnoticed(_ path: String, with bytes: [UInt8]) throws {
        let time = try modified(path)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try setModified(path, time)
    }
}
