import Foundation
import Testing
import MorgueModel
@testable import MorgueExtraction

/// Every page in `fixtures/` against its `NAME.expected.json`: each key the
/// expected file names must come out exactly (inside objects, each key it
/// names); `null` means the output must be null.
@Suite("Fixture pages")
struct FixtureTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".expected.json") }
            .map { String($0.dropLast(".expected.json".count)) }
            .sorted()
    }

    @Test("the fixtures folder holds pages with expectations")
    func fixturesExist() {
        #expect(Self.names.count >= 6)
    }

    @Test("extracted fields match the expected JSON", arguments: FixtureTests.names)
    func fixture(name: String) throws {
        let html = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".html"))
        let expectedData = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])

        let article = try Extractor().extract(PageInput(bytes: [UInt8](html)))
        let actualData = try JSONEncoder().encode(article)
        let actual = try #require(try JSONSerialization.jsonObject(with: actualData) as? [String: Any])

        for key in expected.keys.sorted() {
            let mismatches = JSONSubset.mismatches(expected: expected[key]!, actual: actual[key] ?? NSNull(), path: key)
            for mismatch in mismatches {
                Issue.record("\(name): \(mismatch)")
            }
        }
    }
}

/// Compares JSON values: objects by the keys the expected side names, arrays element by element, scalars exactly.
enum JSONSubset {
    static func mismatches(expected: Any, actual: Any, path: String) -> [String] {
        switch (expected, actual) {
        case (let e as [String: Any], let a as [String: Any]):
            return e.keys.sorted().flatMap { key in
                mismatches(expected: e[key]!, actual: a[key] ?? NSNull(), path: "\(path).\(key)")
            }
        case (let e as [Any], let a as [Any]):
            if e.count != a.count {
                return ["\(path): expected \(e.count) items, got \(a.count): \(describe(a))"]
            }
            return zip(e, a).enumerated().flatMap { index, pair in
                mismatches(expected: pair.0, actual: pair.1, path: "\(path)[\(index)]")
            }
        case (is NSNull, is NSNull):
            return []
        case (let e as String, let a as String):
            return e == a ? [] : ["\(path): expected \(describe(e)), got \(describe(a))"]
        case (let e as NSNumber, let a as NSNumber):
            return e == a ? [] : ["\(path): expected \(e), got \(a)"]
        default:
            return ["\(path): expected \(describe(expected)), got \(describe(actual))"]
        }
    }

    static func describe(_ value: Any) -> String {
        if let s = value as? String { return "\"\(s.count > 300 ? String(s.prefix(300)) + "…" : s)\"" }
        if value is NSNull { return "null" }
        return "\(value)"
    }
}
