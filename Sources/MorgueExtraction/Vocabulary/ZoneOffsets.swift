/// The time zones a printed date names after its time ("29 नवंबर 2026 11:40 पूर्वाह्न IST", "29 November
/// 2026 10:15 WIB", "29 Nov 2026 13:20 GMT+7"), with their UTC offsets, and the words a time of day
/// takes before its zone. A printed time is kept only with one of these zones (`DateNormalization`).
enum ZoneOffsets {
    // Abbreviations that name one offset, as papers print them in capitals: UTC itself; Britain's and
    // Europe's (winter and summer: BST, CET/CEST and the German MEZ/MESZ, EET/EEST, MSK); North
    // America's standard and daylight ones (not the bare "ET", "PT", which name either); South Asia's
    // (India's IST, the commonest use of those letters; Pakistan's PKT, Nepal's NPT); South-East and East Asia's (Indonesia's WIB, WITA, WIT; Indochina's ICT; Philippine, Malaysian,
    // Singapore, Hong Kong, China, Japan and Korea standard times); Australia's eastern times.
    static let named: [String: String] = [
        "UTC": "Z", "GMT": "Z", "UT": "Z", "WET": "Z",
        "BST": "+01:00", "WEST": "+01:00", "CET": "+01:00", "MEZ": "+01:00",
        "CEST": "+02:00", "MESZ": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00",
        "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
        "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
        "IST": "+05:30", "PKT": "+05:00", "NPT": "+05:45",
        "WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "ICT": "+07:00",
        "PHT": "+08:00", "MYT": "+08:00", "SGT": "+08:00", "HKT": "+08:00",
        "JST": "+09:00", "KST": "+09:00",
        "AEST": "+10:00", "AEDT": "+11:00",
    ]

    // Words that mark a time as before or after noon: English, with and without dots, and Hindi's
    // पूर्वाह्न (forenoon) and अपराह्न (afternoon).
    static let morning = ["am", "a.m.", "a.m", "पूर्वाह्न"]
    static let afternoon = ["pm", "p.m.", "p.m", "अपराह्न"]

    // Words that join a date to its time ("29 November 2026 at 10:15", "um 10:15", "pukul 10.15 WIB",
    // Thai เวลา): English, German, French, Portuguese, Italian, Dutch, Indonesian, Nordic and Thai.
    static let connectors = ["at", "um", "à", "às", "alle", "om", "pukul", "jam", "kl.", "kl", "เวลา"]

    // Words printed after a 24-hour time before its zone: Thai น. (นาฬิกา, o'clock), German "Uhr",
    // "hrs" and "h".
    static let clockWords = ["น.", "uhr", "hrs", "h"]
}
