import MorgueDOM

/// What the stages dropped, with the rule that dropped it. Samples are made
/// only when a user asks (`morgue extract --explain`), so the fast path pays
/// for nothing but an array append.
struct RemovalLog {
    private(set) var entries: [(rule: String, node: Node?, text: String?)] = []
    let enabled: Bool
    /// Set when a paywall notice ended the story (recorded even when samples are not).
    var endedAtPaywall = false
    /// The wall whose box (a paywall's, a registration wall's: `ClassHints.storyWall`) was dropped
    /// as furniture, recorded even when samples are not.
    var droppedWall: BoilerplatePhrases.Wall?
    /// Blocks dropped as teasers linking elsewhere (link paragraphs, link lists), counted even when
    /// samples are not: an index page is made of them.
    var droppedLinkTeasers = 0

    init(enabled: Bool) { self.enabled = enabled }

    mutating func dropped(_ node: Node, by rule: String) {
        if enabled { entries.append((rule, node, nil)) }
    }

    mutating func dropped(text: String, by rule: String) {
        if enabled { entries.append((rule, nil, text)) }
    }

    /// Takes over another log's entries (a stage run on a copy of the log).
    mutating func append(_ other: RemovalLog) {
        if enabled { entries.append(contentsOf: other.entries) }
    }

    /// Short samples of what was dropped; empty nodes are left out.
    func removals(sampleLength: Int = 80) -> [Removal] {
        entries.compactMap { entry in
            let full = entry.text ?? entry.node.map { TextNormalization.collapse($0.textContent) } ?? ""
            if full.isEmpty { return nil }
            let sample = full.count > sampleLength ? String(full.prefix(sampleLength)) + "…" : full
            return Removal(rule: entry.rule, sample: sample)
        }
    }
}
