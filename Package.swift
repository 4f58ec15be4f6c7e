// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "morgue",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "morgue", targets: ["morgue"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries, wrapped once.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // libxml2's allocator during a parse: one arena per document, released with it.
        .target(name: "CParseArena"),

        // A thin DOM over libxml2's HTML parser, and the charset decision.
        .target(name: "MorgueDOM", dependencies: ["CLibXML2", "CParseArena"]),
        // The Article value and its body tree; Foundation only.
        .target(name: "MorgueModel", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Bytes (+ URL) -> Article, as a pipeline of small named stages. Pure: no disk, no network.
        .target(name: "MorgueExtraction", dependencies: ["MorgueDOM", "MorgueModel"]),
        // The SQLite archive.
        .target(name: "MorgueStore", dependencies: [
            "MorgueModel",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Markdown, JSON and NDJSON renderings of Article values.
        .target(name: "MorgueExport", dependencies: ["MorgueModel"]),
        // RSS, Atom and RDF feeds read into items to archive. Pure: no disk, no network.
        .target(name: "MorgueFeeds", dependencies: ["MorgueDOM"]),
        // HTTP fetching with limits, and gzip.
        .target(name: "MorgueFetch", dependencies: ["CZlib", "MorgueDOM"]),
        // The archiving workflow: pages (files, folders, URLs) in, articles stored, a report out.
        .target(name: "MorgueArchiving", dependencies: [
            "MorgueModel", "MorgueExtraction", "MorgueStore", "MorgueFetch", "MorgueFeeds",
        ]),
        // The commands, as a library so tests can call them.
        .target(name: "MorgueCLI", dependencies: [
            "MorgueModel", "MorgueExtraction", "MorgueStore", "MorgueExport", "MorgueFetch", "MorgueArchiving",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "morgue", dependencies: ["MorgueCLI"]),
        // `make bench`: corpus generation, and extraction / parse-only throughput on one core.
        .executableTarget(name: "MorgueBench", dependencies: [
            "MorgueDOM", "MorgueExtraction",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // A loopback HTTP server shared by the fetch, archiving and CLI tests.
        .target(name: "MorgueTestSupport", path: "Tests/MorgueTestSupport"),
        .testTarget(name: "MorgueDOMTests", dependencies: ["MorgueDOM", "CParseArena"]),
        .testTarget(name: "MorgueModelTests", dependencies: ["MorgueModel"]),
        .testTarget(name: "MorgueExtractionTests", dependencies: ["MorgueExtraction", "MorgueDOM", "MorgueModel"]),
        .testTarget(name: "MorgueStoreTests", dependencies: [
            "MorgueStore", "MorgueModel",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "MorgueExportTests", dependencies: ["MorgueExport", "MorgueModel"]),
        .testTarget(name: "MorgueFeedsTests", dependencies: ["MorgueFeeds"]),
        .testTarget(name: "MorgueFetchTests", dependencies: ["MorgueFetch", "MorgueTestSupport"]),
        .testTarget(name: "MorgueArchivingTests", dependencies: [
            "MorgueArchiving", "MorgueStore", "MorgueFetch", "MorgueFeeds", "MorgueModel", "MorgueTestSupport",
        ]),
        .testTarget(name: "MorgueCLITests", dependencies: ["MorgueCLI", "MorgueTestSupport"]),
    ]
)
