// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Scout",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ScoutCore", targets: ["ScoutCore"]),
        .executable(name: "scout", targets: ["scout"]),
        .executable(name: "scout-ingest", targets: ["scout-ingest"]),
        .executable(name: "scout-normalize", targets: ["scout-normalize"]),
        .executable(name: "scout-score", targets: ["scout-score"]),
        .executable(name: "scout-shortlist", targets: ["scout-shortlist"]),
    ],
    dependencies: [
        // Up to the next minor only: the --help snapshot tests (Tests/Fixtures/help) hold its exact layout.
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        // HMAC-SHA256 for the keyed e-mail hash (docs: privacy); BoringSSL-backed, no networking.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // libcsv from Debian's libcsv-dev; no pkg-config file ships, so the module map links `csv`.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // SQLite's C API for the history database (runs/history.sqlite); the module map links `sqlite3`.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // libxlsxwriter from Debian's libxlsxwriter-dev, for shortlists.xlsx; the module map links `xlsxwriter`.
        .systemLibrary(
            name: "CXlsxWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "ScoutCore",
            dependencies: [
                "CLibCSV",
                "CSQLite",
                "CXlsxWriter",
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "ScoutCLI",
            dependencies: [
                "ScoutCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "scout", dependencies: ["ScoutCLI"]),
        .executableTarget(name: "scout-ingest", dependencies: ["ScoutCLI"]),
        .executableTarget(name: "scout-normalize", dependencies: ["ScoutCLI"]),
        .executableTarget(name: "scout-score", dependencies: ["ScoutCLI"]),
        .executableTarget(name: "scout-shortlist", dependencies: ["ScoutCLI"]),
        .testTarget(
            name: "ScoutCoreTests",
            dependencies: ["ScoutCore", "ScoutCLI"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
