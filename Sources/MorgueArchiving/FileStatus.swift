#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` says of a path, following links.
struct FileStatus {
    var isRegularFile: Bool
    var size: Int

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
        size = Int(info.st_size)
    }
}
