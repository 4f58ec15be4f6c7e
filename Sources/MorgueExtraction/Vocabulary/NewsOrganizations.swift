import Foundation

/// News agencies, papers and broadcasters whose name in a byline or
/// dateline is the organization, not an author: "Paul Mozur, THE NEW YORK
/// TIMES", "WASHINGTON (AP) —". Each entry is the name to record and the
/// ways it is printed. Short acronyms ("AP", "AFP") match only as printed
/// in capitals; full names match in any case, with or without "The".
enum NewsOrganizations {
    struct Entry: Sendable {
        let name: String
        let aliases: [String]
    }

    // Wire services and national news agencies.
    static let agencies: [Entry] = [
        Entry(name: "Associated Press", aliases: ["AP", "The Associated Press", "Associated Press", "AP News"]),
        Entry(name: "Reuters", aliases: ["Reuters", "Thomson Reuters", "Reuters Staff"]),
        Entry(name: "Agence France-Presse", aliases: ["AFP", "Agence France-Presse", "Agence France Presse", "AFP-JIJI"]),
        Entry(name: "Bloomberg", aliases: ["Bloomberg", "Bloomberg News"]),
        Entry(name: "dpa", aliases: ["dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX"]),
        Entry(name: "United Press International", aliases: ["UPI", "United Press International"]),
        Entry(name: "Xinhua", aliases: ["Xinhua", "Xinhua News Agency", "新华社"]),
        Entry(name: "China News Service", aliases: ["China News Service", "中新社", "中国新闻社", "中新网"]),
        // Taiwan's national agency, as its own datelines print it ("（中央社記者林怡君台北29日電）").
        Entry(name: "Central News Agency", aliases: ["Central News Agency", "中央社", "中央通訊社", "中央通讯社"]),
        Entry(name: "Kyodo News", aliases: ["Kyodo", "Kyodo News"]),
        Entry(name: "Jiji Press", aliases: ["Jiji", "Jiji Press"]),
        Entry(name: "Yonhap", aliases: ["Yonhap", "Yonhap News Agency", "연합뉴스"]),
        Entry(name: "Newsis", aliases: ["Newsis", "뉴시스"]),
        Entry(name: "News1", aliases: ["News1", "뉴스1"]),
        Entry(name: "EFE", aliases: ["EFE", "Agencia EFE"]),
        Entry(name: "Europa Press", aliases: ["Europa Press"]),
        Entry(name: "ANSA", aliases: ["ANSA"]),
        Entry(name: "APA", aliases: ["APA", "Austria Presse Agentur"]),
        Entry(name: "Keystone-SDA", aliases: ["SDA", "Keystone-SDA", "sda"]),
        Entry(name: "KNA", aliases: ["KNA", "Katholische Nachrichten-Agentur"]),
        Entry(name: "epd", aliases: ["epd", "Evangelischer Pressedienst"]),
        Entry(name: "PA Media", aliases: ["PA", "PA Media", "Press Association", "PA Wire"]),
        Entry(name: "The Canadian Press", aliases: ["The Canadian Press", "Canadian Press"]),
        Entry(name: "Australian Associated Press", aliases: ["AAP", "Australian Associated Press"]),
        Entry(name: "Press Trust of India", aliases: ["PTI", "Press Trust of India"]),
        Entry(name: "Interfax", aliases: ["Interfax"]),
        Entry(name: "TASS", aliases: ["TASS", "ТАСС"]),
        Entry(name: "RIA Novosti", aliases: ["RIA Novosti", "РИА Новости"]),
        Entry(name: "Anadolu Agency", aliases: ["Anadolu Agency", "Anadolu", "AA", "Anadolu Ajansı"]),
        Entry(name: "PAP", aliases: ["PAP", "Polska Agencja Prasowa"]),
        Entry(name: "ANP", aliases: ["ANP", "Algemeen Nederlands Persbureau"]),
        Entry(name: "Belga", aliases: ["Belga"]),
        Entry(name: "Lusa", aliases: ["Lusa", "Agência Lusa"]),
        Entry(name: "Agência Brasil", aliases: ["Agência Brasil"]),
        Entry(name: "ČTK", aliases: ["ČTK", "CTK"]),
        Entry(name: "MTI", aliases: ["MTI"]),
        Entry(name: "TT", aliases: ["TT Nyhetsbyrån"]),
        Entry(name: "NTB", aliases: ["NTB"]),
        Entry(name: "Ritzau", aliases: ["Ritzau"]),
        Entry(name: "Tribune News Service", aliases: ["Tribune News Service"]),
    ]

    // Press-release wires: a release they carry is credited to them, not to a person.
    static let releaseWires: [Entry] = [
        Entry(name: "PR Newswire", aliases: ["PR Newswire", "PRNewswire", "PRNewswire-HISPANIC PR WIRE", "Cision PR Newswire"]),
        Entry(name: "Business Wire", aliases: ["Business Wire", "BUSINESS WIRE", "BusinessWire"]),
        Entry(name: "GlobeNewswire", aliases: ["GlobeNewswire", "GLOBE NEWSWIRE", "Globe Newswire"]),
        Entry(name: "Accesswire", aliases: ["Accesswire", "ACCESSWIRE", "ACCESS Newswire"]),
        Entry(name: "EIN Presswire", aliases: ["EIN Presswire", "EINPresswire"]),
        Entry(name: "Newsfile", aliases: ["Newsfile", "Newsfile Corp."]),
        Entry(name: "Canada Newswire", aliases: ["CNW", "Canada Newswire", "CNW Group"]),
        Entry(name: "news aktuell", aliases: ["news aktuell"]),
    ]

