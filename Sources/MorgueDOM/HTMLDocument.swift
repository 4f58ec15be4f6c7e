import CLibXML2
import CParseArena

/// A parsed HTML page. Owns the libxml2 tree and frees it when released;
/// every `Node` keeps its document alive, so no node outlives its tree.
///
/// Parsing never touches the network (`HTML_PARSE_NONET`) and never writes
/// libxml2's diagnostics to the terminal.
public final class HTMLDocument {
    let pointer: htmlDocPtr
    /// Nodes unlinked by `Node.remove()`: freed with the document (with its
    /// arena, or one by one when it has none), so that a `Node` value still
    /// pointing at one stays safe to read.
    var detached: [xmlNodePtr] = []
    /// The memory libxml2 allocated while building the tree, released after it.
    private let arena: OpaquePointer?

    /// The charset the bytes were decoded with.
    public let charset: Charset

    /// Parses `bytes` as HTML in the given charset (decide it with
    /// `Charset.decide`; libxml2's own guess is not browser-compatible).
    /// `scriptText` says whether code is read into the tree (see `ScriptText`).
    public init(bytes: [UInt8], charset: Charset, scriptText: ScriptText = .kept) throws(DOMError) {
        LibXML.ready
        // libxml2 keeps its error handlers per thread: silence the thread parsing now too.
        morgue_xml_silence_errors()
        // XML_PARSE_HUGE lifts libxml2's limit of 256 levels of nesting (past it, the rest of the page was
        // dropped); `DeepNesting` then keeps the tree within that depth, as browsers do.
        let options = Int32(bitPattern:
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        guard !bytes.isEmpty else { throw DOMError.unparseable }
        // A start tag with thousands of attributes costs libxml2 quadratic time: its excess is cut first,
        // and so is the code a reader of data only would pass over.
        var bytes = bytes
        if charset.isASCIICompatible {
            switch scriptText {
            case .kept: bytes = AttributeFlood.capped(bytes) ?? bytes
            case .dataOnly: bytes = ScriptText.cutCode(bytes) ?? bytes
            }
        }
        // "&#146;" is a windows-1252 apostrophe to a browser, a control character to libxml2.
        if charset.isASCIICompatible, let rewritten = LegacyCharacterReferences.rewritten(bytes) { bytes = rewritten }
        let arena = morgue_arena_begin()
        var deepest = 0
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                guard let context = htmlNewParserCtxt() else { return nil }
                defer { htmlFreeParserCtxt(context) }
                let document = htmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, charset.libxmlName, options)
                // The node stack grows by doubling: its size bounds the deepest nesting met.
                deepest = Int(context.pointee.nodeMax)
                return document
            }
        }
        if let parsed, let root = xmlDocGetRootElement(parsed) { DeepNesting.flatten(root, deepest: deepest) }
        // The thread's last-error record may hold strings from the arena: clear it while they are valid.
        xmlResetLastError()
        morgue_arena_end()
        guard let parsed else {
            morgue_arena_release(arena)
            throw DOMError.unparseable
        }
        self.pointer = parsed
        self.arena = arena
        self.charset = charset
    }

    /// Decides the charset the way browsers do, then parses.
    public convenience init(bytes: [UInt8], contentType: String? = nil, scriptText: ScriptText = .kept) throws(DOMError) {
        try self.init(bytes: bytes, charset: Charset.decide(bytes: bytes, contentType: contentType), scriptText: scriptText)
    }

    /// Parses a Swift string (UTF-8).
    public convenience init(html: String) throws(DOMError) {
        try self.init(bytes: Array(html.utf8), charset: .utf8)
    }

    deinit {
        // Every block of the tree lies in the arena (the parse's, and those its changes made: see
        // `changingTree`), so releasing the arena frees the whole tree: libxml2's own walk over every
        // node (`xmlFreeDoc`) would only call the arena's free, which does nothing.
        guard arena == nil else {
            morgue_arena_release(arena)
            return
        }
        for node in detached { xmlFreeNode(node) }
        xmlFreeDoc(pointer)
    }

    /// Runs `body`, a change to the tree, with the document's arena current, so that whatever
    /// libxml2 allocates for it (two text nodes merged into one) is released with the arena.
    @discardableResult
    func changingTree<R>(_ body: () -> R) -> R {
        let previous = morgue_arena_swap(arena)
        defer { _ = morgue_arena_swap(previous) }
        return body()
    }

    /// The bytes the parse took from the C heap, in one arena.
    var arenaBytes: Int { morgue_arena_size(arena) }

    /// The `<html>` element.
    public var root: Node? {
        guard let root = xmlDocGetRootElement(pointer) else { return nil }
        return Node(root, in: self)
    }

    /// The first `<head>` element.
    public var head: Node? { root?.firstDescendant(named: "head") }

    /// The first `<body>` element.
    public var body: Node? { root?.firstDescendant(named: "body") }

    /// Comments and other nodes before `<html>` (e.g. a browser's "saved from url" comment).
    public var topLevelNodes: [Node] {
        var nodes: [Node] = []
        var child = pointer.pointee.children
        while let current = child {
            nodes.append(Node(current, in: self))
            child = current.pointee.next
        }
        return nodes
    }
}

public enum DOMError: Error, Equatable, Sendable {
    /// The bytes are empty or libxml2 could not build any tree from them.
    case unparseable
}
