/// Imports every saved page below a folder (or a list of files), one page
/// at a time; a bad page is counted and named, never stops the batch.
public struct Importer: Sendable {
    public let archiver: Archiver

    public init(archiver: Archiver) {
        self.archiver = archiver
    }

    /// Called after each page with its path and what happened to it.
    public typealias Progress = (_ done: Int, _ total: Int, _ path: String, _ outcome: Result<ArchiveResult, ArchivingError>) -> Void

    /// Archives every page file found below the given paths (files are taken as they are).
    public func run(_ paths: [String], progress: Progress = { _, _, _, _ in }) -> BatchReport {
        var report = BatchReport()
        var files: [String] = []
        for path in paths {
            do throws(ArchivingError) {
                let found = try PageFile.find(in: path)
                if found.isEmpty { throw .noHTMLFiles(folder: path) }
                files.append(contentsOf: found)
            } catch {
                report.record(error, source: path)
            }
        }
        for (index, file) in files.enumerated() {
            let outcome: Result<ArchiveResult, ArchivingError>
            do throws(ArchivingError) {
                outcome = .success(try archiver.archiveFile(file))
            } catch {
                outcome = .failure(error)
            }
            switch outcome {
            case .success(let result): report.record(result, source: file)
            case .failure(let error): report.record(error, source: file)
            }
            progress(index + 1, files.count, file, outcome)
        }
        return report
    }
}
