import Testing
@testable import MorgueFeeds

@Suite struct FeedPeopleTests {
    @Test(arguments: [
        ("desk@example.com (Priya Nair)", "Priya Nair"),
        ("Priya Nair", "Priya Nair"),
        ("Priya Nair <desk@example.com>", "Priya Nair"),
        ("  Priya \n Nair ", "Priya Nair"),
    ])
    func namesFromRSSAuthor(_ text: String, _ expected: String) {
        #expect(FeedPeople.nameFromRSSAuthor(text) == expected)
    }

    @Test func aBareAddressIsNotAName() {
        #expect(FeedPeople.nameFromRSSAuthor("desk@example.com") == nil)
        #expect(FeedPeople.nameFromRSSAuthor("desk@example.com (other@example.com)") == nil)
        #expect(FeedPeople.nameFromRSSAuthor("   ") == nil)
    }
}
