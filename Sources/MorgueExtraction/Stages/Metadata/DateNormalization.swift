import Foundation

/// A date read from a page: the calendar day, and the time of day and UTC
/// offset when the page gave them. `iso` renders it as ISO 8601.
struct PageDate: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    var time: TimeOfDay?
    /// "Z" or "+hh:mm"/"-hh:mm"; nil when the page gave a local time without zone.
    var zone: String?

    struct TimeOfDay: Sendable, Equatable {
        var hour: Int
        var minute: Int
        var second: Int
    }

    /// "2015-09-17", or "2015-09-17T10:30:00-04:00" when a time was given.
    var iso: String {
        var text = dayString
        if let time {
            text += "T" + pad(time.hour) + ":" + pad(time.minute) + ":" + pad(time.second)
            text += zone ?? ""
        }
        return text
    }

    /// "2015-09-17".
    var dayString: String { yearString + "-" + pad(month) + "-" + pad(day) }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The year as `String(format: "%04d", year)` prints it ("2015", "0987", "-005"): its
    /// digits after zeros that, with a minus sign, fill four places.
    private var yearString: String {
        let digits = String(year.magnitude)
        let places = year < 0 ? 3 : 4
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, places - digits.count)) + digits
    }
}

/// Reads the many ways pages write dates and renders them as ISO 8601:
/// ISO forms with or without `T`, fractions and offsets
/// ("2015-09-17T14:30:00.000Z" → "2015-09-17T14:30:00Z", "+0000" →
/// "+00:00"), RFC 2822 ("Thu, 17 Sep 2015 14:30:00 GMT"), compact
/// "20150917", and printed dates in the languages of `MonthNames`
/// ("September 17, 2015", "17. September 2015", "17 septembre 2015",
/// "11 de mayo de 2022", "17.09.2015", "17.09.15", "29 नवंबर 2026", "29 พ.ย. 2569"),
/// their digits in any of the scripts `westernDigits` reads, a Thai month's
/// Buddhist-era year made Gregorian. A printed date keeps the time after it
/// only when a zone follows (`ZoneOffsets`: "11:40 AM IST", "10.15 WIB").
/// Impossible calendar days are rejected.
enum DateNormalization {
    /// Dates before this year are taken only when two sources agree.
    static let earliestTrustedYear = 1990
    /// How far past today a date may lie (time zones, embargoed stories).
    static let futureTolerance: TimeInterval = 24 * 60 * 60

    /// The ISO 8601 form of a value meant to be a date, or nil.
    static func normalize(_ raw: String) -> String? { parse(raw)?.iso }

