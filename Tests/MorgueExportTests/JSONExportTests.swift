import Foundation
import MorgueModel
import Testing
@testable import MorgueExport

/// The top-level keys of a pretty JSON object, in the order printed.
private func topLevelKeys(_ json: String) -> [String] {
    json.split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("  \""), !line.hasPrefix("   ") else { return nil }
        let rest = line.dropFirst(3)
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

private let contractKeys = [
    "title", "site_name", "section", "url", "canonical_url", "language", "published", "modified",
    "byline", "authors", "organization", "dateline", "captions", "corrections", "text", "markdown",
    "word_count", "is_article", "notes", "field_sources", "content_hash", "extractor_version",
]

/// A sink that keeps each write separately, to see when text goes out.
private struct RecordingSink: ExportSink {
    var writes: [String] = []
    mutating func write(_ text: String) throws(ExportError) { writes.append(text) }
}

@Suite struct JSONExportTests {
    @Test func prettyKeepsTheContractFieldOrder() throws {
        let json = try JSONExport.pretty(ExportRecord(Fixtures.wireStory))
        #expect(topLevelKeys(json) == contractKeys)
        // Stable from run to run, not just once.
        #expect(try JSONExport.pretty(ExportRecord(Fixtures.wireStory)) == json)
    }

    @Test func absentValuesAreNull() throws {
        let json = try JSONExport.pretty(ExportRecord(Fixtures.bare))
        #expect(topLevelKeys(json) == contractKeys)
        for key in ["title", "site_name", "dateline", "text", "markdown", "content_hash"] {
            #expect(json.contains("\n  \"\(key)\": null"), "\(key) should be null")
        }
        #expect(json.contains("\n  \"authors\": []"))
        #expect(json.hasSuffix("}\n"))
    }

    @Test func slashesAreNotEscaped() throws {
        let json = try JSONExport.compact(ExportRecord(Fixtures.wireStory))
        #expect(json.contains("\"url\":\"https://www.nytimes.com/2015/09/17/world/asia/hong-kong.html\""))
        #expect(!json.contains("\\/"))
    }

    @Test func prettyLayoutIsTwoSpaceIndented() throws {
        let value = JSONValue.object([
            .init(key: "a", value: .array([.number("1"), .object([]), .array([])])),
            .init(key: "b", value: .object([.init(key: "c", value: .string("x/y"))])),
            .init(key: "d", value: .null),
        ])
        #expect(value.serialized(pretty: true) == """
        {
          "a": [
            1,
            {},
            []
          ],
          "b": {
            "c": "x/y"
          },
          "d": null
        }
        """)
        #expect(value.serialized(pretty: false) == #"{"a":[1,{},[]],"b":{"c":"x/y"},"d":null}"#)
    }

    @Test func controlCharactersAndLineSeparatorsAreEscaped() throws {
        var article = Fixtures.bare
        article.title = "Red\u{1B}[31m \u{9B}2J line\u{2028}para\u{2029} quote\" back\\ tab\t nl\n"
        let json = try JSONExport.compact(ExportRecord(article))
        #expect(json.contains(#""title":"Red\u001b[31m \u009b2J line\u2028para\u2029 quote\" back\\ tab\t nl\n""#))
        let decoded = try JSONDecoder().decode(Article.self, from: Data(json.utf8))
        #expect(decoded.title == article.title)
    }

    @Test func escapesStopAtTheEdgesOfEachRange() throws {
        var article = Fixtures.bare
        // Escaped: NUL, backspace, form feed, DEL, the first and last C1 controls.
        // Kept: NBSP (just past C1), é, U+2027 (just before the separators), €, an emoji, CR LF as one character.
        article.title = "a\u{0}b\u{8}c\u{C}d\u{7F}e\u{80}f\u{9F}g\u{A0}é\u{2027}€🗞\r\n"
        let json = try JSONExport.compact(ExportRecord(article))
        #expect(json.contains(#""title":"a\u0000b\bc\fd\u007fe\u0080f\u009fg"# + "\u{A0}é\u{2027}€🗞" + #"\r\n""#))
        let decoded = try JSONDecoder().decode(Article.self, from: Data(json.utf8))
        #expect(decoded.title == article.title)
    }

    @Test func envelopeFieldsComeFirstAndRoundTrip() throws {
        let record = ExportRecord(Fixtures.wireStory, id: 42, archivedAt: Fixtures.archivedAt)
        let json = try JSONExport.pretty(record)
        #expect(topLevelKeys(json) == ["id", "archived_at"] + contractKeys)
        #expect(json.hasPrefix("{\n  \"id\": 42,\n  \"archived_at\": \"2024-05-01T12:00:00Z\",\n  \"title\": "))
        #expect(try JSONDecoder().decode(ExportRecord.self, from: Data(json.utf8)) == record)
    }

    @Test func recordWithoutEnvelopePrintsAsItsArticle() throws {
        let json = try JSONExport.compact(ExportRecord(Fixtures.wireStory))
        #expect(!json.contains("\"id\""))
        #expect(!json.contains("\"archived_at\""))
        #expect(try JSONDecoder().decode(Article.self, from: Data(json.utf8)) == Fixtures.wireStory)
    }

    @Test func arrayParsesBackToTheRecords() throws {
        let records = [
            ExportRecord(Fixtures.wireStory, id: 1, archivedAt: Fixtures.archivedAt),
            ExportRecord(Fixtures.bare, id: 2, archivedAt: Fixtures.archivedAt),
        ]
        let json = try JSONExport.prettyArray(records)
        #expect(json.hasPrefix("[\n  {\n    \"id\": 1,\n"))
        #expect(json.hasSuffix("\n  }\n]\n"))
        #expect(try JSONDecoder().decode([ExportRecord].self, from: Data(json.utf8)) == records)
    }

    @Test func emptyArrayIsBrackets() throws {
        let json = try JSONExport.prettyArray([])
        #expect(json == "[]\n")
        #expect(try JSONDecoder().decode([ExportRecord].self, from: Data(json.utf8)).isEmpty)
    }

    @Test func ndjsonLinesEachParseBackToTheArticle() throws {
        var hostile = Fixtures.wireStory
        hostile.title = "Two\nlines\u{2028}and\u{85}more"
        let articles = [Fixtures.wireStory, Fixtures.bare, hostile]
        let text = try JSONExport.ndjson(articles.map { ExportRecord($0) })
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == articles.count)
        for (line, article) in zip(lines, articles) {
            #expect(!line.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{85}" || $0 == "\r" })
            #expect(try JSONDecoder().decode(Article.self, from: Data(line.utf8)) == article)
        }
    }

    @Test func ndjsonWriterSendsEachRecordAsItComes() throws {
        var writer = NDJSONWriter(RecordingSink())
        try writer.write(ExportRecord(Fixtures.wireStory, id: 1))
        #expect(writer.sink.writes.count == 1)
        #expect(writer.sink.writes[0].hasSuffix("}\n"))
        try writer.write(ExportRecord(Fixtures.bare, id: 2))
        #expect(writer.sink.writes.count == 2)
        #expect(writer.count == 2)
        let second = try JSONDecoder().decode(ExportRecord.self, from: Data(writer.sink.writes[1].utf8))
        #expect(second == ExportRecord(Fixtures.bare, id: 2))
    }

    @Test func arrayWriterSendsEachRecordAsItComes() throws {
        var writer = JSONArrayWriter(RecordingSink())
        try writer.write(ExportRecord(Fixtures.bare, id: 1))
        #expect(writer.sink.writes.count == 1)
        try writer.write(ExportRecord(Fixtures.bare, id: 2))
        try writer.finish()
        let records = try JSONDecoder().decode([ExportRecord].self, from: Data(writer.sink.writes.joined().utf8))
        #expect(records.map(\.id) == [1, 2])
    }

    @Test func fileHandleSinkWritesTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let url = folder.appendingPathComponent("out.ndjson")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        var writer = NDJSONWriter(FileHandleSink(handle, displayName: url.path))
        try writer.write(ExportRecord(Fixtures.wireStory))
        try handle.close()
        let line = try String(contentsOf: url, encoding: .utf8)
        #expect(try JSONDecoder().decode(Article.self, from: Data(line.utf8)) == Fixtures.wireStory)
    }

    @Test func fileHandleSinkReportsAFailedWriteWithItsName() throws {
        let folder = try Fixtures.temporaryFolder()
        let url = folder.appendingPathComponent("read-only.ndjson")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var sink = FileHandleSink(handle, displayName: url.path)
        #expect {
            try sink.write("{}\n")
        } throws: { error in
            guard case .cannotWrite(let path, _) = error as? ExportError else { return false }
            return path == url.path
        }
    }
}
