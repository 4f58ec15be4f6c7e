import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A node of an `HTMLDocument`: an element, a run of text or a comment.
/// A value type over libxml2's node; it keeps its document alive.
///
/// The small accessors that the extraction stages call for every node (names,
/// attributes, navigation, `walk`) are `@inlinable`: inlined into a stage, a
/// test such as `isElement("p")` compiles to a few byte comparisons instead
/// of a call across the module boundary, and `walk`'s closure is inlined into
/// its loop.
public struct Node {
    @usableFromInline let pointer: xmlNodePtr
    public let document: HTMLDocument

    @inlinable
    init(_ pointer: xmlNodePtr, in document: HTMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    public enum Kind: Sendable { case element, text, comment, other }

    @inlinable
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_COMMENT_NODE: return .comment
        default: return .other
        }
    }

    @inlinable
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    @inlinable
    public var isText: Bool { kind == .text }

    /// The element's tag name in lower case ("p", "figcaption"); "" for other nodes.
    public var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The element's tag name folded to lower case (ASCII, as `isElement(_:)`
    /// folds it) and packed into one integer, its first byte lowest: equal
    /// to `Node.packedName(tag)` exactly when `isElement(tag)`, for a name of
    /// at most eight bytes. Zero for longer names and for other nodes.
    @inlinable
    public var packedName: UInt64 {
        guard isElement, let name = pointer.pointee.name else { return 0 }
        var key: UInt64 = 0
        var i = 0
        while name[i] != 0 {
            if i == 8 { return 0 }
            let c = name[i]
            key |= UInt64((c >= 65 && c <= 90) ? c + 32 : c) << (8 * i)
            i += 1
        }
        return key
    }

    /// A lower-case tag name of at most eight bytes, packed as `packedName` packs an element's.
    @inlinable
    public static func packedName(_ tag: StaticString) -> UInt64 {
        tag.withUTF8Buffer { packedName(utf8: $0) }
    }

    /// The bytes of a lower-case tag name of at most eight bytes, packed as `packedName` packs an element's.
    @inlinable
    public static func packedName<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> UInt64 {
        precondition(bytes.count <= 8, "a packed name holds eight bytes")
        var key: UInt64 = 0
        for (i, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * i) }
        return key
    }

    /// True when this is an element with the given lower-case tag name.
    /// Compares bytes without building a String.
    @inlinable
    public func isElement(_ tag: StaticString) -> Bool {
        guard isElement, let name = pointer.pointee.name else { return false }
        return tag.withUTF8Buffer { expected in
            var i = 0
            while i < expected.count {
                let c = name[i]
                if c == 0 { return false }
                // HTML tag names are ASCII; fold case.
                let folded = (c >= 65 && c <= 90) ? c + 32 : c
                if folded != expected[i] { return false }
                i += 1
            }
            return name[i] == 0
        }
    }

    /// The text of a text or comment node; nil for elements.
    public var content: String? {
        guard !isElement, let content = pointer.pointee.content else { return nil }
        return String(cString: content)
    }

    /// The value of an attribute, or nil when absent.
    public func attribute(_ name: String) -> String? {
        guard let property = property(named: name) else { return nil }
        return Node.withValue(of: property, in: pointer) { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 bytes of an attribute's value, or nil when absent: no
    /// String is built, and a plain value is copied straight from the tree.
    @inlinable
    public func attributeBytes(_ name: StaticString) -> [UInt8]? {
        var bytes: [UInt8] = []
        return appendAttribute(name, to: &bytes) ? bytes : nil
    }

    /// Appends the UTF-8 bytes of an attribute's value to `buffer`; false
    /// (nothing appended) when the attribute is absent. A plain value is
    /// copied straight from the tree, without an allocation of its own.
    @inlinable @discardableResult
    public func appendAttribute(_ name: StaticString, to buffer: inout [UInt8]) -> Bool {
        attribute(name, satisfies: { buffer.append(contentsOf: $0); return true })
    }

    /// Whether the attribute is present and `predicate` holds for the UTF-8
    /// bytes of its value, read in place when the value is plain (nothing is
    /// copied). The bytes live only as long as the call.
    @inlinable
    public func attribute(_ name: StaticString, satisfies predicate: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        guard let property = property(where: { strcmp_ascii($0, name) }) else { return false }
        return Node.withValue(of: property, in: pointer, predicate)
    }

    /// Whether one of the attributes named `first`, `second` or `third` is
    /// present and `predicate` holds for its value's bytes (read as
    /// `attribute(_:satisfies:)` reads them); the attribute list is walked
    /// once, in document order.
    @inlinable
    public func anyAttribute(_ first: StaticString, _ second: StaticString, _ third: StaticString,
                             satisfies predicate: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        guard isElement else { return false }
        var property = pointer.pointee.properties
        while let current = property {
            if let name = current.pointee.name,
               strcmp_ascii(name, first) || strcmp_ascii(name, second) || strcmp_ascii(name, third),
               Node.withValue(of: current, in: pointer, predicate) {
                return true
            }
            property = current.pointee.next
        }
        return false
    }

    public func hasAttribute(_ name: String) -> Bool {
        property(named: name) != nil
    }

    /// `hasAttribute(_:)` for a name known at compile time, compared without making a String.
    @inlinable
    public func hasAttribute(named name: StaticString) -> Bool {
        property(where: { strcmp_ascii($0, name) }) != nil
    }

    /// The attribute named `name`, compared byte for byte as libxml2's
    /// `xmlHasProp` compares it (an HTML document declares no default
    /// attributes), without making a C string of the name.
    private func property(named name: String) -> xmlAttrPtr? {
        var name = name
        return name.withUTF8 { expected in
            property(where: { attributeName in
                for (i, byte) in expected.enumerated() where attributeName[i] != byte { return false }
                return attributeName[expected.count] == 0
            })
        }
    }

    @inlinable
    func property(where isNamed: (UnsafePointer<xmlChar>) -> Bool) -> xmlAttrPtr? {
        guard isElement else { return nil }
        var property = pointer.pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name, isNamed(attributeName) { return current }
            property = current.pointee.next
        }
        return nil
    }

    /// Calls `body` with the bytes of an attribute's value, as libxml2's
    /// `xmlGetProp` gives them: a value that is one run of text (the usual
    /// case) is read in place; an attribute without a value reads as "".
    @inlinable
    static func withValue<R>(
        of property: xmlAttrPtr, in element: xmlNodePtr, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        let children = property.pointee.children
        if let text = children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE,
           let content = text.pointee.content {
            return body(UnsafeBufferPointer(start: content, count: strlen_xml(content)))
        }
        guard let raw = xmlNodeListGetString(element.pointee.doc, children, 1) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        defer { morgue_xml_free(raw) }
        return body(UnsafeBufferPointer(start: raw, count: strlen_xml(raw)))
    }

    /// All attributes in document order.
    public var attributes: [Attribute] {
        guard isElement else { return [] }
        var result: [Attribute] = []
        var property = pointer.pointee.properties
        while let current = property {
            let name = String(cString: current.pointee.name)
            var value = ""
            if let raw = xmlNodeListGetString(pointer.pointee.doc, current.pointee.children, 1) {
                value = String(cString: raw)
                morgue_xml_free(raw)
            }
            result.append(Attribute(name: name, value: value))
            property = current.pointee.next
        }
        return result
    }

    // MARK: Navigation

    @inlinable
    public var parent: Node? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return Node(parent, in: document)
    }

    @inlinable
    public var firstChild: Node? { pointer.pointee.children.map { Node($0, in: document) } }
    @inlinable
    public var lastChild: Node? { pointer.pointee.last.map { Node($0, in: document) } }
    @inlinable
    public var nextSibling: Node? { pointer.pointee.next.map { Node($0, in: document) } }
    @inlinable
    public var previousSibling: Node? { pointer.pointee.prev.map { Node($0, in: document) } }

    public var children: [Node] {
        var result: [Node] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(Node(current, in: document))
            child = current.pointee.next
        }
        return result
    }

    public var elementChildren: [Node] { children.filter(\.isElement) }

    /// Ancestors from the parent up to `<html>`.
    public var ancestors: [Node] {
        var result: [Node] = []
        var current = parent
        while let node = current {
            result.append(node)
            current = node.parent
        }
        return result
    }

    /// Calls `visit` for every descendant in document order. Return `false`
    /// from `visit` to skip that node's subtree. The walk follows the
    /// tree's own links (no list of pending nodes is built), so `visit`
    /// must not change the tree: collect what to change, then change it.
    @inlinable
    public func walk(_ visit: (Node) -> Bool) {
        guard let first = pointer.pointee.children else { return }
        walk(from: first, below: pointer, visit)
    }

    /// Calls `visit` for every descendant that follows `start` in document
    /// order, as `walk` calls it once it has visited `start` and skipped
    /// `start`'s subtree. `start` must lie below this node.
    @inlinable
    public func walk(after start: Node, _ visit: (Node) -> Bool) {
        guard let first = Node.next(after: start.pointer, below: pointer) else { return }
        walk(from: first, below: pointer, visit)
    }

    /// The walk from `first` on, in document order, to the end of `root`'s subtree.
    @inlinable @inline(__always)
    func walk(from first: xmlNodePtr, below root: xmlNodePtr, _ visit: (Node) -> Bool) {
        var current = first
        while true {
            if visit(Node(current, in: document)), current.pointee.type == XML_ELEMENT_NODE,
               let child = current.pointee.children {
                current = child
                continue
            }
            guard let next = Node.next(after: current, below: root) else { return }
            current = next
        }
    }

    /// The node after `node`'s subtree: its sibling, or an ancestor's sibling below `root`.
    @inlinable @inline(__always)
    static func next(after node: xmlNodePtr, below root: xmlNodePtr) -> xmlNodePtr? {
        var current = node
        while true {
            if let next = current.pointee.next { return next }
            guard let parent = current.pointee.parent, parent != root else { return nil }
            current = parent
        }
    }

    /// Every descendant element, in document order.
    public var descendantElements: [Node] {
        var result: [Node] = []
        walk { node in
            if node.isElement { result.append(node) }
            return true
        }
        return result
    }

    /// Descendant elements with the given tag name, in document order.
    public func descendants(named tag: String) -> [Node] {
        var result: [Node] = []
        walk { node in
            if node.isNamed(tag) { result.append(node) }
            return true
        }
        return result
    }

    public func firstDescendant(named tag: String) -> Node? {
        var found: Node?
        walk { node in
            if found != nil { return false }
            if node.isNamed(tag) { found = node; return false }
            return true
        }
        return found
    }

    /// `isElement && name == tag`; an ASCII `tag` is compared with the name's
    /// bytes, without making a String of the name.
    func isNamed(_ tag: String) -> Bool {
        guard isElement else { return false }
        guard let name = pointer.pointee.name else { return tag.isEmpty }
        var tag = tag
        let answer: Bool? = tag.withUTF8 { expected in
            if expected.contains(where: { $0 >= 0x80 }) { return nil }
            for (i, byte) in expected.enumerated() where name[i] != byte { return false }
            return name[expected.count] == 0
        }
        return answer ?? (self.name == tag)
    }

    // MARK: Text

    /// All text below this node, as in the DOM's `textContent`, except that
    /// `<script>`, `<style>`, `<noscript>`, `<template>` and `<svg>` (an
    /// icon's `<title>`, a chart's labels) contribute nothing.
    /// Whitespace is kept as in the source.
    public var textContent: String {
        var buffer: [UInt8] = []
        appendText(to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of this node's text to `buffer` (the fast path
    /// for tree walks: one String is made at the end, not one per node).
    public func appendText(to buffer: inout [UInt8]) {
        Node.appendText(of: pointer, to: &buffer)
    }

    static func appendText(of pointer: xmlNodePtr, to buffer: inout [UInt8]) {
        switch pointer.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = pointer.pointee.content {
                buffer.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen_xml(content)))
            }
        case XML_ELEMENT_NODE:
            if Node.isInvisibleTextContainer(pointer) { return }
            var child = pointer.pointee.children
            while let c = child {
                appendText(of: c, to: &buffer)
                child = c.pointee.next
            }
        default:
            break
        }
    }

    static func isInvisibleTextContainer(_ pointer: xmlNodePtr) -> Bool {
        let node = pointer.pointee
        guard let name = node.name else { return false }
        // script, style, svg, noscript, template: compare the first bytes cheaply.
        switch name[0] {
        case UInt8(ascii: "s"):
            return strcmp_ascii(name, "script") || strcmp_ascii(name, "style") || strcmp_ascii(name, "svg")
        case UInt8(ascii: "n"):
            return strcmp_ascii(name, "noscript")
        case UInt8(ascii: "t"):
            return strcmp_ascii(name, "template")
        default:
            return false
        }
    }

    // MARK: Mutation

    /// Takes this node out of the tree. The node's memory lives as long as
    /// the document, so other `Node` values pointing into it stay valid.
    public func remove() {
        xmlUnlinkNode(pointer)
        document.detached.append(pointer)
    }

    /// Takes this node out of the tree so that it can be put back later with
    /// `DetachedNode.reattach()`. Several detachments must be undone in the
    /// reverse order they were made (last detached, first reattached): each
    /// remembers the neighbour it goes back next to.
    public func detach() -> DetachedNode {
        let parent = pointer.pointee.parent
        let previous = pointer.pointee.prev
        let next = pointer.pointee.next
        xmlUnlinkNode(pointer)
        document.detached.append(pointer)
        return DetachedNode(node: self, parent: parent, previous: previous, next: next)
    }

    /// Replaces this element by its children, in place (`<noscript><p>a</p></noscript>`
    /// becomes `<p>a</p>`). The emptied element is removed like `remove()`.
    public func unwrap() {
        guard isElement, pointer.pointee.parent != nil else { return }
        document.changingTree {
            while let child = pointer.pointee.children {
                xmlUnlinkNode(child)
                // A text child may merge into a text neighbour; libxml2 then frees it.
                xmlAddPrevSibling(pointer, child)
            }
        }
        remove()
    }

    /// A stable key for this node within its document, usable in dictionaries.
    @inlinable
    public var key: UInt { UInt(bitPattern: pointer) }

    /// The 1-based source line, when libxml2 recorded it.
    public var line: Int { Int(pointer.pointee.line) }
}

