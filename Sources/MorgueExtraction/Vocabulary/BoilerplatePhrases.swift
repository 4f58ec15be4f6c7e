/// Whole short blocks that are page furniture, not story.
///
/// A block is compared after lower-casing, collapsing white space and
/// trimming surrounding punctuation and arrows ("Read more »" → "read more").
/// Phrases match whole blocks or (for `prefixes`/`frames`) blocks of at most
/// `maxWords` words: never a substring inside a story sentence.
enum BoilerplatePhrases {
    /// Blocks longer than this are never boilerplate by phrase.
    static let maxWords = 14

    enum Group: String, Sendable {
        case callToAction = "call-to-action"
        case adLabel = "ad-label"
        case commentPrompt = "comment-prompt"
        case signUp = "sign-up"
        case socialPrompt = "social-prompt"
        case endMark = "end-mark"
        case navigation = "navigation"
    }

    static let exact: [String: Group] = {
        var table: [String: Group] = [:]
        func add(_ group: Group, _ phrases: [String]) { for p in phrases { table[p] = group } }
        // Calls to action between or after story blocks ("Continue Reading", "READ MORE").
        add(.callToAction, ["continue reading", "read more", "read more here", "read the full story", "read full story",
                            "read full article", "read the full article", "click here", "learn more", "see more",
                            "show more", "load more", "view more", "more", "more stories", "more news", "related",
                            "related stories", "related articles", "related posts", "related content",
                            "you may also like", "you might also like", "recommended", "recommended for you",
                            "most popular", "most read", "trending", "trending now", "top stories", "read next",
                            "up next", "weiterlesen", "mehr zum thema", "lire la suite", "leer más", "ver más",
                            "continue reading the main story", "story continues below", "article continues below"])
        // Advertising labels and the notes that stand in for ads.
        add(.adLabel, ["advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
                       "paid content", "paid post", "promoted", "promoted content", "anzeige", "werbung", "publicité",
                       "publicidad", "reklama", "story continues below advertisement",
                       "article continues below advertisement", "continue reading below",
                       "scroll to continue with content", "advertise with us", "fbpx"])
        // Comment sections and their prompts (WordPress comment forms and the like).
        add(.commentPrompt, ["click to comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
                             "comments", "comment", "no comments", "show comments", "view comments",
                             "join the conversation", "join the discussion", "be the first to comment",
                             "your email address will not be published", "required fields are marked",
                             "your email address will not be published. required fields are marked",
                             "cancel reply", "post comment", "kommentare", "kommentar schreiben"])
        // Newsletter sign-up boxes.
        add(.signUp, ["sign up", "subscribe", "subscribe now", "subscribe today", "sign up now", "newsletter",
                      "indicates required", "get the newsletter", "free newsletter", "join our newsletter",
                      "jetzt abonnieren", "newsletter abonnieren"])
        // Social prompts and share bars.
        add(.socialPrompt, ["share", "share this", "share this article", "share this story", "share this post",
                            "share on facebook", "share on twitter", "tweet", "email", "print", "pin it", "whatsapp",
                            "facebook", "twitter", "linkedin", "follow us", "connect with us", "teilen", "partager",
                            "compartir"])
        // Wire-copy end marks.
        add(.endMark, ["###", "# # #", "-30-", "- 30 -", "-end-", "(end)", "end", "ends", "-0-"])
        // Navigation remnants.
        add(.navigation, ["back to top", "skip to content", "skip to main content", "previous article", "next article",
                          "previous post", "next post", "zurück", "nach oben", "top"])
        return table
    }()

    /// Short blocks that begin with these words are furniture.
    static let prefixes: [(String, Group)] = [
        ("read more:", .callToAction), ("read more about", .callToAction), ("related:", .callToAction),
        ("see also:", .callToAction), ("also read:", .callToAction), ("more on this", .callToAction),
        ("sign up for", .signUp), ("sign up to", .signUp), ("subscribe to", .signUp), ("get our", .signUp),
        ("get the latest", .signUp), ("newsletter:", .signUp),
        ("advertise on", .adLabel), ("advertise with", .adLabel),
        ("share on", .socialPrompt), ("follow us on", .socialPrompt), ("share this", .socialPrompt),
        ("click to share", .socialPrompt), ("click to email", .socialPrompt), ("click to print", .socialPrompt),
        ("you must be logged in to post a comment", .commentPrompt), ("log in to comment", .commentPrompt),
    ]

    /// Short blocks framed by a beginning and an end ("Like X on Facebook").
    static let frames: [(prefix: String, suffix: String, group: Group)] = [
        ("like ", " on facebook", .socialPrompt),
        ("follow ", " on twitter", .socialPrompt),
        ("follow ", " on instagram", .socialPrompt),
        ("advertise ", " com", .adLabel),
    ]

    /// End marks after which nothing more is story.
    static let endsStory: Set<String> = ["###", "# # #", "-30-", "- 30 -", "-end-", "(end)", "-0-"]

    /// The group a block of text belongs to, or nil when it may be story.
    static func match(_ text: String) -> Group? {
        let key = normalise(text)
        if key.isEmpty { return nil }
        if let group = exact[key] { return group }
        let words = key.split(separator: " ").count
        guard words <= maxWords else { return nil }
        for (prefix, group) in prefixes where key.hasPrefix(prefix) { return group }
        for frame in frames where key.hasPrefix(frame.prefix) && key.hasSuffix(frame.suffix) { return frame.group }
        return nil
    }

    /// Lower-cases, collapses white space and trims punctuation, arrows and
    /// bullets from both ends, keeping end marks like "###" and "-30-" whole.
    static func normalise(_ text: String) -> String {
        let collapsed = TextNormalization.collapse(text).lowercased()
        if endsStory.contains(collapsed) { return collapsed }
        var sub = Substring(collapsed)
        while let f = sub.first, trimmable(f) { sub.removeFirst() }
        while let l = sub.last, trimmable(l) { sub.removeLast() }
        let trimmed = String(sub)
        return trimmed.isEmpty && !collapsed.isEmpty && collapsed.allSatisfy({ $0 == "#" || $0 == " " }) ? collapsed : trimmed
    }

    private static func trimmable(_ c: Character) -> Bool {
        if c.isWhitespace { return true }
        switch c {
        case ".", ",", ":", ";", "!", "?", "»", "«", "›", "‹", ">", "<", "→", "←", "|", "•", "·", "-", "–", "—",
             "*", "+", "(", ")", "[", "]", "\"", "'", "“", "”", "…": return true
        default: return false
        }
    }
}
