import Foundation

/// Reads the save dates that saving tools write into pages: SingleFile's
/// JavaScript-style date ("Sat Jun 01 2024 09:15:02 GMT+0200 (Central
/// European Summer Time)"), an HTTP-style date, or ISO 8601.
enum SavedDate {
    static func parse(_ text: String) -> Date? {
        var value = text.trimmingCharacters(in: .whitespaces)
        // The time zone's name in brackets says nothing the offset does not.
        if let bracket = value.firstIndex(of: "(") {
            value = value[..<bracket].trimmingCharacters(in: .whitespaces)
        }
        guard !value.isEmpty, value.count < 100 else { return nil }
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(secondsFromGMT: 0)
            formatter.dateFormat = format
            if let date = formatter.date(from: value) { return date }
        }
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: value) { return date }
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return iso.date(from: value)
    }

    /// JavaScript's `Date.toString()` and the HTTP date, in the spellings seen in saved pages.
    private static let formats = [
        "EEE MMM dd yyyy HH:mm:ss 'GMT'Z",
        "EEE, dd MMM yyyy HH:mm:ss zzz",
        "EEE, dd MMM yyyy HH:mm:ss Z",
    ]
}
