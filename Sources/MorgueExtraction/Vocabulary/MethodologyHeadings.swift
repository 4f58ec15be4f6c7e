/// The headings of a story's note on how it was reported, which data stories and investigations print
/// in an `<aside>` inside the story ("How we did this", "Methodology"): the story's own text, kept with
/// it (`DropPageChrome.isMethodologyNote`).
enum MethodologyHeadings {
    // English data desks' headings (US and UK papers' data stories and investigations), compared
    // lower-cased without the closing punctuation.
    static let english: Set<String> = [
        "how we did this", "how we did it", "how we reported this", "how we reported this story",
        "how we reported it", "how we did this analysis", "how we analyzed the data", "how we got the data",
        "methodology", "our methodology", "about the methodology", "about this data", "about the data",
        "about our data", "about this analysis", "about the analysis", "about this story", "about this investigation",
        "about this project", "notes on methodology", "methodology and sources", "data and methodology",
    ]

    /// Whether `text` (a heading's) is one of the headings, in any case, without its closing punctuation.
    static func matches(_ text: String) -> Bool {
        var key = ASCIIText.lowercased(TextNormalization.collapse(text))
        while let last = key.last, ".:?!".contains(last) { key.removeLast() }
        return english.contains(key)
    }
}
