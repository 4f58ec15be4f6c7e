import Testing
@testable import MorgueDOM

@Suite("Charset decision")
struct CharsetTests {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test("a byte-order mark wins over everything else")
    func byteOrderMark() {
        let page = [0xEF, 0xBB, 0xBF] + bytes("<meta charset=\"iso-8859-1\"><p>x</p>")
        let charset = Charset.decide(bytes: page, contentType: "text/html; charset=windows-1251")
        #expect(charset == Charset(libxmlName: "UTF-8", source: .byteOrderMark))
    }

    @Test("the HTTP header comes before the page's own meta tag")
    func headerBeforeMeta() {
        let charset = Charset.decide(bytes: bytes("<meta charset=\"utf-8\">"), contentType: "text/html; charset=\"Shift_JIS\"")
        #expect(charset == Charset(libxmlName: "CP932", source: .httpHeader))
    }

    @Test("meta charset and http-equiv content-type are both read")
    func metaPrescan() {
        #expect(Charset.decide(bytes: bytes("<html><head><meta charset='gbk'>")).libxmlName == "GB18030")
        let equiv = bytes("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-2\">")
        #expect(Charset.decide(bytes: equiv) == Charset(libxmlName: "ISO-8859-2", source: .metaTag))
    }

    @Test("a charset inside a comment is not a declaration")
    func commentIgnored() {
        let page = bytes("<!-- <meta charset=\"koi8-r\"> --><p>plain ascii</p>")
        #expect(Charset.decide(bytes: page) == Charset(libxmlName: "UTF-8", source: .utf8Validity))
    }

    @Test("browsers read Latin-1 and ASCII labels as windows-1252, GB2312 as GB18030")
    func whatwgLabels() {
        #expect(CharsetLabels.encoding(forLabel: "ISO-8859-1") == "WINDOWS-1252")
        #expect(CharsetLabels.encoding(forLabel: " us-ascii ") == "WINDOWS-1252")
        #expect(CharsetLabels.encoding(forLabel: "gb2312") == "GB18030")
        #expect(CharsetLabels.encoding(forLabel: "euc-kr") == "CP949")
        #expect(CharsetLabels.encoding(forLabel: "x-no-such-charset") == nil)
    }

    @Test("undeclared pages: valid UTF-8 is UTF-8, anything else windows-1252")
    func undeclared() {
        #expect(Charset.decide(bytes: bytes("<p>café — naïve</p>")).libxmlName == "UTF-8")
        #expect(Charset.decide(bytes: [0x3C, 0x70, 0x3E, 0x93, 0x71, 0x94]).libxmlName == "WINDOWS-1252")
    }

    @Test("a page that declares UTF-16 in ASCII bytes is read as UTF-8")
    func utf16LabelOnAsciiPage() {
        #expect(Charset.decide(bytes: bytes("<meta charset=utf-16><p>x</p>")).libxmlName == "UTF-8")
    }

    @Test("UTF-8 validation rejects overlongs and surrogates, accepts a sequence cut by the end")
    func validation() {
        #expect(UTF8Validation.isValid(bytes("日本語")))
        #expect(!UTF8Validation.isValid([0xC0, 0xAF]))
        #expect(!UTF8Validation.isValid([0xED, 0xA0, 0x80]))
        #expect(UTF8Validation.isValid(bytes("ab") + [0xE6, 0x97]))
    }
}

@Suite("Charset declarations after injected headers")
struct LateMetaTests {
    @Test("a meta charset after a long injected script block is still read")
    func lateMeta() {
        let padding = "<script>" + String(repeating: "var a = 1; ", count: 300) + "</script>"
        let page = Array(("<html><head>" + padding + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"/>").utf8)
        #expect(page.count > 1024)
        #expect(Charset.decide(bytes: page).libxmlName == "GB18030")
    }
}
