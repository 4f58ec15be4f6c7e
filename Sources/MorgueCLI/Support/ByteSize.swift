import ArgumentParser

/// A size a user types: "20MB", "512KB", "1048576" (bytes); K, M and G
/// count in 1024s, as morgue prints sizes.
struct ByteSize: ExpressibleByArgument, Equatable {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let count = Int(digits) else { return nil }
        let unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let multipliers: [String: Int] = [
            "": 1, "B": 1, "K": 1024, "KB": 1024, "KIB": 1024,
            "M": 1024 * 1024, "MB": 1024 * 1024, "MIB": 1024 * 1024,
            "G": 1024 * 1024 * 1024, "GB": 1024 * 1024 * 1024, "GIB": 1024 * 1024 * 1024,
        ]
        guard let multiplier = multipliers[unit] else { return nil }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        self.bytes = bytes
    }

    var defaultValueDescription: String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024))MB" : "\(bytes)"
    }
}
