import MorgueDOM
import Testing
@testable import MorgueExtraction

/// Declared languages: BCP 47 casing, two sources outvoting `<html lang>`.
@Suite struct LanguageDeclarationTests {
    @Test func languageTagsTakeBCP47Casing() {
        #expect(ReadMetadata.languageTag("pt-br") == "pt-BR")
        #expect(ReadMetadata.languageTag("EN_us") == "en-US")
        #expect(ReadMetadata.languageTag("zh-hant-tw") == "zh-Hant-TW")
        #expect(ReadMetadata.languageTag("es-419") == "es-419")
    }

    @Test func twoDeclaredLanguagesAgreeingOutvoteTheHTMLLang() throws {
        let polish = try TestPages.metadata("""
            <meta property="og:locale" content="pl_PL">
            <script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"pl-PL"}</script>
            """, html: "<html lang=\"en\">")
        #expect(polish.language == "pl")
        // One other source alone does not.
        let one = try TestPages.metadata(#"<meta property="og:locale" content="pl_PL">"#, html: "<html lang=\"en\">")
        #expect(one.language == "en")
        // Sources agreeing with the html lang change nothing.
        let same = try TestPages.metadata(#"<meta property="og:locale" content="de_DE"><meta http-equiv="content-language" content="de">"#,
                                html: "<html lang=\"de-AT\">")
        #expect(same.language == "de-AT")
    }
}
