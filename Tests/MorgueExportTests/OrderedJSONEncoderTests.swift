import Foundation
import Testing
@testable import MorgueExport

private struct Sample: Encodable {
    var ratio = 0.25
    var whole = 3.0
    var link = URL(string: "https://example.com/a/b")!
    var when = Date(timeIntervalSince1970: 0)
    var nested: [[Int]] = [[1, 2], []]
    var missing: String? = nil

    enum CodingKeys: String, CodingKey { case zeta, alpha, link, when, nested, missing }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ratio, forKey: .zeta)
        try c.encode(whole, forKey: .alpha)
        try c.encode(link, forKey: .link)
        try c.encode(when, forKey: .when)
        try c.encode(nested, forKey: .nested)
        try c.encode(missing, forKey: .missing)
        // Writing a key again keeps its place.
        try c.encode(0.5, forKey: .zeta)
    }
}

private struct NotANumber: Encodable {
    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(Double.nan)
    }
}

@Suite struct OrderedJSONEncoderTests {
    @Test func keepsWriteOrderAndSpellsScalars() throws {
        let json = try OrderedJSONEncoder().encode(Sample()).serialized(pretty: false)
        #expect(json == #"{"zeta":0.5,"alpha":3,"link":"https://example.com/a/b","when":"1970-01-01T00:00:00Z","nested":[[1,2],[]],"missing":null}"#)
    }

    @Test func refusesNonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try OrderedJSONEncoder().encode(NotANumber()) }
    }
}
