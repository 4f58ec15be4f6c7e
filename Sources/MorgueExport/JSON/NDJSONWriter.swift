/// Streams records as NDJSON: each record is written to the sink as one
/// compact JSON line as soon as it is given, so an export of the whole
/// archive never holds more than one article in memory.
public struct NDJSONWriter<Sink: ExportSink> {
    public private(set) var sink: Sink
    /// How many records have been written.
    public private(set) var count = 0

    public init(_ sink: Sink) {
        self.sink = sink
    }

    public mutating func write(_ record: ExportRecord) throws(ExportError) {
        try sink.write(JSONExport.compact(record) + "\n")
        count += 1
    }
}
