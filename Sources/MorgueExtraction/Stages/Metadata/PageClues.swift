import MorgueDOM

/// The class-and-id string and the furniture verdict
/// (`ElementClues.isForeign`) of a page's elements, each worked out once:
/// the stages that read the headline, bylines, captions and dates walk the
/// same elements of the same tree, before anything is cleaned from it.
final class PageClues {
    /// What is known of one element.
    struct Element {
        /// `ElementClues.classAndID`.
        var names: String
        /// `ElementClues.isForeign`, once asked for.
        var isForeign: Bool?
    }

    private var entries: [UInt: Element] = [:]

    /// `ElementClues.classAndID(node)`.
    func classAndID(_ node: Node) -> String {
        if let entry = entries[node.key] { return entry.names }
        let names = ElementClues.classAndID(node)
        entries[node.key] = Element(names: names)
        return names
    }

    /// `ElementClues.isForeign(node, names: classAndID(node))`.
    func isForeign(_ node: Node) -> Bool {
        namesUnlessForeign(node) == nil
    }

    /// `classAndID(node)`, or nil when `isForeign(node)`: the two questions
    /// every walk asks of every element, answered from one table look-up.
    func namesUnlessForeign(_ node: Node) -> String? {
        let key = node.key
        let known = entries[key]
        if let known, let isForeign = known.isForeign { return isForeign ? nil : known.names }
        let names = known?.names ?? ElementClues.classAndID(node)
        let isForeign = ElementClues.isForeign(node, names: names)
        entries[key] = Element(names: names, isForeign: isForeign)
        return isForeign ? nil : names
    }
}
