import MorgueDOM
import Testing
@testable import MorgueExtraction

/// A site named by its host yields to the plain name another source gives.
@Suite struct SiteNameHostTests {
    @Test func aSiteNamedByItsHostYieldsToThePlainName() throws {
        let french = try TestPages.metadata("""
            <meta property="og:site_name" content="L'Horizon.fr"><script type="application/ld+json">
            {"@type":"NewsArticle","publisher":{"@type":"Organization","name":"L'Horizon"}}</script>
            """)
        #expect(french.siteName == "L'Horizon")
        let polish = try TestPages.metadata("""
            <meta property="og:site_name" content="wiadomosci.nadwislanska.pl"><script type="application/ld+json">
            {"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Nadwiślańska"}}</script>
            """)
        #expect(polish.siteName == "Nadwiślańska")
        #expect(ReadMetadata.hostStems("wiadomosci.nadwislanska.pl") == ["wiadomoscinadwislanska", "nadwislanska"])
        // Another name stays.
        let other = try TestPages.metadata("""
            <meta property="og:site_name" content="wiadomosci.nadwislanska.pl"><script type="application/ld+json">
            {"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Grupa Medialna"}}</script>
            """)
        #expect(other.siteName == "wiadomosci.nadwislanska.pl")
    }
}
