import MorgueExtraction
import MorgueStore

/// Work for an extraction thread.
enum ImportJob: Sendable {
    /// A saved page file, by path as found.
    case pageFile(sequence: Int, fileNumber: Int, path: String)
    /// A page read from a WARC record; `unit` carries its markers.
    case warcPage(sequence: Int, unit: ImportUnit, page: WARCPage)
}

/// The thread that walks the files of an import in order and hands out the
/// work: page files go to the extraction threads by path; WARC files are
/// read here, record by record, their pages handed out with their bytes.
/// Outcomes that need no extraction (records that are not pages, outcomes
/// recalled from an earlier import) go straight to the writer.
struct ImportFeeder: Sendable {
    let roots: [String]
    let pages: PageImport
    let channel: OrderedChannel<ImportUnit>
    let jobs: BlockingQueue<ImportJob>
    let stop: ImportStop

    /// Files an import reads: saved pages and WARC files.
    static let accepts: @Sendable (String) -> Bool = { PageFile.isPage($0) || PageFile.isWARC($0) }

    func run() {
        var fileNumber = 0
        walking: for root in roots {
            guard var walker = try? PageWalker(root: root, accepts: Self.accepts) else { continue }
            while let path = walker.next() {
                if stop.isStopped { break walking }
                fileNumber += 1
                if PageFile.isWARC(path) {
                    feedWARC(path, fileNumber: fileNumber)
                } else {
                    jobs.push(.pageFile(sequence: channel.reserve(), fileNumber: fileNumber, path: path))
                }
            }
        }
        channel.finish()
        jobs.close()
    }

    private func emit(_ unit: ImportUnit) {
        channel.put(unit, sequence: channel.reserve())
    }

    /// Reads a WARC file's records. A file read to its end is marked finished;
    /// one left early (stopped) keeps its entries, and the next import goes on
    /// from them.
    private func feedWARC(_ path: String, fileNumber: Int) {
        var next = ImportUnit(
            source: path, fileNumber: fileNumber, key: nil, begins: nil, finishes: nil, endsFile: false, result: .marker)
        let absolute = Archiver.absolute(path)
        guard let status = FileStatus(path), status.isRegularFile else {
            next.endsFile = true
            do {
                _ = try FileInput(path: path)
                next.result = .failed(.unreadable(path: path, reason: "not a regular file"))
            } catch {
                next.result = .failed(error)
            }
            emit(next)
            return
        }
        let file = ImportedFile(path: absolute, size: Int64(status.size), modifiedNanoseconds: status.modifiedNanoseconds)
        let record: ImportRecord?
        do {
            record = try pages.archive.importRecord(path: absolute)
        } catch {
            next.endsFile = true
            next.result = .failed(.store(error))
            emit(next)
            return
        }
        var known: [Int64: ImportUnit.Recalled] = [:]
        if let record, record.file == file {
            for entry in record.entries {
                if let recalled = ImportRecordMapping.recall(
                    entry, source: "\(path)#\(entry.member)", keepNonArticles: pages.keepNonArticles,
                    extractorVersion: Extractor.version) {
                    known[entry.member] = recalled
                }
            }
            if record.finished, known.count == record.entries.count {
                recallWARC(record, known: known, template: next)
                return
            }
        }
        next.begins = file
        /// The unit for one record: the first of the file begins its record.
        func unit(member: Int64, source: String, _ result: ImportUnit.Result) -> ImportUnit {
            var unit = next
            unit.source = source
            unit.key = ImportEntryKey(path: absolute, member: member)
            unit.result = result
            next.begins = nil
            return unit
        }
        var finished = true
        var stopped = false
        var reader: WARCReader?
        do {
            let opened = try WARCReader(path: path)
            reader = opened
            while let item = try opened.next() {
                switch item {
                case .page(let page):
                    if let recalled = known[page.member] {
                        emit(unit(member: page.member, source: page.source, .recalled(recalled)))
                    } else {
                        let job = unit(member: page.member, source: page.source, .marker)
                        jobs.push(.warcPage(sequence: channel.reserve(), unit: job, page: page))
                    }
                case .ignored(let member, let source, let reason):
                    emit(unit(member: member, source: source, .ignored(reason: reason)))
                case .failed(let member, let source, let error):
                    emit(unit(member: member, source: source, .failed(error)))
                }
                if stop.isStopped {
                    finished = false
                    stopped = true
                    break
                }
            }
        } catch {
            // The file cannot be read on from here. A failure of its bytes is
            // recorded where it was met (after every record read), and the
            // file is finished; any other failure leaves the file to be read again.
            var failed = unit(member: reader?.position ?? 0, source: path, .failed(error))
            if ImportRecordMapping.recorded(error) == nil {
                failed.key = nil
                finished = false
            }
            emit(failed)
        }
        var end = next
        end.result = .marker
        // A file left early is not done: the next import goes on with it.
        end.endsFile = !stopped
        end.finishes = finished ? absolute : nil
        emit(end)
    }

    /// Every page of an unchanged, finished WARC file, from its record.
    private func recallWARC(_ record: ImportRecord, known: [Int64: ImportUnit.Recalled], template: ImportUnit) {
        for entry in record.entries {
            guard let recalled = known[entry.member] else { continue }
            var unit = template
            unit.source = "\(template.source)#\(entry.member)"
            unit.result = .recalled(recalled)
            emit(unit)
        }
        var end = template
        end.endsFile = true
        emit(end)
    }
}
