import Foundation
import MorgueDOM

/// Picks the URL of the photo a caption belongs to.
///
/// Keeps: the largest `srcset`/`data-srcset` candidate (by width
/// descriptor, else density) of the photo's `<img>` (or AMP's `<amp-img>`,
/// `<amp-anim>`) and of the `<source>` elements of its `<picture>` (but not a source for small screens
/// only, `media="(max-width: …)"`: `isSmallScreenSource`), else
/// `data-src`, `data-lazy-src`, `data-original` (and the other lazy loaders'
/// attributes: Flickity's `data-flickity-lazyload-src`), else `src`, else any
/// other `data-…src` or `data-…srcset` attribute (a lazy loader's own name, when
/// the page has no `src` yet), resolved to an absolute URL.
/// Drops: `data:` URIs, 1×1 tracking pixels and small square icons, and anything that does not
/// resolve to an http(s) URL.
enum ImageSource {
    static let lazyAttributes = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
                                 "data-flickity-lazyload-src", "data-flickity-lazyload"]
    static let srcsetAttributes = ["srcset", "data-srcset", "data-lazy-srcset", "data-flickity-lazyload-srcset"]

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

    /// Whether a `<picture>`'s `<source>` is meant for small screens only (`media="(max-width:767px)"`): its
    /// candidates, often written without a size, are no rival for the image's own.
    static func isSmallScreenSource(_ source: Node) -> Bool {
        guard let media = source.attribute("media") else { return false }
        return media.lowercased().contains("max-width")
    }

    static func url(of image: Node, resolver: URLResolver) -> String? {
        var srcsets = srcsetAttributes.compactMap { image.attribute($0) }
        if image.isElement("img"), let picture = enclosingPicture(of: image) {
            for source in picture.descendants(named: "source") where !isSmallScreenSource(source) {
                srcsets += srcsetAttributes.compactMap { source.attribute($0) }
            }
        }
        var candidates: [String] = []
        if let largest = largest(srcsets.flatMap(Self.candidates)) {
            candidates.append(largest.url)
        }
        candidates += lazyAttributes.compactMap { image.attribute($0) }
        if let src = image.attribute("src") { candidates.append(src) }
        candidates += otherLazyURLs(image)
        for candidate in candidates {
            let trimmed = TextNormalization.collapse(candidate)
            if trimmed.isEmpty || isDataURI(trimmed) { continue }
            if let resolved = resolver.resolve(trimmed), resolved.lowercased().hasPrefix("http") { return resolved }
        }
        return nil
    }

    /// The name of the picture an address shows, whatever its size: the file's name, lower-case,
    /// without its extension and a size suffix ("/img/Cafe-640x427.jpg?x=1" → "cafe"); nil without one.
    static func pictureName(_ url: String) -> String? {
        // A printable ASCII address (as nearly all are) is read on its bytes, each byte a character.
        if url.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var path = Array(url.utf8)[...]
            if let end = path.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { path = path[..<end] }
            guard let slash = path.lastIndex(of: UInt8(ascii: "/")) else { return nil }
            var file = path[(slash + 1)...]
            if let dot = file.lastIndex(of: UInt8(ascii: ".")), dot != file.startIndex { file = file[..<dot] }
            var name = String(decoding: file.map(ASCIIText.lower), as: UTF8.self)
            if let size = PictureNames.sizeSuffix.firstMatch(in: name) { name = String(name[..<size.range.lowerBound]) }
            return name.isEmpty ? nil : name
        }
        var path = Substring(url)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard let slash = path.lastIndex(of: "/") else { return nil }
        var name = path[path.index(after: slash)...].lowercased()
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        if let size = PictureNames.sizeSuffix.firstMatch(in: name) { name = String(name[..<size.range.lowerBound]) }
        return name.isEmpty ? nil : name
    }

    /// The URLs of an image's lazy-load attributes not named in `lazyAttributes` and `srcsetAttributes`
    /// (`data-…src`, and the largest candidate of a `data-…srcset`), in the order they are written.
    static func otherLazyURLs(_ image: Node) -> [String] {
        var urls: [String] = []
        for attribute in image.attributes where attribute.name.hasPrefix("data-") {
            let name = attribute.name.lowercased()
            if name.hasSuffix("srcset"), !srcsetAttributes.contains(name) {
                if let largest = largestCandidate(attribute.value) { urls.append(largest) }
            } else if name.hasSuffix("src"), !lazyAttributes.contains(name) {
                urls.append(attribute.value)
            }
        }
        return urls
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
        largest(candidates(srcset))?.url
    }

    /// The first of the candidates with the largest size.
    static func largest(_ candidates: [(url: String, size: Double)]) -> (url: String, size: Double)? {
        candidates.reduce(nil) { best, candidate in
            best.map { candidate.size > $0.size ? candidate : $0 } ?? candidate
        }
    }

    /// A srcset's candidates, read as browsers read them: a URL runs to the
    /// next white space (so it may hold commas: "q=h_438,w_780,c_fill"), a
    /// comma ending it ends the candidate, else its descriptor runs to the
    /// next comma. The size is the width ("800w") or density ("2x"), else 1.
    /// `data:` URIs (a lazy loader's placeholder) are left out.
    static func candidates(_ srcset: String) -> [(url: String, size: Double)] {
        var result: [(url: String, size: Double)] = []
        // Read on the UTF-8 bytes: the white space and commas that part candidates are ASCII, and no byte
        // of a longer character is ASCII.
        let bytes = Array(srcset.utf8)
        var index = 0
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: ",") { index += 1 }
            let urlStart = index
            while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
            var text = String(decoding: bytes[urlStart..<index], as: UTF8.self)
            var descriptor = ""
            if text.hasSuffix(",") {
                while text.hasSuffix(",") { text.removeLast() }
            } else {
                let descriptorStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: ",") { index += 1 }
                descriptor = TextNormalization.collapse(String(decoding: bytes[descriptorStart..<index], as: UTF8.self)).lowercased()
            }
            guard !text.isEmpty, !isDataURI(text) else { continue }
            var size = 1.0
            if let first = descriptor.split(separator: " ").first {
                if first.hasSuffix("w"), let w = Double(first.dropLast()) { size = w }
                else if first.hasSuffix("x"), let x = Double(first.dropLast()) { size = x }
            }
            result.append((text, size))
        }
        return result
    }

    /// `url.lowercased().hasPrefix("data:")`, read from the first bytes (a
    /// placeholder's `data:` URI may run to thousands): no other character
    /// lower-cases to those ASCII ones, and only a mark joining the colon
    /// (a byte past ASCII after it) needs the whole comparison.
    static func isDataURI(_ url: String) -> Bool {
        let bytes = url.utf8
        guard bytes.count >= 5, bytes.prefix(5).map(ASCIIText.lower) == Array("data:".utf8) else { return false }
        if bytes.count > 5, bytes[bytes.index(bytes.startIndex, offsetBy: 5)] >= 0x80 {
            return url.lowercased().hasPrefix("data:")
        }
        return true
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
