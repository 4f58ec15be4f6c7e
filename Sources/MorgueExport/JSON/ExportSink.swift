import Foundation

/// Where streamed export text goes. Unlike `TextOutputStream`, a sink can
/// fail, so a full disk or a closed pipe ends the export with an error.
public protocol ExportSink {
    mutating func write(_ text: String) throws(ExportError)
}

/// A sink over an open file handle (a file, or standard output).
public struct FileHandleSink: ExportSink {
    public let handle: FileHandle
    /// How errors name this output: a path, or "standard output".
    public let displayName: String

    public init(_ handle: FileHandle, displayName: String) {
        self.handle = handle
        self.displayName = displayName
    }

    /// Standard output, for `morgue export --format ndjson` without a file.
    public static var standardOutput: FileHandleSink {
        FileHandleSink(.standardOutput, displayName: "standard output")
    }

    public mutating func write(_ text: String) throws(ExportError) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw .cannotWrite(path: displayName, reason: error.localizedDescription)
        }
    }
}

/// A sink over any `TextOutputStream` (a `String`, for instance), which
/// cannot fail.
public struct StreamSink<Stream: TextOutputStream>: ExportSink {
    public var stream: Stream

    public init(_ stream: Stream) {
        self.stream = stream
    }

    public mutating func write(_ text: String) throws(ExportError) {
        stream.write(text)
    }
}
