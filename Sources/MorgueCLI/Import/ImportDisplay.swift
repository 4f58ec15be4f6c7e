import Foundation
import MorgueArchiving
import MorgueExport

/// What `morgue import` shows while it runs. Each page's outcome is listed
/// (archived on stdout, the rest on stderr) unless quiet; progress goes to
/// stderr: on a terminal, one line redrawn in place (files done / total,
/// articles per second, time left, failures so far); otherwise a plain line
/// every `interval` seconds; nothing when quiet.
final class ImportDisplay {
    enum Mode: Equatable {
        case quiet
        case terminal(color: Bool)
        case lines(interval: TimeInterval)
    }

    let mode: Mode
    private var progress = ImportProgress()
    private var lastDraw: Date?
    private var barWidth = 0

    /// How often the terminal line is redrawn, at most.
    static let redrawInterval: TimeInterval = 0.1

    init(mode: Mode) {
        self.mode = mode
    }

    /// The mode for this process: quiet, or a terminal line when stderr is
    /// a terminal (coloured unless `NO_COLOR` is set or `TERM` is dumb), or
    /// plain lines.
    static func mode(
        quiet: Bool, interval: TimeInterval, environment: [String: String],
        stderrIsTerminal: Bool = isatty(STDERR_FILENO) == 1
    ) -> Mode {
        if quiet { return .quiet }
        guard stderrIsTerminal else { return .lines(interval: interval) }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        return .terminal(color: !noColor)
    }

    func handle(_ event: ImportEvent) {
        switch event {
        case .started(let progress):
            self.progress = progress
            lastDraw = Date()
            if case .terminal = mode { draw() }
        case .page(let page, let progress):
            self.progress = progress
            if mode != .quiet { list(page) }
            update()
        case .progress(let progress):
            self.progress = progress
            update()
        }
    }

    /// Clears the terminal line, before the summary.
    func finish() {
        clearBar()
    }

    // MARK: Lines

    private func list(_ page: ImportedPage) {
        clearBar()
        let counter = "[\(page.fileNumber)/\(progress.filesTotal)] "
        switch page.outcome {
        case .success(let result):
            if case .notAnArticle = result {
                Console.error(counter + ResultLines.describe(result, source: page.source))
            } else {
                Console.out(counter + ResultLines.describe(result, source: page.source))
            }
        case .failure(let error):
            Console.error(counter + "failed: " + error.description)
        }
    }

    private func update() {
        let now = Date()
        switch mode {
        case .quiet:
            return
        case .terminal:
            if barWidth == 0 || now.timeIntervalSince(lastDraw ?? .distantPast) >= Self.redrawInterval {
                lastDraw = now
                draw()
            }
        case .lines(let interval):
            if now.timeIntervalSince(lastDraw ?? now) >= interval {
                lastDraw = now
                write(ImportProgressText.line(progress) + "\n")
            }
        }
    }

    private func draw() {
        guard case .terminal(let color) = mode else { return }
        let text = ImportProgressText.bar(progress, color: color)
        let visible = ImportProgressText.bar(progress, color: false).count
        let padding = String(repeating: " ", count: max(barWidth - visible, 0))
        write("\r" + text + padding)
        barWidth = visible
    }

    private func clearBar() {
        guard barWidth > 0 else { return }
        write("\r" + String(repeating: " ", count: barWidth) + "\r")
        barWidth = 0
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// The words of the progress display.
enum ImportProgressText {
    /// "[######--------------] 1234/10000 files  45.2 articles/s  ETA 3m12s  2 failed"
    static func bar(_ progress: ImportProgress, color: Bool, width: Int = 20) -> String {
        let fraction = progress.filesTotal > 0 ? Double(progress.filesDone) / Double(progress.filesTotal) : 0
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        var failed = "\(progress.failures) failed"
        if color && progress.failures > 0 { failed = "\u{1B}[31m" + failed + "\u{1B}[0m" }
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(progress.filesDone)/\(progress.filesTotal) files  \(rate(progress)) articles/s  ETA \(eta(progress))  " + failed
    }

    /// "progress: 1234/10000 files, 45.2 articles/s, ETA 3m12s, 2 failed"
    static func line(_ progress: ImportProgress) -> String {
        "progress: \(progress.filesDone)/\(progress.filesTotal) files, \(rate(progress)) articles/s, ETA \(eta(progress)), \(progress.failures) failed"
    }

    static func rate(_ progress: ImportProgress) -> String {
        guard progress.elapsed > 0 else { return "0.0" }
        return String(format: "%.1f", Double(progress.stored) / progress.elapsed)
    }

    /// The time left at the pace so far: "3m12s", "1h05m", "--" before any file is done.
    static func eta(_ progress: ImportProgress) -> String {
        guard progress.filesDone > 0, progress.elapsed > 0 else { return "--" }
        let left = Double(progress.filesTotal - progress.filesDone) * progress.elapsed / Double(progress.filesDone)
        let seconds = Int(left.rounded())
        if seconds >= 3600 { return String(format: "%dh%02dm", seconds / 3600, seconds % 3600 / 60) }
        if seconds >= 60 { return String(format: "%dm%02ds", seconds / 60, seconds % 60) }
        return "\(seconds)s"
    }
}
