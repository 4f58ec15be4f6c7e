import MorgueModel

/// JSON renderings of export records: pretty for one article or an array of
/// them, compact for NDJSON lines.
///
/// Keys print in the order of the article's contract (never sorted), absent
/// values print as `null`, and slashes are not escaped.
public enum JSONExport {
    /// One record, pretty-printed with two-space indents, ending in a newline.
    public static func pretty(_ record: ExportRecord) throws(ExportError) -> String {
        try value(of: record).serialized(pretty: true) + "\n"
    }

    /// Any value that wraps a record with fields of its own (an explained
    /// extraction), pretty-printed like a record: keys in the order the value
    /// writes them, ending in a newline.
    public static func pretty(encoding value: some Encodable, name: String) throws(ExportError) -> String {
        do {
            return try OrderedJSONEncoder().encode(value).serialized(pretty: true) + "\n"
        } catch {
            throw .cannotEncode(article: name, reason: String(describing: error))
        }
    }

    /// One record on a single line, without a trailing newline.
    public static func compact(_ record: ExportRecord) throws(ExportError) -> String {
        try value(of: record).serialized(pretty: false)
    }

    /// A pretty JSON array of records, ending in a newline.
    public static func prettyArray(_ records: some Sequence<ExportRecord>) throws(ExportError) -> String {
        var writer = JSONArrayWriter(StreamSink(""))
        for record in records { try writer.write(record) }
        try writer.finish()
        return writer.sink.stream
    }

    /// NDJSON: one compact record per line, each line ending in a newline.
    public static func ndjson(_ records: some Sequence<ExportRecord>) throws(ExportError) -> String {
        var writer = NDJSONWriter(StreamSink(""))
        for record in records { try writer.write(record) }
        return writer.sink.stream
    }

    static func value(of record: ExportRecord) throws(ExportError) -> JSONValue {
        do {
            return try OrderedJSONEncoder().encode(record)
        } catch {
            let name = record.article.url ?? record.article.title ?? "article"
            throw .cannotEncode(article: name, reason: String(describing: error))
        }
    }
}
