import Testing
import MorgueDOM
@testable import MorgueExtraction

@Suite struct ParsePageTests {
    @Test func refusesEmptyAndBinaryInput() {
        #expect(throws: ExtractionError.empty) { try ParsePage.run(PageInput(bytes: Array("  \n ".utf8))) }
        #expect(throws: ExtractionError.binary) { try ParsePage.run(PageInput(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1])) }
    }

    @Test func aNulByteLateInThePageDoesNotEndTheDocument() throws {
        let head = "<html><body><p>first paragraph</p>" + String(repeating: " ", count: ParsePage.sniffLength)
        let bytes = Array(head.utf8) + [0, 0] + Array("<p>second paragraph</p></body></html>".utf8)
        let document = try ParsePage.run(PageInput(bytes: bytes))
        let text = TextNormalization.collapse(document.body?.textContent ?? "")
        #expect(text == "first paragraph second paragraph")
    }
}
