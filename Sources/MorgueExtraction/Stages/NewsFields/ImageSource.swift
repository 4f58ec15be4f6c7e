import Foundation
import MorgueDOM

/// Picks the URL of the photo a caption belongs to.
///
/// Keeps: the largest `srcset`/`data-srcset` candidate (by width
/// descriptor, else density) of the photo's `<img>` (or AMP's `<amp-img>`,
/// `<amp-anim>`) and of the `<source>` elements of its `<picture>`, else
/// `data-src`, `data-lazy-src`, `data-original`, else `src`, resolved to an
/// absolute URL.
/// Drops: `data:` URIs, 1×1 tracking pixels and small square icons, and anything that does not
/// resolve to an http(s) URL.
enum ImageSource {
    static let lazyAttributes = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url"]
    static let srcsetAttributes = ["srcset", "data-srcset", "data-lazy-srcset"]

    /// Whether an element shows a photo: `<img>`, or AMP's `<amp-img>` and `<amp-anim>`.
    static func isImage(_ node: Node) -> Bool {
        node.isElement("img") || node.isElement("amp-img") || node.isElement("amp-anim")
    }

    /// The photos under `node`, in page order (an `<amp-img>`'s fallback `<img>` is its own).
    static func images(in node: Node) -> [Node] {
        var found: [Node] = []
        node.walk { child in
            guard child.isElement else { return true }
            if isImage(child) {
                found.append(child)
                return false
            }
            return true
        }
        return found
    }

    /// The photo inside `container`, or (when the container is the caption
    /// itself) just before it.
    static func bestURL(in container: Node, near caption: Node, resolver: URLResolver) -> String? {
        var images = images(in: container)
        if images.isEmpty {
            var sibling = caption.previousSibling
            var steps = 0
            while let current = sibling, steps < 3, images.isEmpty {
                if current.isElement {
                    images = isImage(current) ? [current] : self.images(in: current)
                    steps += 1
                }
                sibling = current.previousSibling
            }
        }
        // A <noscript> copy of the image comes after the live one, whose srcset holds the larger sizes.
        if images.count > 1 {
            func inNoscript(_ image: Node) -> Bool { image.ancestors.contains { $0.isElement("noscript") } }
            images = images.filter { !inNoscript($0) } + images.filter(inNoscript)
        }
        for image in images where !isIconOrPixel(image) {
            if let url = url(of: image, resolver: resolver) { return url }
        }
        // A <picture> whose sources alone name the photo.
        for source in container.descendants(named: "source") {
            if let url = url(of: source, resolver: resolver) { return url }
        }
        return nil
    }

    static func url(of image: Node, resolver: URLResolver) -> String? {
        var srcsets = srcsetAttributes.compactMap { image.attribute($0) }
        if image.isElement("img"), let picture = enclosingPicture(of: image) {
            for source in picture.descendants(named: "source") {
                srcsets += srcsetAttributes.compactMap { source.attribute($0) }
            }
        }
        var candidates: [String] = []
        if let largest = largestCandidate(srcsets.map(withoutDataURIs).joined(separator: ", ")) {
            candidates.append(largest)
        }
        candidates += lazyAttributes.compactMap { image.attribute($0) }
        if let src = image.attribute("src") { candidates.append(src) }
        for candidate in candidates {
            let trimmed = TextNormalization.collapse(candidate)
            if trimmed.isEmpty || trimmed.lowercased().hasPrefix("data:") { continue }
            if let resolved = resolver.resolve(trimmed), resolved.lowercased().hasPrefix("http") { return resolved }
        }
        return nil
    }

    /// The `<picture>` an image belongs to. The HTML parser does not know `<source>` as an empty
    /// element, so the `<img>` after one ends up inside it.
    static func enclosingPicture(of image: Node) -> Node? {
        var current = image.parent
        while let node = current, node.isElement("source") { current = node.parent }
        return current.flatMap { $0.isElement("picture") ? $0 : nil }
    }

    /// The URL with the largest width ("800w") or density ("2x") in a srcset.
    static func largestCandidate(_ srcset: String) -> String? {
        let srcset = withoutDataURIs(srcset)
        var best: (url: String, size: Double)?
        // Candidates are separated by a comma and white space; a bare comma
        // may belong to the URL ("w_300,h_200").
        let entries = srcset.contains(", ") || srcset.contains(",\n")
            ? srcset.components(separatedBy: CharacterSet(charactersIn: ",")).reduce(into: [String]()) { list, piece in
                if let last = list.last, !piece.hasPrefix(" "), !piece.hasPrefix("\n") { list[list.count - 1] = last + "," + piece }
                else { list.append(piece) }
            }
            : srcset.split(separator: ",").map(String.init)
        for entry in entries {
            let parts = entry.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            guard let url = parts.first.map(String.init), !url.lowercased().hasPrefix("data:") else { continue }
            var size = 1.0
            if let descriptor = parts.dropFirst().first?.lowercased() {
                if descriptor.hasSuffix("w"), let w = Double(descriptor.dropLast()) { size = w }
                else if descriptor.hasSuffix("x"), let x = Double(descriptor.dropLast()) { size = x }
            }
            if best == nil || size > best!.size { best = (url, size) }
        }
        return best?.url
    }

    /// `srcset` without its `data:` URIs and their descriptors: a lazy
    /// loader's placeholder ("data:image/gif;base64,R0lGOD…") holds a comma
    /// that would split it into a false candidate.
    static func withoutDataURIs(_ srcset: String) -> String {
        guard srcset.range(of: "data:", options: .caseInsensitive) != nil else { return srcset }
        var kept: [Substring] = []
        var droppingDescriptor = false
        for token in srcset.split(whereSeparator: { $0.isWhitespace }) {
            if token.lowercased().hasPrefix("data:") {
                droppingDescriptor = !token.hasSuffix(",")
                continue
            }
            if droppingDescriptor {
                droppingDescriptor = false
                let descriptor = token.hasSuffix(",") ? token.dropLast() : token
                if let unit = descriptor.last, unit == "w" || unit == "x", Double(descriptor.dropLast()) != nil { continue }
            }
            kept.append(token)
        }
        return kept.joined(separator: " ")
    }

    /// The largest side of a square image that is an icon or an avatar, not a photo.
    static let iconSide = 64

    /// A 1×1 tracking pixel, or a small square icon or avatar (an author's
    /// head in a caption-classed byline row): no photo.
    static func isIconOrPixel(_ image: Node) -> Bool {
        guard let width = image.attribute("width").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
              let height = image.attribute("height").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) })
        else { return false }
        return width == height && width <= iconSide
    }
}
