#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read front to back in chunks through its descriptor; closed when released.
final class FileInput {
    let path: String
    private let descriptor: Int32
    private var peeked: [UInt8] = []
    /// The read error met by `readOrEmpty`, if any.
    private(set) var failure: ArchivingError?

    init(path: String) throws(ArchivingError) {
        guard let status = FileStatus(path) else { throw .missingFile(path: path) }
        if status.isDirectory { throw .isDirectory(path: path) }
        guard status.isRegularFile else { throw .unreadable(path: path, reason: "not a regular file") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: Self.message(errno)) }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The first `count` bytes, left to be read again.
    func peek(_ count: Int) throws(ArchivingError) -> [UInt8] {
        while peeked.count < count {
            let more = try readDescriptor(count - peeked.count)
            if more.isEmpty { break }
            peeked += more
        }
        return Array(peeked.prefix(count))
    }

    /// Up to `count` bytes; empty at the end of the file.
    func read(_ count: Int) throws(ArchivingError) -> [UInt8] {
        if !peeked.isEmpty {
            let taken = Array(peeked.prefix(count))
            peeked.removeFirst(taken.count)
            return taken
        }
        return try readDescriptor(count)
    }

    /// As `read`, for sources that cannot throw: an error ends the file and is kept in `failure`.
    func readOrEmpty(_ count: Int) -> [UInt8] {
        do {
            return try read(count)
        } catch {
            failure = error
            return []
        }
    }

    private func readDescriptor(_ count: Int) throws(ArchivingError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, count) }
            if got >= 0 {
                bytes.removeSubrange(got...)
                return bytes
            }
            if errno == EINTR { continue }
            throw .unreadable(path: path, reason: Self.message(errno))
        }
    }

    private static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
