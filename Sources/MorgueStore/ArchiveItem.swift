import MorgueModel

/// One article with the capture it was extracted from: the unit of a write.
public struct ArchiveItem: Equatable, Sendable {
    public var article: Article
    public var capture: CaptureInput

    public init(article: Article, capture: CaptureInput) {
        self.article = article
        self.capture = capture
    }
}