    // Newspapers and magazines whose staff stories are syndicated.
    static let papers: [Entry] = [
        Entry(name: "The New York Times", aliases: ["The New York Times", "New York Times", "NYT"]),
        Entry(name: "The Washington Post", aliases: ["The Washington Post", "Washington Post"]),
        Entry(name: "The Wall Street Journal", aliases: ["The Wall Street Journal", "Wall Street Journal", "WSJ"]),
        Entry(name: "Los Angeles Times", aliases: ["Los Angeles Times", "LA Times"]),
        Entry(name: "USA Today", aliases: ["USA Today", "USA TODAY"]),
        Entry(name: "Chicago Tribune", aliases: ["Chicago Tribune"]),
        Entry(name: "The Boston Globe", aliases: ["The Boston Globe", "Boston Globe"]),
        Entry(name: "Financial Times", aliases: ["Financial Times", "FT"]),
        Entry(name: "The Guardian", aliases: ["The Guardian", "Guardian staff and agencies"]),
        Entry(name: "The Economist", aliases: ["The Economist"]),
        Entry(name: "Politico", aliases: ["Politico", "POLITICO"]),
        Entry(name: "Kaiser Health News", aliases: ["Kaiser Health News", "KHN"]),
    ]

    // Broadcasters.
    static let broadcasters: [Entry] = [
        Entry(name: "CNN", aliases: ["CNN", "CNN Wire"]),
        Entry(name: "BBC", aliases: ["BBC", "BBC News"]),
        Entry(name: "NPR", aliases: ["NPR"]),
        Entry(name: "ABC News", aliases: ["ABC News"]),
        Entry(name: "CBS News", aliases: ["CBS News"]),
        Entry(name: "NBC News", aliases: ["NBC News"]),
        Entry(name: "Fox News", aliases: ["Fox News"]),
        Entry(name: "CNBC", aliases: ["CNBC"]),
        Entry(name: "Al Jazeera", aliases: ["Al Jazeera"]),
        Entry(name: "Sky News", aliases: ["Sky News"]),
        Entry(name: "Deutsche Welle", aliases: ["Deutsche Welle", "DW"]),
        Entry(name: "France 24", aliases: ["France 24"]),
    ]

    static let all: [Entry] = agencies + releaseWires + papers + broadcasters

    /// Aliases of two to five characters are acronyms, matched as printed.
    static let acronymLength = 5

    private static let byAcronym: [String: String] = {
        var table: [String: String] = [:]
        for entry in all {
            for alias in entry.aliases where alias.count <= acronymLength && table[alias] == nil {
                table[alias] = entry.name
            }
        }
        return table
    }()

    private static let byName: [String: String] = {
        var table: [String: String] = [:]
        for entry in all {
            for alias in entry.aliases where alias.count > acronymLength {
                let key = foldKey(alias)
                if table[key] == nil { table[key] = entry.name }
            }
        }
        return table
    }()

    /// The recorded name of the organization `text` names in full
    /// ("THE NEW YORK TIMES" → "The New York Times", "AP" → "Associated
    /// Press"), or nil.
    static func canonicalName(for text: String) -> String? {
        let collapsed = TextNormalization.collapse(text)
        // (Trimmed only when an end is one of the marks: Foundation's trimming costs thousands of instructions.)
        let trimmed = collapsed.unicodeScalars.first.map(trimSet.contains) == true
            || collapsed.unicodeScalars.last.map(trimSet.contains) == true
            ? collapsed.trimmingCharacters(in: trimSet) : collapsed
        guard !trimmed.isEmpty else { return nil }
        if let name = byAcronym[trimmed] { return name }
        return byName[foldKey(trimmed)]
    }

    /// An organization named at the end of `text` after a person's name
    /// ("JOHN ROE Associated Press"): the text before it and the
    /// organization's recorded name.
    static func splitTrailingOrganization(_ text: String) -> (rest: String, organization: String)? {
        let words = text.split(separator: " ")
        guard words.count >= 2 else { return nil }
        // Longest organization names first, leaving at least one word before.
        for start in 1..<words.count {
            let tail = words[start...].joined(separator: " ")
            if let name = canonicalName(for: tail) {
                return (words[..<start].joined(separator: " "), name)
            }
        }
        return nil
    }

    static let trimSet = Set<Character>(" .,;:()[]-–—|").reduce(into: CharacterSet()) { set, c in
        for scalar in c.unicodeScalars { set.insert(scalar) }
    }

    /// Lower case, without a leading "the ": how a publication's name is compared ("The Port
    /// Ashford Dispatch" is "Port Ashford Dispatch").
    static func foldKey(_ name: String) -> String {
        var key = name.lowercased()
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }
}
