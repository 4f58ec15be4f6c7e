import CLibXML2

/// How much visible text a subtree holds, measured straight from libxml2's
/// UTF-8 buffers (no String is built).
public struct TextMeasure: Equatable, Sendable {
    /// Non-white-space characters (Unicode scalars).
    public var characters = 0
    /// Of those, the ones inside `<a>` elements.
    public var linkCharacters = 0
    /// Commas, in Latin (","), CJK ("，", "、") and Arabic ("،") scripts.
    public var commas = 0
    /// Runs of white space between words, a cheap word-count proxy.
    public var wordBreaks = 0

    public init() {}

    /// Share of the text that sits inside links, 0...1.
    public var linkDensity: Double {
        characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
    }

    static func += (lhs: inout TextMeasure, rhs: TextMeasure) {
        lhs.characters += rhs.characters
        lhs.linkCharacters += rhs.linkCharacters
        lhs.commas += rhs.commas
        lhs.wordBreaks += rhs.wordBreaks
    }
}

extension Node {
    /// Measures this node and every element below it in one post-order pass.
    /// The result is keyed by `Node.key`. Text in `<script>`, `<style>`,
    /// `<noscript>` and `<template>` is not counted.
    public func measureSubtree() -> [UInt: TextMeasure] {
        var table: [UInt: TextMeasure] = [:]
        // Room for every element from the start: the table is not rebuilt as it grows.
        table.reserveCapacity(elementCount)
        _ = Node.measure(pointer, insideLink: isInsideLink, record: true, into: &table)
        return table
    }

    /// Measures this node alone, without recording its descendants.
    public var textMeasure: TextMeasure {
        var unused: [UInt: TextMeasure] = [:]
        return Node.measure(pointer, insideLink: isInsideLink, record: false, into: &unused)
    }

    /// This node, when an element, and the elements below it.
    private var elementCount: Int {
        var count = isElement ? 1 : 0
        walk { node in
            if node.isElement { count += 1 }
            return true
        }
        return count
    }

    private var isInsideLink: Bool {
        var current = pointer.pointee.parent
        while let p = current, p.pointee.type == XML_ELEMENT_NODE {
            if let name = p.pointee.name, name[0] == UInt8(ascii: "a"), name[1] == 0 { return true }
            current = p.pointee.parent
        }
        return false
    }

    private static func measure(
        _ pointer: xmlNodePtr, insideLink: Bool, record: Bool, into table: inout [UInt: TextMeasure]
    ) -> TextMeasure {
        var result = TextMeasure()
        switch pointer.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = pointer.pointee.content else { return result }
            measureText(content, into: &result)
            if insideLink { result.linkCharacters = result.characters }
        case XML_ELEMENT_NODE:
            if !isInvisibleTextContainer(pointer) {
                var link = insideLink
                if let name = pointer.pointee.name, name[0] == UInt8(ascii: "a"), name[1] == 0 { link = true }
                var child = pointer.pointee.children
                while let c = child {
                    result += measure(c, insideLink: link, record: record, into: &table)
                    child = c.pointee.next
                }
            }
            if record { table[UInt(bitPattern: pointer)] = result }
        default:
            break
        }
        return result
    }

    private static func measureText(_ content: UnsafeMutablePointer<xmlChar>, into result: inout TextMeasure) {
        var i = 0
        var inSpace = true
        while true {
            let b = content[i]
            if b > 0x2C && b < 0x80 {
                // A run of ASCII letters, digits and most punctuation (past ","): one character a
                // byte, no white space, no comma.
                var end = i + 1
                while content[end] > 0x2C && content[end] < 0x80 { end += 1 }
                result.characters += end - i
                inSpace = false
                i = end
                continue
            }
            if b == 0 { break }
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                if !inSpace { result.wordBreaks += 1 }
                inSpace = true
                i += 1
                continue
            }
            if b == 0xC2 && content[i + 1] == 0xA0 { // no-break space
                if !inSpace { result.wordBreaks += 1 }
                inSpace = true
                i += 2
                continue
            }
            inSpace = false
            if b & 0xC0 != 0x80 { result.characters += 1 }
            if b == 0x2C { result.commas += 1 }
            else if b == 0xEF && content[i + 1] == 0xBC && content[i + 2] == 0x8C { result.commas += 1 } // ，
            else if b == 0xE3 && content[i + 1] == 0x80 && content[i + 2] == 0x81 { result.commas += 1 } // 、
            else if b == 0xD8 && content[i + 1] == 0x8C { result.commas += 1 } // ،
            i += 1
        }
        if !inSpace { result.wordBreaks += 1 }
    }
}
