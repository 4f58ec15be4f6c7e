import ArgumentParser
import Foundation
import MorgueDOM
import MorgueExtraction

/// The benchmark tool behind `make bench`: builds a corpus of distinct pages,
/// and measures extraction and parse-only throughput on one core, in process,
/// with the pages already in memory (so disk speed does not count).
@main
struct MorgueBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "morgue-bench",
        abstract: "Benchmark helpers for morgue (see `make bench`).",
        subcommands: [Generate.self, Throughput.self])
}

/// Copies the development corpus' pages until there are `count` of them,
/// editing each copy (headline, title, first paragraph) so no two copies
/// are the same page or the same story.
struct Generate: ParsableCommand {
    @Option(help: "Folders to take source pages from (searched recursively for .html).")
    var from: [String]

    @Option(help: "How many pages to write.")
    var count = 10_000

    @Option(help: "The folder to write them into (emptied first).")
    var out: String

    func run() throws {
        let sources = try from.flatMap(PageList.files(in:)).sorted()
        guard !sources.isEmpty else { throw ValidationError("no .html files in \(from)") }
        let pages = sources.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        try? FileManager.default.removeItem(atPath: out)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for index in 0..<count {
            let page = pages[index % pages.count]
            let edited = CopyEdit.apply(page, mark: " ·\(index)")
            let name = String(format: "%@/%03d/page-%06d.html", out, index % 1000, index)
            try FileManager.default.createDirectory(
                atPath: (name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(edited).write(to: URL(fileURLWithPath: name))
        }
        print("generated \(count) pages from \(pages.count) sources into \(out)")
    }
}

/// Extraction and parse-only throughput over the same pages, one core.
struct Throughput: ParsableCommand {
    @Argument(help: "A folder of pages, or a file listing page paths one a line.")
    var pages: String

    @Option(help: "Use at most this many pages.")
    var limit: Int?

    @Option(help: "Times each measurement is repeated; the fastest run counts.")
    var repeats = 1

    func run() throws {
        var files = try PageList.read(pages)
        if let limit { files = Array(files.prefix(limit)) }
        let bytes = files.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        let megabytes = Double(bytes.reduce(0) { $0 + $1.count }) / 1_048_576
        // The whole page, code included: libxml2's own parse time (extraction cuts code before parsing).
        let parse = fastest(repeats) {
            for page in bytes { _ = try? HTMLDocument(bytes: page) }
        }
        let extractor = Extractor()
        var words = 0
        let extract = fastest(repeats) {
            words = 0
            for page in bytes { words += (try? extractor.extract(PageInput(bytes: page)))?.wordCount ?? 0 }
        }
        let result: [String: Any] = [
            "pages": bytes.count,
            "megabytes": (megabytes * 10).rounded() / 10,
            "parse_seconds": parse,
            "extract_seconds": extract,
            "parse_pages_per_second": Double(bytes.count) / parse,
            "extract_pages_per_second": Double(bytes.count) / extract,
            "extract_over_parse": extract / parse,
            "words": words,
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    private func fastest(_ repeats: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(repeats, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}

/// Finding page files.
enum PageList {
    static func files(in folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw ValidationError("cannot read \(folder)")
        }
        var files: [String] = []
        // A corpus' expected outputs (expected.html) are not pages.
        for case let relative as String in walker
        where relative.lowercased().hasSuffix(".html") && !relative.hasSuffix("expected.html") {
            files.append(folder + "/" + relative)
        }
        return files
    }

    /// A folder's pages, or the paths listed in a file.
    static func read(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("no such file or folder: \(path)")
        }
        if isDirectory.boolValue { return try files(in: path).sorted() }
        let list = try String(contentsOfFile: path, encoding: .utf8)
        return list.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}

/// The per-copy edit: a mark appended to the first `</title>`, `</h1>` and `</p>`.
enum CopyEdit {
    static func apply(_ page: [UInt8], mark: String) -> [UInt8] {
        var out = page
        for tag in ["</title>", "</h1>", "</p>"] {
            out = insert(Array(mark.utf8), before: Array(tag.utf8), in: out)
        }
        return out
    }

    private static func insert(_ mark: [UInt8], before tag: [UInt8], in page: [UInt8]) -> [UInt8] {
        guard page.count >= tag.count else { return page }
        var i = 0
        while i + tag.count <= page.count {
            var matched = true
            for k in 0..<tag.count where lower(page[i + k]) != tag[k] {
                matched = false
                break
            }
            if matched { return Array(page[..<i]) + mark + Array(page[i...]) }
            i += 1
        }
        return page
    }

    private static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
}
