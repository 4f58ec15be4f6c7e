import CZlib

/// gzip compression and decompression over zlib.
///
/// Decompression reads gzip (including several concatenated members, as in a
/// `.warc.gz` file) and zlib streams, and stops with `GzipError.tooLarge`
/// as soon as the output would pass a caller-given limit, so a small hostile
/// file cannot expand into gigabytes.
public enum Gzip {
    /// Whether `bytes` start with the gzip magic number (1f 8b).
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }

    /// Compresses `bytes` into one gzip member.
    /// - Parameter level: zlib level, 0 (store) to 9 (smallest); -1 is zlib's default (6).
    public static func compress(_ bytes: [UInt8], level: Int32 = Z_DEFAULT_COMPRESSION) throws(GzipError) -> [UInt8] {
        var stream = z_stream()
        let initCode = morgue_deflate_init_gzip(&stream, level)
        guard initCode == Z_OK else { throw .zlib(code: initCode) }
        defer { deflateEnd(&stream) }

        let bound = Int(deflateBound(&stream, uLong(bytes.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var input = bytes
        let code: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        // deflateBound leaves room for the whole stream, so one call finishes it.
        guard code == Z_STREAM_END else { throw .zlib(code: code) }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// Decompresses a gzip (or zlib) stream. Concatenated gzip members are
    /// decompressed one after another into one output; zero padding after
    /// the last member is ignored, any other trailing bytes are an error.
    /// - Parameter limit: the most bytes the output may hold.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        guard !bytes.isEmpty else { throw .truncated }
        var stream = z_stream()
        let initCode = morgue_inflate_init(&stream)
        guard initCode == Z_OK else { throw .zlib(code: initCode) }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        let result: Result<Void, GzipError> = input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let (code, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    let code = inflate(&stream, Z_NO_FLUSH)
                    return (code, outBuffer.count - Int(stream.avail_out))
                }
                if produced > 0 {
                    guard output.count + produced <= limit else { return .failure(.tooLarge(limit: limit)) }
                    output.append(contentsOf: chunk[0..<produced])
                }
                switch code {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    let rest = inBuffer[(inBuffer.count - Int(stream.avail_in))...]
                    if rest.allSatisfy({ $0 == 0 }) { return .success(()) }
                    guard rest.count >= 2, rest[rest.startIndex] == 0x1f, rest[rest.startIndex + 1] == 0x8b else {
                        return .failure(.corrupt("trailing bytes after the compressed stream"))
                    }
                    // Another gzip member follows: start over on it.
                    let resetCode = inflateReset(&stream)
                    guard resetCode == Z_OK else { return .failure(.zlib(code: resetCode)) }
                case Z_BUF_ERROR:
                    // No progress possible: the input ran out mid-stream.
                    return .failure(.truncated)
                case Z_DATA_ERROR, Z_NEED_DICT:
                    let message = stream.msg.map { String(cString: $0) } ?? "invalid compressed data"
                    return .failure(.corrupt(message))
                default:
                    return .failure(.zlib(code: code))
                }
            }
        }
        try result.get()
        return output
    }
}
