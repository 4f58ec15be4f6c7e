import MorgueDOM
import MorgueModel

/// Reads the lead picture's caption that a feature prints at its end.
///
/// Keeps: a paragraph among the story's last blocks opened by a lead-picture label
/// (`BoilerplatePhrases.leadPictureLabels`: "Header image: Women pick cotton outside
/// Sanghar. — Photo by author"), as the caption of the first photo of the story's
/// `<article>` (the header picture above the headline), its credit split off as any
/// caption's (`SplitCaptionCredit`).
/// Drops: nothing; the line leaves the text as a labelled caption (`DropBoilerplateBlocks`).
/// Without an `<article>` around the story, or a photo in it, there is no caption.
enum LeadImageCaption {
    /// How many of the story's last blocks may hold the line.
    static let tailBlocks = 3

    static func find(in blocks: [Block], roots: [Node], resolver: URLResolver) -> Caption? {
        for block in blocks.suffix(tailBlocks).reversed() {
            guard case .paragraph = block else { continue }
            let phrase = BoilerplatePhrases.PhraseText(BodyRendering.plainText([block]))
            guard let key = phrase.key, let label = BoilerplatePhrases.leadPictureLabels.first(where: {
                BoilerplatePhrases.startsWith(key, $0)
            }) else { continue }
            let text = TextNormalization.collapse(phrase.text)
            guard ASCIIText.lowercased(text).hasPrefix(label) else { continue }
            let split = SplitCaptionCredit.split(String(text.dropFirst(label.count)))
            guard !split.text.isEmpty, let article = roots.lazy.compactMap(enclosingArticle).first,
                  let image = ImageSource.images(in: article).first(where: { !ImageSource.isIconOrPixel($0) }),
                  let url = ImageSource.url(of: image, resolver: resolver) else { return nil }
            return Caption(text: split.text, credit: split.credit, imageURL: WaybackCapture.original(url))
        }
        return nil
    }

    /// The captions with the lead picture's first, unless the page captions that picture already.
    static func adding(_ lead: Caption?, to captions: [Caption]) -> [Caption] {
        guard let lead, !captions.contains(where: { $0.imageURL == lead.imageURL }) else { return captions }
        return [lead] + captions
    }

    /// The `<article>` a story container is or stands in.
    static func enclosingArticle(_ node: Node) -> Node? {
        node.isElement("article") ? node : node.ancestors.first { $0.isElement("article") }
    }
}
