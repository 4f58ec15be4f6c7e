/// Buffered reading of a byte stream by lines and by counts, pulling chunks
/// from a source as needed; counts how many bytes were consumed so far.
final class ByteReader {
    /// Gives the next chunk of the stream; empty at its end.
    typealias Source = () throws(ArchivingError) -> [UInt8]

    private let source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// Bytes consumed (returned or skipped) since the start of the stream.
    private(set) var offset: Int64 = 0

    init(source: @escaping Source) {
        self.source = source
    }

    private var available: Int { buffer.count - start }

    /// Pulls one more chunk; false at the end of the stream.
    private func fill() throws(ArchivingError) -> Bool {
        guard !ended else { return false }
        let chunk = try source()
        if chunk.isEmpty {
            ended = true
            return false
        }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// True when no byte is left.
    func atEnd() throws(ArchivingError) -> Bool {
        while available == 0 {
            if try !fill() { return true }
        }
        return false
    }

    /// The next line without its line break (LF or CRLF); nil at the end of
    /// the stream. A line longer than `limit` bytes is returned cut at the
    /// limit (its rest comes as the next line).
    func readLine(limit: Int) throws(ArchivingError) -> [UInt8]? {
        var searched = 0
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<newline])
                consume(newline + 1 - start)
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            searched = available
            if available >= limit {
                let line = Array(buffer[start..<(start + limit)])
                consume(limit)
                return line
            }
            if try !fill() {
                guard available > 0 else { return nil }
                let line = Array(buffer[start...])
                consume(available)
                return line
            }
        }
    }

    /// Exactly `count` bytes; fewer only when the stream ends first.
    func read(count: Int) throws(ArchivingError) -> [UInt8] {
        while available < count {
            if try !fill() { break }
        }
        let taken = min(count, available)
        let bytes = Array(buffer[start..<(start + taken)])
        consume(taken)
        return bytes
    }

    /// Passes over `count` bytes without keeping them; returns how many there were.
    @discardableResult
    func skip(count: Int) throws(ArchivingError) -> Int {
        var left = count
        while left > 0 {
            if available == 0, try !fill() { break }
            let taken = min(left, available)
            consume(taken)
            left -= taken
        }
        return count - left
    }

    private func consume(_ count: Int) {
        start += count
        offset += Int64(count)
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
    }
}
