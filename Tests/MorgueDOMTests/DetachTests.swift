import Testing
@testable import MorgueDOM

@Suite struct DetachTests {
    private func childNames(_ node: Node) -> [String] {
        node.children.map { $0.isElement ? $0.name : "#" + ($0.content ?? "") }
    }

    @Test func detachTakesTheNodeOutOfTheTree() throws {
        let document = try HTMLDocument(html: "<body><p>one</p><div>two</div><p>three</p></body>")
        let body = try #require(document.body)
        let div = try #require(body.firstDescendant(named: "div"))
        _ = div.detach()
        #expect(childNames(body) == ["p", "p"])
        #expect(body.textContent == "onethree")
    }

    @Test func reattachPutsTheNodeBackInItsPlace() throws {
        let document = try HTMLDocument(html: "<body><p>one</p><div>two</div><p>three</p></body>")
        let body = try #require(document.body)
        let div = try #require(body.firstDescendant(named: "div"))
        div.detach().reattach()
        #expect(childNames(body) == ["p", "div", "p"])
        #expect(body.textContent == "onetwothree")
    }

    @Test func reattachingInReverseOrderRestoresNeighbours() throws {
        let document = try HTMLDocument(html: "<body><h1>a</h1><div>b</div><span>c</span><p>d</p></body>")
        let body = try #require(document.body)
        let div = try #require(body.firstDescendant(named: "div"))
        let span = try #require(body.firstDescendant(named: "span"))
        let first = div.detach()
        let second = span.detach()
        #expect(childNames(body) == ["h1", "p"])
        second.reattach()
        first.reattach()
        #expect(childNames(body) == ["h1", "div", "span", "p"])
    }

    @Test func aLastChildGoesBackAtTheEnd() throws {
        let document = try HTMLDocument(html: "<body><div id='x'><p>a</p><p>b</p></div></body>")
        let div = try #require(document.body?.firstDescendant(named: "div"))
        let last = try #require(div.elementChildren.last)
        let detached = last.detach()
        #expect(div.textContent == "a")
        detached.reattach()
        #expect(div.textContent == "ab")
        #expect(last.parent == div)
    }
}

@Suite struct UnwrapTests {
    @Test func unwrapPutsTheChildrenInTheElementsPlace() throws {
        let document = try HTMLDocument(html: "<body><p>a</p><noscript><p>b</p>c<p>d</p></noscript><p>e</p></body>")
        let body = try #require(document.body)
        let noscript = try #require(body.firstDescendant(named: "noscript"))
        #expect(body.textContent == "ae")
        noscript.unwrap()
        #expect(body.elementChildren.map(\.name) == ["p", "p", "p", "p"])
        #expect(body.textContent == "abcde")
    }

    @Test func unwrappedTextJoinsItsNeighbours() throws {
        let document = try HTMLDocument(html: "<body><div>one <span>two</span> three</div></body>")
        let div = try #require(document.body?.firstDescendant(named: "div"))
        try #require(div.firstDescendant(named: "span")).unwrap()
        #expect(div.elementChildren.isEmpty)
        #expect(div.textContent == "one two three")
    }
}

@Suite struct ReattachFallbackTests {
    @Test func withItsNextSiblingGoneANodeGoesBackAfterItsPreviousOne() throws {
        let document = try HTMLDocument(html: "<body><h1>a</h1><div>b</div><span>c</span><p>d</p></body>")
        let body = try #require(document.body)
        let div = try #require(body.firstDescendant(named: "div"))
        let span = try #require(body.firstDescendant(named: "span"))
        let detached = div.detach()
        span.remove()
        detached.reattach()
        #expect(body.elementChildren.map(\.name) == ["h1", "div", "p"])
    }
}
