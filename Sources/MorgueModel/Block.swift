/// The story body as a small tree: what the extractor keeps of the page, and
/// what every text rendering (plain text, Markdown) is made from.
public indirect enum Block: Equatable, Sendable {
    case paragraph([Inline])
    /// A subhead; level 2...6 (the headline itself is not part of the body).
    case heading(level: Int, [Inline])
    case list(ordered: Bool, items: [[Inline]])
    case quote([Block])
    /// Rows of cells; the first row is the header when `hasHeader`.
    case table(rows: [[String]], hasHeader: Bool)
    case preformatted(String)
}

/// Inline content of a paragraph, heading or list item.
public indirect enum Inline: Equatable, Sendable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    /// A link; `url` is absolute.
    case link(url: String, [Inline])
    case lineBreak
}
