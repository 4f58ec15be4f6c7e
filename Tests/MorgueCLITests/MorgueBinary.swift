import Foundation

/// The built `morgue` executable, run as a user would run it.
enum MorgueBinary {
    /// The executable in the same build products folder as this test bundle
    /// (`swift build` puts both in `.build/<triple>/debug`), else the
    /// package's `.build/debug/morgue`. Nil when neither exists.
    static let path: String? = {
        var candidates: [URL] = []
        if let first = ProcessInfo.processInfo.arguments.first {
            let bundle = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            // `…/debug/morguePackageTests.xctest`, or a binary inside it.
            var folder = bundle.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("morgue"))
                folder.deleteLastPathComponent()
            }
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("morgue"))
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        candidates.append(root.appendingPathComponent(".build/debug/morgue"))
        return candidates.map(\.path).first { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
    }()
}
