import Foundation
import Testing
@testable import MorgueFetch

@Suite struct GzipTests {
    /// Text that compresses but is not trivially repetitive.
    static func sampleText(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        let words = ["morgue", "archive", "dateline", "byline", "caption", "the", "of", "news", "é", "统计"]
        var bytes: [UInt8] = []
        while bytes.count < count {
            bytes += Array(words[Int(generator.next() % UInt64(words.count))].utf8) + [0x20]
        }
        return Array(bytes.prefix(count))
    }

    @Test(arguments: [0, 1, 100, 70_000, 1_000_000])
    func roundTrip(size: Int) throws {
        let original = Self.sampleText(size)
        let compressed = try Gzip.compress(original)
        #expect(Gzip.isGzip(compressed))
        #expect(try Gzip.decompress(compressed, limit: size) == original)
    }

    @Test func compressionShrinksText() throws {
        let original = Self.sampleText(100_000)
        #expect(try Gzip.compress(original, level: 9).count < original.count / 2)
    }

    @Test func concatenatedMembersDecompressToTheirConcatenation() throws {
        let parts = [Self.sampleText(5_000), Self.sampleText(300), Self.sampleText(80_000)]
        let file = try parts.flatMap { try Gzip.compress($0) }
        #expect(try Gzip.decompress(file, limit: 1_000_000) == parts.flatMap { $0 })
    }

    @Test func zeroPaddingAfterTheLastMemberIsIgnored() throws {
        let original = Self.sampleText(1_000)
        let padded = try Gzip.compress(original) + [UInt8](repeating: 0, count: 512)
        #expect(try Gzip.decompress(padded, limit: 10_000) == original)
    }

    @Test func trailingGarbageIsAnError() throws {
        let bytes = try Gzip.compress(Self.sampleText(1_000)) + Array("junk".utf8)
        #expect(throws: GzipError.corrupt("trailing bytes after the compressed stream")) {
            try Gzip.decompress(bytes, limit: 10_000)
        }
    }

    @Test func bombStopsAtTheLimit() throws {
        // 50 MB of zeros squeeze into about 50 KB.
        let bomb = try Gzip.compress([UInt8](repeating: 0, count: 50 * 1024 * 1024), level: 9)
        #expect(bomb.count < 100_000)
        #expect(throws: GzipError.tooLarge(limit: 1024 * 1024)) {
            try Gzip.decompress(bomb, limit: 1024 * 1024)
        }
    }

    @Test func limitCountsAllMembers() throws {
        let member = try Gzip.compress([UInt8](repeating: 0x61, count: 600))
        #expect(throws: GzipError.tooLarge(limit: 1_000)) {
            try Gzip.decompress(member + member, limit: 1_000)
        }
        #expect(try Gzip.decompress(member + member, limit: 1_200).count == 1_200)
    }

    @Test func truncatedStreamIsReported() throws {
        let compressed = try Gzip.compress(Self.sampleText(10_000))
        #expect(throws: GzipError.truncated) {
            try Gzip.decompress(Array(compressed.prefix(compressed.count / 2)), limit: 100_000)
        }
        #expect(throws: GzipError.truncated) { try Gzip.decompress([], limit: 100) }
    }

    @Test func corruptStreamIsReported() throws {
        var compressed = try Gzip.compress(Self.sampleText(10_000))
        for index in 20..<60 { compressed[index] ^= 0xA5 }
        #expect {
            try Gzip.decompress(compressed, limit: 100_000)
        } throws: { error in
            guard case .corrupt = error as? GzipError else { return false }
            return true
        }
    }

    @Test func notCompressedAtAllIsCorrupt() {
        #expect {
            try Gzip.decompress(Array("<html>plain</html>".utf8), limit: 100_000)
        } throws: { error in
            guard case .corrupt = error as? GzipError else { return false }
            return true
        }
    }

    @Test func zlibStreamsAreReadToo() throws {
        // A zlib (RFC 1950) stream of "hello": header 78 9c, deflate data, Adler-32.
        let zlibHello: [UInt8] = [0x78, 0x9c, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00, 0x06, 0x2c, 0x02, 0x15]
        #expect(try Gzip.decompress(zlibHello, limit: 100) == Array("hello".utf8))
    }

    @Test func gzipMagicIsRecognised() {
        #expect(Gzip.isGzip([0x1f, 0x8b, 0x08, 0x00]))
        #expect(!Gzip.isGzip([0x1f]))
        #expect(!Gzip.isGzip([]))
        #expect(!Gzip.isGzip(Array("<!doctype html>".utf8)))
    }

    @Test func errorDescriptionsAreOneLine() {
        let errors: [GzipError] = [.truncated, .corrupt("bad\nheader\u{1b}[31m"), .tooLarge(limit: 5), .zlib(code: -4)]
        for error in errors {
            #expect(!error.description.isEmpty)
            #expect(!error.description.contains("\n"))
            #expect(!error.description.contains("\u{1b}"))
        }
    }
}
