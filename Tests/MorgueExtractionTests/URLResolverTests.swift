import Foundation
import Testing
@testable import MorgueExtraction

/// Plain links are resolved by hand; the result must be Foundation's.
@Suite struct URLResolverTests {
    static let bases = [
        "https://news.example.com/world/2024/story.html?ref=home#top", "http://example.org", "https://example.org:8443/a/b/",
        "https://user@example.org/x", "https://EXAMPLE.org/x", "https://xn--bcher-kva.example/a", "ftp://example.org/x",
        "https://en.example.org/wiki/Mozilla", "https://example.org/a/./b?q=1", "https://example.org/a b", "https://example.org/x?q#",
    ]
    static let references = [
        "/wiki/Mozilla", "/a/b?c=d&e=f#g", "/search?q=a+b%20c", "/a/./b", "/a/../b", "/.", "/a/..", "/%zz", "/a b",
        "/ümlaut", "/a#b#c", "/~user/(1)", "//cdn.example.net/x.jpg", "https://other.example/p?q=1#f",
        "http://other.example:8080/", "http://other.example:/x", "http://Other.Example/x", "https://a.example./x",
        "https://a..example/x", "https://.a.example/x", "https://[::1]/x", "http://other.example?x=1", "http://other.example#f",
        "HTTP://other.example/x", "https://other.example/a/../b", "relative/path", "../up", "?only=query", "#only-fragment",
        "javascript:void(0)", "mailto:desk@example.org", "data:image/png;base64,AAAA", "/", "https://other.example",
        "https://other.example/%41%42", "/path/with:colon@at", "/a?b=c/./d", "/a#/../b",
        "#cite_note-1", "#", "#a#b", "#a b", "#%41", " /padded ", "\u{A0}/nbsp", "\t\n", "/trailing\u{2003}",
    ]

    @Test func hostsAreReadAsFoundationReadsThemWithoutWWW() {
        for address in Self.bases + Self.references where address.lowercased().hasPrefix("http") {
            guard let expected = URL(string: address)?.host?.lowercased(), !expected.isEmpty, !expected.contains(":") else { continue }
            let plain = expected.hasPrefix("www.") ? String(expected.dropFirst(4)) : expected
            #expect(URLResolver.host(of: address) == plain, "\(address)")
        }
        #expect(URLResolver.host(of: "https://www.Daily.example:443/a") == "daily.example")
        #expect(URLResolver.host(of: "mailto:desk@example.org") == nil)
    }

    @Test func plainLinksResolveAsFoundationResolvesThem() {
        for base in Self.bases {
            let resolver = URLResolver(base: base)
            for reference in Self.references {
                if let plain = resolver.resolvePlain(reference) {
                    #expect(plain == resolver.resolveWithFoundation(reference), "base \(base), reference \(reference)")
                }
                // The whole of resolve, trimming included, answers as Foundation alone would.
                let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
                let expected = trimmed.isEmpty ? nil : resolver.resolveWithFoundation(trimmed)
                #expect(resolver.resolve(reference) == expected, "base \(base), reference \(reference)")
            }
        }
    }

    @Test func theCommonLinksTakeThePlainPath() {
        let resolver = URLResolver(base: "https://news.example.com/world/story.html")
        #expect(resolver.resolvePlain("/wiki/Mozilla") == "https://news.example.com/wiki/Mozilla")
        #expect(resolver.resolvePlain("https://other.example/p?q=1#f") == "https://other.example/p?q=1#f")
        #expect(resolver.resolvePlain("/a/../b") == nil, "dot segments are left to Foundation")
        #expect(resolver.resolvePlain("relative/path") == nil)
        #expect(resolver.resolvePlain("#notes") == "https://news.example.com/world/story.html#notes")
        #expect(resolver.resolve("/a/../b") == "https://news.example.com/b")
        #expect(resolver.resolve("relative/path") == "https://news.example.com/world/relative/path")
        #expect(resolver.resolve("javascript:void(0)") == nil)
        #expect(URLResolver(base: nil).resolve("/wiki/Mozilla") == "/wiki/Mozilla", "no base: kept as written")
    }
}