    /// Reads a value meant to be a date (an attribute or a meta tag's content).
    static func parse(_ raw: String) -> PageDate? {
        let text = TextNormalization.collapse(raw)
        guard !text.isEmpty else { return nil }
        if let m = Patterns.iso.firstMatch(in: text) {
            return make(year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6], zone: m[7])
        }
        if let m = Patterns.compact.firstMatch(in: text) {
            return make(year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6], zone: m[7])
        }
        if let m = Patterns.rfc2822.firstMatch(in: text), let month = MonthNames.number(m[2] ?? "") {
            return make(year: m[3], month: String(month), day: m[1], hour: m[4], minute: m[5], second: m[6], zone: m[7])
        }
        return firstDate(inText: text)
    }

    /// The first printed date in running text ("Published on September
    /// 17, 2015 at 3:46 PM" → 2015-09-17). Only the day is kept, unless a
    /// time follows with a zone that anchors it ("29 नवंबर 2026 11:40
    /// पूर्वाह्न IST" → 2026-11-29T11:40:00+05:30, `ZoneOffsets`).
    static func firstDate(inText text: String) -> PageDate? {
        let text = westernDigits(text)
        guard let found = firstDateAndPosition(inText: text) else { return nil }
        return withZonedTime(found.date, after: found.end, in: text)
    }

    /// `date` with the time of day printed just after it (at `end` of `text`), when a zone follows
    /// the time ("11:40 पूर्वाह्न IST", "10.15 WIB", "13:20 น. GMT+7"); `date` as it is otherwise.
    static func withZonedTime(_ date: PageDate, after end: String.Index, in text: String) -> PageDate {
        // A time needs three digits and a zone a capital letter.
        let rest = text[end...].prefix(maxTimeGap)
        guard ByteSearch.digitCount(String(rest), upTo: 3) >= 3,
              let m = Patterns.zonedTime.firstMatch(in: String(rest)),
              var hour = m[1].flatMap({ Int($0) }), let minute = m[2].flatMap({ Int($0) }) else { return date }
        let meridiem = m[4]?.lowercased()
        if let meridiem {
            guard (1...12).contains(hour) else { return date }
            if ZoneOffsets.afternoon.contains(meridiem), hour < 12 { hour += 12 }
            if ZoneOffsets.morning.contains(meridiem), hour == 12 { hour = 0 }
        }
        guard let zone = m[5].flatMap(zoneOffset), hour < 24, minute < 60 else { return date }
        let second = m[3].flatMap { Int($0) } ?? 0
        guard second < 60 else { return date }
        var zoned = date
        zoned.time = PageDate.TimeOfDay(hour: hour, minute: minute, second: second)
        zoned.zone = zone
        return zoned
    }

    /// How many characters after a printed date its time and zone may take.
    static let maxTimeGap = 40

    /// The offset of a zone printed after a time: an abbreviation of `ZoneOffsets`, or "GMT+7",
    /// "UTC+05:30", "GMT-0400".
    static func zoneOffset(_ printed: String) -> String? {
        if let offset = ZoneOffsets.named[printed] { return offset }
        guard let m = Patterns.printedOffset.firstMatch(in: printed), let sign = m[1],
              let hours = m[2].flatMap({ Int($0) }), hours <= 14 else { return nil }
        let minutes = m[3].flatMap { Int($0) } ?? 0
        guard minutes < 60 else { return nil }
        if hours == 0 && minutes == 0 { return "Z" }
        return sign + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// `text` with the decimal digits of other scripts written as 0–9: Arabic-Indic and Eastern
    /// Arabic-Indic ("٤ مارس ٢٠٢٥"), the Indic scripts' from Devanagari to Sinhala ("२९ नवंबर २०२६"),
    /// Thai and Lao, Myanmar, Khmer and the full-width digits of CJK text ("２０２６年"). Most text has
    /// none, which its bytes tell: those digits' UTF-8 lead bytes are 0xD9, 0xDB, 0xE0, 0xE1 and 0xEF.
    static func westernDigits(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0xD9 || $0 == 0xDB || $0 == 0xE0 || $0 == 0xE1 || $0 == 0xEF }),
              text.unicodeScalars.contains(where: { digitValue($0.value) != nil }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let digit = digitValue(scalar.value) {
                scalars.append(Unicode.Scalar(0x30 + digit)!)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The value of a decimal digit of another script than ASCII's, or nil.
    static func digitValue(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x0660...0x0669: return value - 0x0660
        case 0x06F0...0x06F9: return value - 0x06F0
        // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam and
        // Sinhala each print their digits at 0x66–0x6F of their 128-character block.
        case 0x0966...0x0DEF where (0x66...0x6F).contains(value & 0x7F): return (value & 0x7F) - 0x66
        // Thai and Lao: 0x50–0x59 of theirs.
        case 0x0E50...0x0E59, 0x0ED0...0x0ED9: return (value & 0x7F) - 0x50
        case 0x1040...0x1049: return value - 0x1040
        case 0x17E0...0x17E9: return value - 0x17E0
        case 0xFF10...0xFF19: return value - 0xFF10
        default: return nil
        }
    }

    /// A date that opens `text`, at most one character ("(", a quote) from
    /// its start: "(21. November 2022) Prices rose…", "01.02.2022 „The market…".
    static func openingDate(inText text: String) -> PageDate? {
        let text = westernDigits(text)
        guard let found = firstDateAndPosition(inText: text),
              text.distance(from: text.startIndex, to: found.position) <= 1 else { return nil }
        return withZonedTime(found.date, after: found.end, in: text)
    }

    /// The earliest printed date of `text`, with where it starts and ends.
    static func firstDateAndPosition(inText text: String) -> (position: String.Index, end: String.Index, date: PageDate)? {
        // Every printed form needs a few digits; most text has fewer.
        guard ByteSearch.digitCount(text, upTo: digitsForPrintedDate) >= digitsForPrintedDate else { return nil }
        var best: (position: String.Index, end: String.Index, date: PageDate)?
        func consider(_ match: TextMatch?, _ build: (TextMatch) -> PageDate?) {
            guard let match, let date = build(match) else { return }
            if best == nil || match.range.lowerBound < best!.position {
                best = (match.range.lowerBound, match.range.upperBound, date)
            }
        }
        // A pattern runs only on text whose digits may make its year (see `YearDigits`).
        let years = YearDigits(text)
        // The forms with a month's name run only on text that may hold one.
        if years.mayHoldYear, years.mayHoldMonthForm, MonthNames.mayOccur(in: text) {
            if years.mayHoldMonthDayYear {
                consider(Patterns.monthDayYear.firstMatch(in: text)) { m in
                    MonthNames.number(m[1] ?? "").flatMap { make(year: gregorianYear(m[3], printedWith: m[1]), month: String($0), day: m[2]) }
                }
            }
            if years.mayHoldDayMonthYear {
                consider(Patterns.dayMonthYear.firstMatch(in: text)) { m in
                    MonthNames.number(m[2] ?? "").flatMap { make(year: gregorianYear(m[3], printedWith: m[2]), month: String($0), day: m[1]) }
                }
            }
        }
        if years.mayHoldYear {
            consider(Patterns.dottedDayMonthYear.firstMatch(in: text)) { m in make(year: m[3], month: m[2], day: m[1]) }
        }
        if years.mayHoldShortYear {
            consider(Patterns.dottedShortYear.firstMatch(in: text)) { m in
                make(year: m[3].flatMap { Int($0) }.map { String(2000 + $0) }, month: m[2], day: m[1])
            }
        }
        if years.mayHoldYear {
            consider(Patterns.isoInText.firstMatch(in: text)) { m in make(year: m[1], month: m[2], day: m[3]) }
        }
        // Only text beyond ASCII can hold the CJK form's characters.
        if text.utf8.contains(where: { $0 >= 0xE0 }) {
            consider(Patterns.cjkYearMonthDay.firstMatch(in: text)) { m in make(year: m[1], month: m[2], day: m[3]) }
        }
        return best
    }

    /// What the digits of a text allow of the printed forms, read in one
    /// pass over its bytes. The month-name, dotted and ISO forms print
    /// their year as exactly four digits between non-digits (`\s+(\d{4})(?!\d)`,
    /// `\.(\d{4})(?![\d])`, `(?<![\d/-])(\d{4})-`); the dotted short form as
    /// exactly two after a dot and before neither a digit nor a dot. The
    /// month-name forms print their day as one or two digits between
    /// non-digits: "June 5, 2015" (`Month\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
    /// after white space that follows a letter or a dot, and before a year
    /// after white space; "5. Juni 2015" (`(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?Month`)
    /// before white space and a letter. Every month's name is letters. In
    /// text beyond ASCII a pattern's `\d` and `\s` read other characters too:
    /// there every form may be held.
    struct YearDigits {
        /// A run of exactly four ASCII digits.
        private(set) var mayHoldYear = false
        /// A run of exactly two ASCII digits after a ".", followed by neither a digit nor a ".".
        private(set) var mayHoldShortYear = false
        /// A day as "June 5, 2015" prints it, before its year.
        private(set) var mayHoldMonthDayYear = false
        /// A day as "5. Juni 2015" prints it, before a word.
        private(set) var mayHoldDayMonthYear = false

        /// Whether either month-name form may be held.
        var mayHoldMonthForm: Bool { mayHoldMonthDayYear || mayHoldDayMonthYear }

        init(_ text: String) {
            var text = text
            self = text.withUTF8 { YearDigits(bytes: $0) }
        }

        private init(bytes: UnsafeBufferPointer<UInt8>) {
            guard !bytes.contains(where: { $0 >= 0x80 }) else {
                mayHoldYear = true
                mayHoldShortYear = true
                mayHoldMonthDayYear = true
                mayHoldDayMonthYear = true
                return
            }
            let reader = ASCIIDateShapes(bytes: bytes)
            var index = 0
            let count = bytes.count
            while index < count {
                guard reader.isDigit(index) else { index += 1; continue }
                let start = index
                while reader.isDigit(index) { index += 1 }
                switch index - start {
                case 4:
                    mayHoldYear = true
                case 2 where start > 0 && bytes[start - 1] == 0x2E && (index == count || bytes[index] != 0x2E):
                    mayHoldShortYear = true
                    fallthrough
                case 1, 2:
                    if !mayHoldMonthDayYear { mayHoldMonthDayYear = reader.isMonthDayYearDay(start, index) }
                    if !mayHoldDayMonthYear { mayHoldDayMonthYear = reader.isDayMonthYearDay(index) }
                default:
                    break
                }
            }
        }
    }

    /// Reads the shapes around a day's digits in ASCII text (see `YearDigits`), where `\d` is 0–9
    /// and `\s` is a space or a tab to carriage return.
    private struct ASCIIDateShapes {
        let bytes: UnsafeBufferPointer<UInt8>

        func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        func isSpace(_ index: Int) -> Bool { index >= 0 && index < bytes.count && ASCIIText.isSpace(bytes[index]) }
        func isLetter(_ index: Int) -> Bool {
            guard index >= 0, index < bytes.count else { return false }
            let folded = bytes[index] | 0x20
            return folded >= 0x61 && folded <= 0x7A
        }

        /// Whether the two letters at `index` are one of `suffixes`, in any case.
        func isSuffix(_ index: Int, _ suffixes: [(UInt8, UInt8)]) -> Bool {
            guard index + 1 < bytes.count else { return false }
            let pair = (ASCIIText.lower(bytes[index]), ASCIIText.lower(bytes[index + 1]))
            return suffixes.contains { $0 == pair }
        }

        /// The index after the white space that starts at `index`, when there is some.
        func afterSpaces(_ index: Int) -> Int? {
            guard isSpace(index) else { return nil }
            var next = index
            while isSpace(next) { next += 1 }
            return next
        }

        /// The day of `Month\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, its digits at `start..<end`.
        func isMonthDayYearDay(_ start: Int, _ end: Int) -> Bool {
            // Before: white space, an optional dot, a letter.
            guard isSpace(start - 1) else { return false }
            var before = start - 1
            while isSpace(before) { before -= 1 }
            if before >= 0, bytes[before] == 0x2E { before -= 1 }
            guard isLetter(before) else { return false }
            // After: an optional suffix, an optional comma, white space, then exactly four digits.
            for afterSuffix in isSuffix(end, Self.englishSuffixes) ? [end, end + 2] : [end] {
                let afterComma = afterSuffix < bytes.count && bytes[afterSuffix] == 0x2C ? afterSuffix + 1 : afterSuffix
                if let year = afterSpaces(afterComma), isFourDigits(year) { return true }
            }
            return false
        }

        /// The day of `(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?Month`, its digits ending at `end`.
        func isDayMonthYearDay(_ end: Int) -> Bool {
            var afterSuffixes = [end]
            if isSuffix(end, Self.daySuffixes) { afterSuffixes.append(end + 2) }
            if end < bytes.count, bytes[end] == 0x2E { afterSuffixes.append(end + 1) }
            return afterSuffixes.contains { afterSpaces($0).map(isLetter) ?? false }
        }

        /// Whether exactly four digits start at `index`.
        func isFourDigits(_ index: Int) -> Bool {
            (index..<(index + 4)).allSatisfy(isDigit) && !isDigit(index + 4)
        }

        static let englishSuffixes: [(UInt8, UInt8)] = [(0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68)]
        static let daySuffixes: [(UInt8, UInt8)] = englishSuffixes + [(0x65, 0x72)]
    }

    /// The fewest ASCII digits a text must hold for `firstDate(inText:)` to
    /// find a date in it: every printed form's pattern needs at least that many.
    static let digitsForPrintedDate: Int = Patterns.printedForms.map { $0.prefilter?.leastDigits ?? 0 }.min() ?? 0

    /// False for a date more than a day in the future. (Early dates are
    /// judged by the caller, which knows whether two sources agree.)
    static func isNotInFuture(_ date: PageDate, now: Date = Date()) -> Bool {
        isNotInFuture(date, latest: latestDay(now: now))
    }

    /// `isNotInFuture(date, now:)`, given `latestDay(now:)` (worked out once for many dates).
    static func isNotInFuture(_ date: PageDate, latest: (year: Int, month: Int, day: Int)) -> Bool {
        (date.year, date.month, date.day) <= latest
    }

    /// The latest calendar day (UTC) a date may name: `futureTolerance` past `now`, as the
    /// Gregorian calendar in UTC names it. The day is worked out from the days since 1970 by
    /// the civil calendar's arithmetic (Howard Hinnant's `civil_from_days`: 400-year eras of
    /// 146097 days, years counted from March so that the leap day ends them), which names the
    /// same day as Foundation's `Calendar` for any date after 1582, without making a calendar.
    static func latestDay(now: Date) -> (year: Int, month: Int, day: Int) {
        let days = Int(((now.timeIntervalSince1970 + futureTolerance) / 86_400).rounded(.down))
        let shifted = days + 719_468  // days since 0000-03-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // 0 is March
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    // MARK: Building

    /// A year printed with a month's name, in the Gregorian calendar: a Thai month's Buddhist-era
    /// year ("29 พ.ย. 2569") less 543 (`MonthNames.gregorianYear`).
    static func gregorianYear(_ year: String?, printedWith name: String?) -> String? {
        guard let year, let name, let number = Int(year) else { return year }
        return String(MonthNames.gregorianYear(number, printedWith: name))
    }

    static func make(year: String?, month: String?, day: String?, hour: String? = nil, minute: String? = nil,
                     second: String? = nil, zone: String? = nil) -> PageDate? {
        guard let y = year.flatMap({ Int($0) }), let m = month.flatMap({ Int($0) }), let d = day.flatMap({ Int($0) }),
              (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y), y >= 1000 else { return nil }
        var date = PageDate(year: y, month: m, day: d)
        if let h = hour.flatMap({ Int($0) }), let mi = minute.flatMap({ Int($0) }) {
            let s = second.flatMap { Int($0) } ?? 0
            guard h < 24, mi < 60, s < 61 else { return date }
            date.time = PageDate.TimeOfDay(hour: h, minute: mi, second: min(s, 59))
            date.zone = zone.flatMap(normalizeZone)
        }
        return date
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "Z", "UTC", "GMT" and a zero offset ("+00:00", "+0000") → "Z";
    /// "-0400" → "-04:00"; "-04" → "-04:00"; zone abbreviations (`ZoneOffsets.named`) → their offsets.
    static func normalizeZone(_ raw: String) -> String? {
        let zone = raw.uppercased()
        if ["Z", "UTC", "GMT", "UT"].contains(zone) { return "Z" }
        if let offset = ZoneOffsets.named[zone] { return offset }
        guard let sign = zone.first, sign == "+" || sign == "-" else { return nil }
        let digits = zone.dropFirst().filter(\.isNumber)
        guard digits.count == 2 || digits.count == 4 else { return nil }
        if digits.allSatisfy({ $0 == "0" }) { return "Z" }
        return "\(sign)\(digits.prefix(2)):" + (digits.count == 4 ? String(digits.suffix(2)) : "00")
    }

    private enum Patterns {
        static let zone = "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?"
        static let iso = TextPattern(
            "^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:(?:T|\\s+|T\\s*)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*"
                + zone + ")?(?![\\d])")
        static let compact = TextPattern("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?" + zone + ")?$")
        static let rfc2822 = TextPattern(
            "^(?:[a-z]{2,9}\\.?,?\\s+)?(\\d{1,2})\\.?\\s+([a-zäéû]{3,9})\\.?,?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*"
                + "(GMT|UTC|UT|Z|[ECMP][SD]T|[+-]\\d{4})?)?")
        static let monthDayYear = TextPattern(
            "\\b(" + MonthNames.alternation + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", digits: 5)
        static let dayMonthYear = TextPattern(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?(" + MonthNames.alternation
                + ")\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)", digits: 5)
        static let dottedDayMonthYear = TextPattern("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])", digits: 6,
                                                    joinedBy: ".")
        // "28.01.22": a two-digit year is this century's.
        static let dottedShortYear = TextPattern("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])", digits: 4,
                                                 joinedBy: ".")
        static let isoInText = TextPattern("(?<![\\d/-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])", digits: 8, joinedBy: "-")
        // Chinese and Japanese "2020年1月23日", Korean "2020년 1월 23일".
        static let cjkYearMonthDay = TextPattern(
            "(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]", digits: 6)
        // A time of day after a printed date and the zone that anchors it: "11:40 पूर्वाह्न IST",
        // ", 10.15 WIB", " | 13:20 น. (GMT+7)", " at 3:46 p.m. EDT". The zone is matched in capitals.
        static let zonedTime = TextPattern(
            "^\\s*(?:[,|/·•–-]\\s*)?(?:" + words(ZoneOffsets.connectors) + "\\s*)?"
                + "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*"
                + "(?:(" + words(ZoneOffsets.morning + ZoneOffsets.afternoon) + ")\\s*)?"
                + "(?:" + words(ZoneOffsets.clockWords) + "\\s*)?"
                + "\\(?((?:GMT|UTC)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|"
                + ZoneOffsets.named.keys.sorted { $0.count > $1.count }.joined(separator: "|")
                + ")\\)?(?![\\p{L}\\p{M}\\d])", caseInsensitive: false)
        // An offset printed after "GMT" or "UTC": "GMT+7", "UTC+05:30", "GMT -0400".
        static let printedOffset = TextPattern("^(?:GMT|UTC)\\s?([+-])\\s?(\\d{1,2})(?::?(\\d{2}))?$", caseInsensitive: false)
        /// Words as a case-insensitive alternation, longest first, their dots escaped.
        static func words(_ list: [String]) -> String {
            "(?i:" + list.sorted { $0.count > $1.count }.map { $0.replacingOccurrences(of: ".", with: "\\.") }
                .joined(separator: "|") + ")"
        }
        /// The patterns `firstDate(inText:)` tries.
        static let printedForms = [monthDayYear, dayMonthYear, dottedDayMonthYear, dottedShortYear, isoInText, cjkYearMonthDay]
    }
}
