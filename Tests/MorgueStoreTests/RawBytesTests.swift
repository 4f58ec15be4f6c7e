import Foundation
import Testing
import MorgueModel
@testable import MorgueStore

@Suite("Raw page bytes")
struct RawBytesTests {
    @Test("bytes that are not UTF-8 are stored and read back exactly")
    func nonUTF8() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        // GBK "中文", a lone continuation byte, NUL, windows-1252 curly quotes, a BOM-like prefix.
        var raw = Data([0xEF, 0xBB, 0xBF, 0xD6, 0xD0, 0xCE, 0xC4, 0x80, 0x00, 0x93, 0x94, 0xFF, 0xFE])
        raw.append(Data((0...255).map(UInt8.init)))
        let capture = CaptureInput(raw: raw, source: .file(path: "/pages/gbk.html"))

        let outcome = try archive.archive(article: Fixtures.fullArticle(), capture: capture)
        let captureID = try #require(try archive.captures(articleID: outcome.articleID).first?.id)

        #expect(try archive.rawHTML(captureID: captureID) == raw)
    }

    @Test("the stored SHA-256 is the hash of the exact bytes")
    func storedHash() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        let raw = Data([0x3C, 0x70, 0x3E, 0xB2, 0xE2, 0xCA, 0xD4])
        let capture = CaptureInput(raw: raw, source: .url("https://example.com/gbk"))

        let outcome = try archive.archive(article: Fixtures.fullArticle(), capture: capture)
        let summary = try #require(try archive.captures(articleID: outcome.articleID).first)

        #expect(summary.sha256 == Digest.sha256Hex([UInt8](raw)))
        #expect(summary.byteCount == raw.count)
        #expect(try archive.rawHTML(captureID: summary.id) == raw)
    }

    @Test("a large page survives byte for byte")
    func largePage() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.file("archive.sqlite"))
        var generator = SystemRandomNumberGenerator()
        let raw = Data((0..<3_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) })

        let outcome = try archive.archive(article: Fixtures.fullArticle(), capture: CaptureInput(raw: raw, source: .file(path: "big.html")))
        let captureID = try #require(try archive.captures(articleID: outcome.articleID).first?.id)

        #expect(try archive.rawHTML(captureID: captureID) == raw)
    }
}
