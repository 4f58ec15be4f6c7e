/// Dates as feeds write them, made into ISO 8601 the way `Article` keeps
/// them: "2024-03-05T14:30:00Z", "2024-03-05T09:30:00-05:00", a date and
/// time without offset when the zone is unknown, or "2024-03-05".
///
/// Reads RFC 822 / RFC 2822 (RSS `pubDate`: "Tue, 05 Mar 2024 14:30:00 GMT")
/// and RFC 3339 / W3C date-time (Atom, `dc:date`: "2024-03-05T14:30:00Z").
/// Feeds mix the two up, so both are tried for every field. Anything else,
/// or an impossible date, gives nil.
enum FeedDate {
    static func iso8601(_ text: String?) -> String? {
        guard let text = FeedText.plain(text) else { return nil }
        return fromRFC822(text) ?? fromW3C(text)
    }

    /// A calendar date, a time, and an offset from UTC in minutes (nil: unknown).
    struct Stamp {
        var year: Int, month: Int, day: Int
        var time: (hour: Int, minute: Int, second: Int)?
        var offsetMinutes: Int?

        var isValid: Bool {
            guard (1...9999).contains(year), (1...12).contains(month),
                  (1...FeedDate.days(inMonth: month, year: year)).contains(day) else { return false }
            if let time {
                guard (0...23).contains(time.hour), (0...59).contains(time.minute), (0...60).contains(time.second)
                else { return false }
            }
            if let offsetMinutes, abs(offsetMinutes) >= 24 * 60 { return false }
            return true
        }

        var iso8601: String {
            var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
            guard let time else { return text }
            text += "T\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
            guard let offsetMinutes else { return text }
            if offsetMinutes == 0 { return text + "Z" }
            let sign = offsetMinutes < 0 ? "-" : "+"
            return text + "\(sign)\(pad(abs(offsetMinutes) / 60, 2)):\(pad(abs(offsetMinutes) % 60, 2))"
        }

        private func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
    }

    // MARK: RFC 822

    /// "Tue, 05 Mar 2024 14:30:00 GMT", "5 Mar 24 14:30 +0100", "05 Mar 2024".
    static func fromRFC822(_ text: String) -> String? {
        var text = Substring(text)
        // A trailing comment: "… +0000 (UTC)".
        if let comment = text.firstIndex(of: "(") { text = text[..<comment] }
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if let first = tokens.first, month(first) == nil, first.allSatisfy(\.isLetter) {
            tokens.removeFirst() // the day of the week
        }
        guard tokens.count >= 3 else { return nil }
        let day: Int
        let month: Int
        if let d = number(tokens[0]), let m = self.month(tokens[1]) {
            (day, month) = (d, m)
        } else if let m = self.month(tokens[0]), let d = number(tokens[1]) {
            (day, month) = (d, m) // "Mar 05 2024", seen in the wild
        } else {
            return nil
        }
        guard var year = number(tokens[2]), tokens[2].count == 2 || tokens[2].count == 4 else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        var stamp = Stamp(year: year, month: month, day: day)
        if tokens.count > 3 {
            let parts = tokens[3].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 || $0.count == 1 }),
                  let hour = number(parts[0]), let minute = number(parts[1]) else { return nil }
            let second = parts.count == 3 ? number(parts[2]) : 0
            guard let second else { return nil }
            stamp.time = (hour, minute, second)
            if tokens.count > 4 { stamp.offsetMinutes = zoneOffset(tokens[4]) }
        }
        return stamp.isValid ? stamp.iso8601 : nil
    }

    /// The month of a name or its first three letters, in English.
    static func month(_ token: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let lowered = token.lowercased().trimmingDot()
        guard lowered.count >= 3, lowered.allSatisfy(\.isLetter) else { return nil }
        guard let index = names.firstIndex(of: String(lowered.prefix(3))) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"][index]
        // "Mar", "March", "Sept": a prefix of the full name.
        return full.hasPrefix(lowered) ? index + 1 : nil
    }

    /// "+0100", "-05:30", "GMT", "EST": minutes east of UTC; nil when unknown.
    static func zoneOffset(_ token: String) -> Int? {
        let named: [String: Int] = [
            "gmt": 0, "ut": 0, "utc": 0, "z": 0,
            "est": -300, "edt": -240, "cst": -360, "cdt": -300,
            "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        ]
        if let minutes = named[token.lowercased()] { return minutes }
        let scalars = Array(token.unicodeScalars)
        guard let sign = scalars.first, sign == "+" || sign == "-" else { return nil }
        let digits = String(String.UnicodeScalarView(scalars.dropFirst().filter { $0 != ":" }))
        guard digits.count == 4, let hours = number(String(digits.prefix(2))), let minutes = number(String(digits.suffix(2))),
              minutes < 60 else { return nil }
        let total = hours * 60 + minutes
        return sign == "-" ? -total : total
    }

    // MARK: W3C date-time

    /// "2024-03-05", "2024-03-05T14:30Z", "2024-03-05T14:30:00.123+01:00",
    /// "2024-03-05 14:30:00".
    static func fromW3C(_ text: String) -> String? {
        var scanner = Scanner(text)
        guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(2),
              scanner.skip("-"), let day = scanner.digits(2) else { return nil }
        var stamp = Stamp(year: year, month: month, day: day)
        if !scanner.atEnd {
            guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
                  let hour = scanner.digits(2), scanner.skip(":"), let minute = scanner.digits(2) else { return nil }
            var second = 0
            if scanner.skip(":") {
                guard let value = scanner.digits(2) else { return nil }
                second = value
                if scanner.skip(".") || scanner.skip(",") {
                    guard scanner.skipDigits() else { return nil }
                }
            }
            stamp.time = (hour, minute, second)
            if !scanner.atEnd {
                guard let offset = zoneOffset(scanner.rest) else { return nil }
                stamp.offsetMinutes = offset
            }
        }
        return stamp.isValid ? stamp.iso8601 : nil
    }

    /// Reads fixed-width fields from the front of a text.
    struct Scanner {
        private var scalars: Substring.UnicodeScalarView

        init(_ text: String) { scalars = Substring(text).unicodeScalars }

        var atEnd: Bool { scalars.isEmpty }
        var rest: String { String(String.UnicodeScalarView(scalars)) }

        mutating func skip(_ literal: Unicode.Scalar) -> Bool {
            guard scalars.first == literal else { return false }
            scalars.removeFirst()
            return true
        }

        mutating func digits(_ count: Int) -> Int? {
            let field = scalars.prefix(count)
            guard field.count == count, field.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            scalars.removeFirst(count)
            return Int(String(String.UnicodeScalarView(field)))
        }

        mutating func skipDigits() -> Bool {
            let count = scalars.prefix(while: { ("0"..."9").contains($0) }).count
            scalars.removeFirst(count)
            return count > 0
        }
    }

    // MARK: Helpers

    static func number(_ token: String) -> Int? {
        guard !token.isEmpty, token.count <= 4, token.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(token)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private extension String {
    func trimmingDot() -> String { hasSuffix(".") ? String(dropLast()) : self }
}
