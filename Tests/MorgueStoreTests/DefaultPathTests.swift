import Testing
@testable import MorgueStore

@Suite("Default archive location")
struct DefaultPathTests {
    @Test("MORGUE_DB wins over everything")
    func explicitPath() {
        let environment = ["MORGUE_DB": "/data/news.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ann"]
        #expect(Archive.defaultPath(environment: environment) == "/data/news.sqlite")
    }

    @Test("a leading ~/ in MORGUE_DB means HOME")
    func tildeInExplicitPath() {
        let environment = ["MORGUE_DB": "~/archives/news.sqlite", "HOME": "/home/ann"]
        #expect(Archive.defaultPath(environment: environment) == "/home/ann/archives/news.sqlite")
    }

    @Test("XDG_DATA_HOME is used when MORGUE_DB is unset or empty")
    func xdgDataHome() {
        #expect(Archive.defaultPath(environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/ann"])
            == "/xdg/morgue/archive.sqlite")
        #expect(Archive.defaultPath(environment: ["MORGUE_DB": "", "XDG_DATA_HOME": "/xdg/", "HOME": "/home/ann"])
            == "/xdg/morgue/archive.sqlite")
    }

    @Test("a relative XDG_DATA_HOME is ignored, as the XDG spec says")
    func relativeXDG() {
        #expect(Archive.defaultPath(environment: ["XDG_DATA_HOME": "data", "HOME": "/home/ann"])
            == "/home/ann/.local/share/morgue/archive.sqlite")
    }

    @Test("otherwise the archive lives under ~/.local/share/morgue")
    func homeFallback() {
        #expect(Archive.defaultPath(environment: ["HOME": "/home/ann"]) == "/home/ann/.local/share/morgue/archive.sqlite")
        #expect(Archive.defaultPath(environment: ["HOME": "/home/ann", "XDG_DATA_HOME": ""])
            == "/home/ann/.local/share/morgue/archive.sqlite")
    }
}
