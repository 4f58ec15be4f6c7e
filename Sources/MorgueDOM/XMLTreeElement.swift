import CLibXML2

extension XMLTree {
    /// An element of an `XMLTree`, seen with its namespace: a value over
    /// libxml2's node that keeps its tree alive. Names are compared exactly
    /// (XML names are case-sensitive) and by namespace URI, never by prefix.
    public struct Element {
        let pointer: xmlNodePtr
        let tree: XMLTree

        init(_ pointer: xmlNodePtr, in tree: XMLTree) {
            self.pointer = pointer
            self.tree = tree
        }

        /// The name without its prefix ("creator" for `dc:creator`).
        public var localName: String {
            pointer.pointee.name.map { String(cString: $0) } ?? ""
        }

        /// The namespace URI, or nil for an element in no namespace.
        public var namespaceURI: String? {
            pointer.pointee.ns?.pointee.href.map { String(cString: $0) }
        }

        /// True when the element has this local name and namespace (nil: no namespace).
        public func isNamed(_ localName: String, in namespace: String?) -> Bool {
            self.localName == localName && namespaceURI == namespace
        }

        /// The value of an attribute. With `namespace` nil, only an attribute
        /// in no namespace matches (`isPermaLink`, `href`); otherwise the
        /// attribute of that name in that namespace (`rdf:about`, `xml:base`).
        public func attribute(_ name: String, namespace: String? = nil) -> String? {
            let value = namespace.map { xmlGetNsProp(pointer, name, $0) } ?? xmlGetNoNsProp(pointer, name)
            guard let value else { return nil }
            defer { morgue_xml_free(value) }
            return String(cString: value)
        }

        /// The element children, in document order.
        public var children: [Element] {
            var result: [Element] = []
            var child = pointer.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { result.append(Element(current, in: tree)) }
                child = current.pointee.next
            }
            return result
        }

        /// The element children with this local name and namespace.
        public func children(_ localName: String, in namespace: String?) -> [Element] {
            children.filter { $0.isNamed(localName, in: namespace) }
        }

        /// The first element child with this local name and namespace.
        public func child(_ localName: String, in namespace: String?) -> Element? {
            var child = pointer.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    let element = Element(current, in: tree)
                    if element.isNamed(localName, in: namespace) { return element }
                }
                child = current.pointee.next
            }
            return nil
        }

        /// The parent element; nil for the root.
        public var parent: Element? {
            guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
            return Element(parent, in: tree)
        }

        /// The text of the element and its descendants (CDATA included), as
        /// written. Entity references that were not replaced by the parser
        /// contribute nothing.
        public var text: String {
            var buffer: [UInt8] = []
            Element.appendText(of: pointer, to: &buffer)
            return String(decoding: buffer, as: UTF8.self)
        }

        private static func appendText(of pointer: xmlNodePtr, to buffer: inout [UInt8]) {
            var child = pointer.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content {
                        var i = 0
                        while content[i] != 0 { buffer.append(content[i]); i += 1 }
                    }
                case XML_ELEMENT_NODE:
                    appendText(of: current, to: &buffer)
                default:
                    break
                }
                child = current.pointee.next
            }
        }

        /// The element's base URI: its `xml:base` and its ancestors',
        /// resolved against the document URL (XML Base). Nil when neither
        /// gives one.
        public var baseURI: String? {
            guard let base = xmlNodeGetBase(tree.pointer, pointer) else { return nil }
            defer { morgue_xml_free(base) }
            let value = String(cString: base)
            return value.isEmpty ? nil : value
        }

        /// The 1-based source line, when libxml2 recorded it.
        public var line: Int { Int(xmlGetLineNo(pointer)) }
    }
}
