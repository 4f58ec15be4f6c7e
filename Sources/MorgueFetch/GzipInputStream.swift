import CZlib

/// Decompresses a gzip stream a chunk at a time, pulling compressed bytes
/// from a source as it goes, so a large file (a `.warc.gz` crawl) is never
/// held whole. Reads one member or many concatenated members (as WARC
/// writers produce, one per record); zero padding after the last member is
/// ignored, anything else after it is an error.
public final class GzipInputStream {
    /// Gives up to `count` more compressed bytes; an empty array at the end.
    public typealias Source = (_ count: Int) -> [UInt8]

    private let source: Source
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var sourceEnded = false
    /// Between two members (or before the first): the stream may end here.
    private var atMemberBoundary = true
    private var finished = false
    private var failure: GzipError?

    /// How many compressed bytes are asked of the source at a time.
    public static let chunkSize = 64 * 1024

    public init(source: @escaping Source) throws(GzipError) {
        self.source = source
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(capacity: Self.chunkSize)
        let code = morgue_inflate_init(stream)
        guard code == Z_OK else {
            stream.deallocate()
            input.deallocate()
            throw .zlib(code: code)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        input.deallocate()
    }

    /// Up to `count` decompressed bytes; an empty array once the stream has
    /// ended. An error is thrown again by every later call.
    public func read(upTo count: Int) throws(GzipError) -> [UInt8] {
        if let failure { throw failure }
        guard !finished, count > 0 else { return [] }
        var output = [UInt8](repeating: 0, count: count)
        var produced = 0
        do {
            try output.withUnsafeMutableBufferPointer { (buffer) throws(GzipError) in
                produced = try fill(buffer)
            }
        } catch {
            failure = error
            throw error
        }
        output.removeSubrange(produced...)
        return output
    }

    /// Decompresses into `buffer` until it is full or the stream ends.
    private func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>) throws(GzipError) -> Int {
        stream.pointee.next_out = buffer.baseAddress
        stream.pointee.avail_out = uInt(buffer.count)
        while stream.pointee.avail_out > 0 {
            if stream.pointee.avail_in == 0 {
                refill()
                if stream.pointee.avail_in == 0 {
                    if atMemberBoundary {
                        finished = true
                        break
                    }
                    throw .truncated
                }
            }
            if atMemberBoundary {
                guard try startNextMember() else {
                    finished = true
                    break
                }
            }
            let code = inflate(stream, Z_NO_FLUSH)
            switch code {
            case Z_OK:
                continue
            case Z_STREAM_END:
                atMemberBoundary = true
                let resetCode = inflateReset(stream)
                guard resetCode == Z_OK else { throw .zlib(code: resetCode) }
            case Z_BUF_ERROR:
                // No progress: more input is needed (the loop refills it).
                continue
            case Z_DATA_ERROR, Z_NEED_DICT:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "invalid compressed data"
                throw .corrupt(message)
            default:
                throw .zlib(code: code)
            }
        }
        return buffer.count - Int(stream.pointee.avail_out)
    }

    /// At a member boundary with input pending: true when another gzip member
    /// starts here; false when only zero padding is left (consumed to the end).
    private func startNextMember() throws(GzipError) -> Bool {
        while true {
            if stream.pointee.avail_in == 0 {
                refill()
                if stream.pointee.avail_in == 0 { return false }
            }
            let next = stream.pointee.next_in!
            if next.pointee == 0 {
                // Padding: skip zeros; anything other than zeros after them is an error.
                var skipped = 0
                while skipped < Int(stream.pointee.avail_in), next[skipped] == 0 { skipped += 1 }
                stream.pointee.next_in = next + skipped
                stream.pointee.avail_in -= uInt(skipped)
                if stream.pointee.avail_in > 0 { throw .corrupt("trailing bytes after the compressed stream") }
                continue
            }
            if next.pointee != 0x1f { throw .corrupt("trailing bytes after the compressed stream") }
            atMemberBoundary = false
            return true
        }
    }

    /// Moves any unread input to the front of the buffer and tops it up from the source.
    private func refill() {
        guard !sourceEnded else { return }
        let pending = Int(stream.pointee.avail_in)
        guard let base = input.baseAddress else { return }
        if pending > 0, let next = stream.pointee.next_in, next != base {
            base.update(from: next, count: pending)
        }
        let wanted = Self.chunkSize - pending
        let more = wanted > 0 ? source(wanted) : []
        if more.isEmpty && wanted > 0 { sourceEnded = true }
        more.withUnsafeBufferPointer { chunk in
            if let from = chunk.baseAddress { (base + pending).update(from: from, count: min(chunk.count, wanted)) }
        }
        stream.pointee.next_in = base
        stream.pointee.avail_in = uInt(pending + min(more.count, wanted))
    }
}
