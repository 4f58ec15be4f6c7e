import CLibXML2

/// A parsed XML document (a feed, a sitemap): libxml2's XML parser, with
/// namespace-aware access to its elements. Owns the libxml2 tree and frees
/// it when released; every `XMLTree.Element` keeps its tree alive.
///
/// Parsing is safe for hostile input: no network (`XML_PARSE_NONET`), no
/// DTD loading, entities are never substituted (so an external entity such
/// as `<!ENTITY x SYSTEM "file:///etc/passwd">` is never read and contributes
/// no text), and libxml2's external-entity loader refuses every resource.
/// Broken markup is recovered from as far as libxml2 can (`XML_PARSE_RECOVER`);
/// `isWellFormed` tells whether it had to. Diagnostics never reach the terminal.
public final class XMLTree {
    let pointer: xmlDocPtr

    /// False when the bytes were not well-formed XML and libxml2 recovered
    /// what it could.
    public let isWellFormed: Bool
    /// The first problem libxml2 reported, when it reported one.
    public let firstProblem: XMLProblem?

    /// The namespace of `xml:base`, `xml:lang`.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Parses `bytes` as XML. The encoding comes from the byte-order mark or
    /// the XML declaration, else UTF-8; a declared Latin-1 or ASCII is read
    /// as windows-1252, as browsers read it (curly quotes stay quotes).
    /// `documentURL` is the URL the bytes came from: `Element.baseURI`
    /// resolves `xml:base` against it.
    public init(bytes: [UInt8], documentURL: String? = nil) throws(XMLError) {
        XMLTree.setUpOnce
        // The handler is per thread in libxml2: set it on the parsing thread.
        morgue_xml_silence_errors()
        guard !bytes.isEmpty else { throw .unparseable(XMLProblem(line: 0, message: "empty document")) }
        var parse = try XMLTree.parse(bytes, documentURL: documentURL, encoding: nil)
        if let declared = parse.document.pointee.encoding.map({ String(cString: $0) }),
           XMLTree.readsAsWindows1252(declared), bytes.contains(where: { (0x80...0x9F).contains($0) }) {
            let again = try XMLTree.parse(bytes, documentURL: documentURL, encoding: "WINDOWS-1252")
            xmlFreeDoc(parse.document)
            parse = again
        }
        self.pointer = parse.document
        self.isWellFormed = parse.wellFormed
        self.firstProblem = parse.problem
    }

    private struct Parse {
        let document: xmlDocPtr
        let wellFormed: Bool
        let problem: XMLProblem?
    }

    /// One run of libxml2's parser; a document without a root element is an error.
    private static func parse(_ bytes: [UInt8], documentURL: String?, encoding: String?) throws(XMLError) -> Parse {
        guard let context = xmlNewParserCtxt() else {
            throw .unparseable(XMLProblem(line: 0, message: "out of memory"))
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(bitPattern:
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                xmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), documentURL, encoding, options)
            }
        }
        let problem = lastProblem(of: context)
        guard let parsed else {
            throw .unparseable(problem ?? XMLProblem(line: 0, message: "not XML"))
        }
        guard xmlDocGetRootElement(parsed) != nil else {
            xmlFreeDoc(parsed)
            throw .unparseable(problem ?? XMLProblem(line: 0, message: "no root element"))
        }
        return Parse(document: parsed, wellFormed: context.pointee.wellFormed != 0, problem: problem)
    }

    /// True for a declared encoding browsers read as windows-1252 that
    /// libxml2 would read otherwise (ISO-8859-1, US-ASCII and their aliases).
    static func readsAsWindows1252(_ label: String) -> Bool {
        guard CharsetLabels.encoding(forLabel: label) == "WINDOWS-1252" else { return false }
        return !["windows-1252", "cp1252", "x-cp1252"].contains(label.lowercased())
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The document element.
    public var root: Element {
        // `init` refuses documents without one.
        Element(xmlDocGetRootElement(pointer)!, in: self)
    }

    private static func lastProblem(of context: xmlParserCtxtPtr) -> XMLProblem? {
        let error = context.pointee.lastError
        guard error.code != 0 else { return nil }
        let message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        return XMLProblem(line: Int(error.line), message: message.trimmingCharacters(in: " \t\r\n"))
    }

    private static let setUpOnce: Void = {
        LibXML.ready
        // morgue never lets libxml2 open a file or URL named by a document.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()
}

/// A problem libxml2 reported while parsing XML: where, and its message.
public struct XMLProblem: Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line, or 0 when unknown.
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// Why bytes could not be read as XML.
public enum XMLError: Error, Equatable, Sendable {
    /// libxml2 could not build a document with a root element from the bytes.
    case unparseable(XMLProblem)
}
