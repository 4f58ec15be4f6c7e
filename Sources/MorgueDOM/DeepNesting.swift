import CLibXML2

/// Keeps a page's nesting within `maxDepth`, the way browsers do.
///
/// libxml2 stops parsing at 256 levels of nesting unless told to relax its
/// limits, and then a page with a deep pile of unclosed tags before its
/// story loses the story. morgue parses without that limit and then, like
/// Chromium's HTML parser (which caps the tree at 512 levels), makes every
/// node below an element at `maxDepth` a child of that element, in document
/// order: no text is lost, and the tree stays shallow enough for the
/// recursive walks that read it.
enum DeepNesting {
    /// The deepest level an element keeps its own children at.
    static let maxDepth = 256

    /// Flattens what lies below `maxDepth` under `root`. `deepest` bounds the
    /// nesting the parser saw (its node stack's size): a tree no deeper than
    /// `maxDepth` is not walked at all.
    static func flatten(_ root: xmlNodePtr, deepest: Int) {
        guard deepest > maxDepth else { return }
        var stack: [(node: xmlNodePtr, depth: Int)] = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            if depth >= maxDepth {
                hoistDescendants(of: node)
                continue
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append((current, depth + 1)) }
                child = current.pointee.next
            }
        }
    }

    /// Makes every descendant of `node` its child, in document order; the
    /// elements among them are left without children of their own.
    private static func hoistDescendants(of node: xmlNodePtr) {
        var descendants: [xmlNodePtr] = []
        var pending: [xmlNodePtr] = []
        var child = node.pointee.last
        while let current = child {
            pending.append(current)
            child = current.pointee.prev
        }
        // Pre-order, iteratively: children are pushed last-first so the first is taken next.
        while let current = pending.popLast() {
            descendants.append(current)
            var inner = current.pointee.last
            while let next = inner {
                pending.append(next)
                inner = next.pointee.prev
            }
        }
        guard descendants.contains(where: { $0.pointee.parent != node }) else { return }
        for descendant in descendants {
            xmlUnlinkNode(descendant)
            descendant.pointee.parent = node
            descendant.pointee.next = nil
            descendant.pointee.prev = node.pointee.last
            if let last = node.pointee.last { last.pointee.next = descendant } else { node.pointee.children = descendant }
            node.pointee.last = descendant
        }
    }
}
