/// The place (and agency) that opens a wire story: "HONG KONG (The New York Times) –".
public struct Dateline: Codable, Equatable, Sendable {
    /// The dateline exactly as printed, trailing dash included.
    public var text: String
    /// "HONG KONG", "KABUL, Afghanistan".
    public var location: String
    /// "AP", "Reuters", "The New York Times"; nil when the dateline names none.
    public var agency: String?
    /// A date printed in the dateline ("Sept 16"), as printed.
    public var date: String?

    public init(text: String, location: String, agency: String? = nil, date: String? = nil) {
        self.text = text
        self.location = location
        self.agency = agency
        self.date = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(location, forKey: .location)
        try c.encode(agency, forKey: .agency)
        try c.encode(date, forKey: .date)
    }
}
