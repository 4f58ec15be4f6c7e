import MorgueDOM
import MorgueModel

/// The recipe: every stage of extraction, in order. Each stage is a small
/// unit in `Stages/`, with a doc comment saying what it keeps and drops.
enum Pipeline {
    struct Result {
        let article: Article
        let removals: [Removal]
    }

    static func run(_ input: PageInput) throws(ExtractionError) -> Result {
        // 1. Check the bytes and parse them in the charset a browser would use.
        let document = try ParsePage.run(input)
        let text = TextNormalization.collapse(document.body?.textContent ?? "")
        var article = Article(extractorVersion: Extractor.version)
        article.url = input.url
        article.text = text.isEmpty ? nil : text
        return Result(article: article, removals: [])
    }
}
