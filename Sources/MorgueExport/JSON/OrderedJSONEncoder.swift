import Foundation

/// Encodes `Encodable` values into a `JSONValue` whose objects keep the
/// order in which `encode(to:)` wrote their keys.
///
/// Foundation's `JSONEncoder` makes no promise about key order (on Linux the
/// order changes from run to run); morgue's JSON prints an article in the
/// order of its contract, so it builds the document itself. Dates are written
/// as ISO 8601 strings and URLs as their absolute string.
struct OrderedJSONEncoder {
    func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let root = JSONNode()
        try JSONNodeEncoder(node: root, codingPath: []).encodeValue(value)
        return root.value
    }
}

/// A JSON value under construction; containers hand out references to their
/// children so that nested containers can keep writing into them. The keys,
/// members and elements are stored properties, so that appending to them is
/// done in place (an array of many captions is built in linear time).
private final class JSONNode {
    enum Kind {
        case empty
        case scalar
        case object
        case array
    }

    private(set) var kind: Kind = .empty
    private var scalar: JSONValue = .null
    private var keys: [String] = []
    private var children: [String: JSONNode] = [:]
    private var elements: [JSONNode] = []

    var value: JSONValue {
        switch kind {
        case .empty: return .object([])
        case .scalar: return scalar
        case .object: return .object(keys.map { JSONValue.Member(key: $0, value: children[$0]!.value) })
        case .array: return .array(elements.map(\.value))
        }
    }

    func set(_ value: JSONValue) {
        kind = .scalar
        scalar = value
    }

    /// A fresh child at `key`; an existing key keeps its place and loses its value.
    func child(forKey key: String) -> JSONNode {
        becomeObject()
        let node = JSONNode()
        if children.updateValue(node, forKey: key) == nil { keys.append(key) }
        return node
    }

    func appendChild() -> JSONNode {
        becomeArray()
        let node = JSONNode()
        elements.append(node)
        return node
    }

    func becomeObject() {
        if kind == .object { return }
        kind = .object
        keys = []
        children = [:]
    }

    func becomeArray() {
        if kind == .array { return }
        kind = .array
        elements = []
    }

    var count: Int { kind == .array ? elements.count : 0 }
}

private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ index: Int) { stringValue = "Index \(index)"; intValue = index }
    init?(stringValue: String) { self.stringValue = stringValue; intValue = nil }
    init?(intValue: Int) { self.init(intValue) }
}

private struct JSONNodeEncoder: Encoder {
    let node: JSONNode
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }

    /// Writes `value` into this encoder's node: scalars directly, anything
    /// else through its own `encode(to:)`.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if let scalar = try Self.scalar(value, codingPath: codingPath) {
            node.set(scalar)
        } else {
            try value.encode(to: self)
        }
    }

    static func scalar<T: Encodable>(_ value: T, codingPath: [CodingKey]) throws -> JSONValue? {
        switch value {
        case let v as String: return .string(v)
        case let v as Bool: return .bool(v)
        case let v as Date: return .string(v.formatted(.iso8601))
        case let v as URL: return .string(v.absoluteString)
        case let v as Double: return try number(v, codingPath: codingPath)
        case let v as Float: return try number(Double(v), codingPath: codingPath)
        case let v as any BinaryInteger: return .number(String(describing: v))
        default: return nil
        }
    }

    static func number(_ v: Double, codingPath: [CodingKey]) throws -> JSONValue {
        guard v.isFinite else {
            throw EncodingError.invalidValue(v, .init(codingPath: codingPath, debugDescription: "JSON has no \(v)"))
        }
        if v == v.rounded(), abs(v) < 1e15 { return .number(String(Int64(v))) }
        return .number(String(describing: v))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.child(forKey: key.stringValue).set(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let child = node.child(forKey: key.stringValue)
        try JSONNodeEncoder(node: child, codingPath: codingPath + [key]).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(forKey: key.stringValue)
        child.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = node.child(forKey: key.stringValue)
        child.becomeArray()
        return UnkeyedContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder {
        JSONNodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        JSONNodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() throws {
        node.appendChild().set(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = IndexKey(count)
        try JSONNodeEncoder(node: node.appendChild(), codingPath: codingPath + [key]).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = IndexKey(count)
        let child = node.appendChild()
        child.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let key = IndexKey(count)
        let child = node.appendChild()
        child.becomeArray()
        return UnkeyedContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder {
        let key = IndexKey(count)
        return JSONNodeEncoder(node: node.appendChild(), codingPath: codingPath + [key])
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [CodingKey]

    mutating func encodeNil() throws {
        node.set(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try JSONNodeEncoder(node: node, codingPath: codingPath).encodeValue(value)
    }
}
