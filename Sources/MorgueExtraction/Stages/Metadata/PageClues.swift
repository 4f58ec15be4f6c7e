import MorgueDOM

/// The class-and-id string and the furniture verdict
/// (`ElementClues.isForeign`) of a page's elements, each worked out once:
/// the stages that read the headline, bylines, captions and dates walk the
/// same elements of the same tree, before anything is cleaned from it.
final class PageClues {
    private struct Entry {
        var names: String
        var isForeign: Bool?
    }

    private var entries: [UInt: Entry] = [:]

    /// `ElementClues.classAndID(node)`.
    func classAndID(_ node: Node) -> String {
        if let entry = entries[node.key] { return entry.names }
        let names = ElementClues.classAndID(node)
        entries[node.key] = Entry(names: names)
        return names
    }

    /// `ElementClues.isForeign(node, names: classAndID(node))`.
    func isForeign(_ node: Node) -> Bool {
        let names = classAndID(node)
        if let known = entries[node.key]?.isForeign { return known }
        let foreign = ElementClues.isForeign(node, names: names)
        entries[node.key]?.isForeign = foreign
        return foreign
    }
}
