import Foundation

/// Makes links absolute against the page's base: `<base href>`, else the
/// page URL, else its canonical URL. Only http(s) results are kept; a
/// `javascript:` or `data:` link resolves to nil.
struct URLResolver: Sendable {
    let base: URL?

    init(base: String?) {
        self.base = base.flatMap { URL(string: $0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    func resolve(_ reference: String?) -> String? {
        guard var reference = reference?.trimmingCharacters(in: .whitespacesAndNewlines), !reference.isEmpty else {
            return nil
        }
        if reference.hasPrefix("//") { reference = (base?.scheme ?? "https") + ":" + reference }
        let resolved: URL?
        if let absolute = URL(string: reference), absolute.scheme != nil {
            resolved = absolute
        } else if let encoded = reference.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(.urlPathAllowed)),
                  let relative = URL(string: URL(string: reference) == nil ? encoded : reference, relativeTo: base) {
            resolved = relative.absoluteURL
        } else {
            resolved = nil
        }
        guard let url = resolved, let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            // Fragment-only or relative links on a page without a base stay as written.
            if base == nil, !reference.contains(":") { return reference }
            return nil
        }
        return url.absoluteString
    }
}
