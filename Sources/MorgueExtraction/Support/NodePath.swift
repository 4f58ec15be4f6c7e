import MorgueDOM

/// Names an element for a person reading `--explain`: its ancestry as a
/// CSS-like path ("body > div#main > article.post").
enum NodePath {
    static func describe(_ node: Node) -> String {
        ([node] + node.ancestors).reversed().filter { $0.name != "html" }.map(step).joined(separator: " > ")
    }

    private static func step(_ node: Node) -> String {
        var text = node.name
        if let id = node.attribute("id"), !id.isEmpty { text += "#" + id }
        if let className = node.attribute("class") {
            for part in className.split(separator: " ").prefix(2) { text += "." + part }
        }
        return text
    }
}
