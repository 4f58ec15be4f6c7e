import MorgueModel
import MorgueDOM

/// A byline as printed, and what it says: the people who wrote the story
/// and the organization (agency, paper) it came from.
struct Byline: Sendable, Hashable {
    /// The byline as printed, without its leading "By" and without the
    /// dates, e-mail addresses and handles printed beside it:
    /// "Paul Mozur, THE NEW YORK TIMES".
    var text: String
    /// People, in printed order, case restored: ["Paul Mozur"].
    var authors: [String]
    /// "The New York Times"; nil when the byline names none.
    var organization: String?
}

/// A byline found on the page, where it was read from, and the element
/// that printed it (so the body can drop it).
struct BylineFinding {
    var byline: Byline
    var source: FieldSource
    var node: Node?
}
