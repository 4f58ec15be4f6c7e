import MorgueDOM

/// How hard a cleaning pass is on the page. Extraction starts with `full`;
/// when that leaves too little story, the dropped nodes are put back and the
/// next, more sparing pass runs on the same tree (the way Readability retries
/// with fewer removals, without parsing the page again).
enum CleaningLevel: Int, CaseIterable, Comparable, Sendable {
    /// Drops every kind of furniture.
    case full
    /// Keeps what only a class or id word marks as furniture, and `noscript` content.
    case sparingClassHints
    /// Also keeps the page's layout regions: `header`, `footer`, `aside`, `nav` and ARIA landmarks.
    case sparingLayout

    static func < (lhs: CleaningLevel, rhs: CleaningLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The nodes one cleaning pass took out of the tree. Whatever is certain never
/// to be text (scripts, styles, comments) is removed for good; the rest is
/// detached so that `restore()` can put it back before a more sparing pass.
struct Cleaning {
    let level: CleaningLevel
    private var detached: [DetachedNode] = []

    init(level: CleaningLevel) { self.level = level }

    /// Removes a node for good.
    mutating func remove(_ node: Node) {
        node.remove()
    }

    /// Takes a node out so that `restore()` can put it back.
    mutating func detach(_ node: Node) {
        detached.append(node.detach())
    }

    /// Puts every detached node back, last first.
    mutating func restore() {
        for node in detached.reversed() { node.reattach() }
        detached.removeAll()
    }
}
