#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` (or `lstat(2)`, for the link itself) says of a path.
struct FileStatus {
    var isRegularFile: Bool
    var isDirectory: Bool
    var isSymbolicLink: Bool
    var size: Int
    /// Modification time, nanoseconds since 1970.
    var modifiedNanoseconds: Int64

    init?(_ path: String, followingLinks: Bool = true) {
        var info = stat()
        let code = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard code == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        isRegularFile = type == S_IFREG
        isDirectory = type == S_IFDIR
        isSymbolicLink = type == S_IFLNK
        size = Int(info.st_size)
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        modifiedNanoseconds = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
