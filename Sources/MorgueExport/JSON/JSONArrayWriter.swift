/// Streams records as one pretty JSON array: the opening bracket goes out
/// with the first record, each record is written as it is given, and
/// `finish()` closes the array (an export of nothing is `[]`).
public struct JSONArrayWriter<Sink: ExportSink> {
    public private(set) var sink: Sink
    /// How many records have been written.
    public private(set) var count = 0
    private var finished = false

    public init(_ sink: Sink) {
        self.sink = sink
    }

    public mutating func write(_ record: ExportRecord) throws(ExportError) {
        precondition(!finished, "JSONArrayWriter.write after finish()")
        let element = try JSONExport.value(of: record).serialized(pretty: true, depth: 1)
        try sink.write((count == 0 ? "[\n  " : ",\n  ") + element)
        count += 1
    }

    /// Closes the array and ends it with a newline. Call once, after the last record.
    public mutating func finish() throws(ExportError) {
        precondition(!finished, "JSONArrayWriter.finish() called twice")
        finished = true
        try sink.write(count == 0 ? "[]\n" : "\n]\n")
    }
}
