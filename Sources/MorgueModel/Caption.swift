/// A photo caption, split from its credit.
public struct Caption: Codable, Equatable, Sendable {
    /// The caption without its credit.
    public var text: String
    /// "AP Photo/Ng Han Guan", "Jane Doe/Reuters"; nil when none is printed.
    public var credit: String?
    /// The absolute URL of the image the caption belongs to.
    public var imageURL: String?

    enum CodingKeys: String, CodingKey {
        case text
        case credit
        case imageURL = "image_url"
    }

    public init(text: String, credit: String? = nil, imageURL: String? = nil) {
        self.text = text
        self.credit = credit
        self.imageURL = imageURL
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(credit, forKey: .credit)
        try c.encode(imageURL, forKey: .imageURL)
    }
}
