import MorgueDOM
import Testing
@testable import MorgueExtraction

/// A page that declares no language is given the one its paragraphs' common words tell.
@Suite struct DetectedLanguageTests {
    private func language(_ body: String, html: String = "<html>") throws -> String? {
        ReadMetadata.run(document: try HTMLDocument(html: html + "<head></head><body>" + body + "</body></html>"), pageURL: nil).language
    }

    private static let dutch = """
        <p>De waterschappen in het rivierengebied willen de komende tien jaar ruim vierhonderd kilometer dijk versterken.
        Dat is nodig omdat de rivieren bij hoogwater meer water moeten kunnen afvoeren dan nu het geval is.</p>
        <p>Volgens de Unie van Waterschappen is voor het werk een bedrag van bijna drie miljard euro nodig. Een deel van
        dat geld komt van het Rijk, maar ook de waterschappen zelf moeten bijdragen. Dat zal in veel regio's leiden tot
        een hogere waterschapsbelasting voor inwoners en bedrijven.</p>
        <p>Bij de versterking wordt ook gekeken naar de natuur langs de rivieren. Op sommige plekken krijgt de rivier
        meer ruimte, zodat de dijken minder hoog hoeven te worden. Het eerste project start volgend jaar bij Zaltbommel,
        waar de dijk over een lengte van zes kilometer wordt aangepakt.</p>
        """

    @Test func aPageDeclaringNoLanguageIsToldByItsCommonWords() throws {
        #expect(try language(Self.dutch) == "nl")
        // A declared language is kept.
        #expect(try language(Self.dutch, html: "<html lang=\"de\">") == "de")
        // Too little text tells nothing.
        #expect(try language("<p>Het water stijgt in de rivieren.</p>") == nil)
    }
}

