import ArgumentParser
import Foundation
import MorgueArchiving
import MorgueExport
import MorgueExtraction
import MorgueModel

/// `extract --format ndjson`: many pages and folders in one run, one compact
/// JSON article a line on stdout, in the order of the files (folders in the
/// sorted order `import` uses). A page that cannot be read or extracted is
/// named on stderr in one line and the rest go on; the exit code is 1 when
/// any failed.
struct ExtractNDJSON {
    /// The URL given with `--url`, applied to every page.
    let url: String?

    func run(_ inputs: [String]) throws {
        var writer = NDJSONWriter(FileHandleSink.standardOutput)
        let extractor = Extractor()
        var failures = 0
        for input in inputs {
            let files: [String]
            do throws(ArchivingError) {
                files = try PageFile.find(in: input)
                if files.isEmpty { throw .noHTMLFiles(folder: input) }
            } catch {
                Console.error(error.description)
                failures += 1
                continue
            }
            for file in files {
                let article: Article
                do throws(ArchivingError) {
                    let bytes = try PageFile.read(file)
                    do throws(ExtractionError) {
                        article = try extractor.extract(PageInput(bytes: bytes, url: url))
                    } catch {
                        throw ArchivingError.extraction(error, source: file)
                    }
                } catch {
                    Console.error(error.description)
                    failures += 1
                    continue
                }
                do throws(ExportError) {
                    try writer.write(ExportRecord(article))
                } catch {
                    throw UserFacingError(error.description)
                }
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
