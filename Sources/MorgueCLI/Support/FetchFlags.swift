import ArgumentParser
import Foundation
import MorgueArchiving
import MorgueExtraction
import MorgueFetch

/// The limits and manners of fetching, shared by `archive` and `feed`:
/// `--timeout`, `--max-redirects`, `--max-size`, `--user-agent`, `--jobs`,
/// `--per-host`, `--delay`.
struct FetchFlags: ParsableArguments {
    @Option(help: "Seconds to wait for a silent server.")
    var timeout: Int = 30

    @Option(help: "The most redirects followed for one page.")
    var maxRedirects: Int = 10

    @Option(help: ArgumentHelp("The largest page accepted, in bytes or with KB, MB.", valueName: "size"))
    var maxSize = ByteSize(bytes: 20 * 1024 * 1024)

    @Option(help: ArgumentHelp("The User-Agent header sent.", discussion: "Default: morgue/VERSION (+news archiver)."))
    var userAgent: String?

    @Option(help: "The most URLs fetched at once.")
    var jobs: Int = 8

    @Option(help: "The most fetches at once from one host.")
    var perHost: Int = 2

    @Option(help: "Seconds between the starts of two fetches from the same host.")
    var delay: Double = 0.5

    func validate() throws {
        if timeout < 1 { throw ValidationError("--timeout must be at least 1 second.") }
        if maxRedirects < 0 { throw ValidationError("--max-redirects cannot be negative.") }
        if maxSize.bytes < 1 { throw ValidationError("--max-size must be at least 1 byte.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if perHost < 1 { throw ValidationError("--per-host must be at least 1.") }
        if !delay.isFinite || delay < 0 || delay > 3600 { throw ValidationError("--delay must be between 0 and 3600 seconds.") }
        if let userAgent {
            if userAgent.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--user-agent cannot be empty.") }
            if userAgent.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                throw ValidationError("--user-agent cannot hold control characters.")
            }
        }
    }

    var fetchOptions: FetchOptions {
        var options = FetchOptions()
        options.timeout = .seconds(timeout)
        options.maxRedirects = maxRedirects
        options.maxBodyBytes = maxSize.bytes
        options.userAgent = userAgent ?? FetchOptions.userAgent(version: Extractor.version)
        return options
    }

    var batchOptions: BatchOptions {
        BatchOptions(jobs: jobs, perHost: perHost, perHostDelay: .milliseconds(Int64((delay * 1000).rounded())))
    }
}