extension Node: Equatable, Hashable {
    @inlinable
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.pointer == rhs.pointer }
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}

/// A node taken out of its tree by `Node.detach()`, with the place it came from.
public struct DetachedNode {
    public let node: Node
    let parent: xmlNodePtr?
    let previous: xmlNodePtr?
    let next: xmlNodePtr?

    /// Puts the node back where it was detached from: before its old next
    /// sibling, or after its old previous one when the next is gone. Undo
    /// detachments in reverse order, so that those neighbours are in the tree again.
    public func reattach() {
        let pointer = node.pointer
        guard pointer.pointee.parent == nil, let parent else { return }
        node.document.changingTree {
            if let next, next.pointee.parent == parent {
                xmlAddPrevSibling(next, pointer)
            } else if let previous, previous.pointee.parent == parent {
                xmlAddNextSibling(previous, pointer)
            } else {
                xmlAddChild(parent, pointer)
            }
        }
        let detached = node.document.detached
        if let index = detached.lastIndex(of: pointer) { node.document.detached.remove(at: index) }
    }
}

public struct Attribute: Equatable, Sendable {
    public let name: String
    public let value: String
}

/// The length of a NUL-terminated libxml2 string, by the C library's `strlen`
/// (which reads many bytes at a time: class lists and text runs are long).
@inlinable @inline(__always)
func strlen_xml(_ a: UnsafePointer<xmlChar>) -> Int {
    strlen(UnsafeRawPointer(a).assumingMemoryBound(to: CChar.self))
}

@inlinable @inline(__always)
func strcmp_ascii(_ a: UnsafePointer<xmlChar>, _ b: StaticString) -> Bool {
    b.withUTF8Buffer { expected in
        var i = 0
        while i < expected.count {
            if a[i] != expected[i] { return false }
            i += 1
        }
        return a[i] == 0
    }
}
