// swift-tools-version:6.0
// A libFuzzer target over Scout's CSV reader and creator-export reader (docs/reliability.md). Not part of the
// main package so a normal build never needs the fuzzer runtime; built by Fuzz/run.sh with -sanitize=fuzzer,address.
import PackageDescription

let package = Package(
    name: "ScoutFuzz",
    dependencies: [.package(name: "Scout", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "ScoutFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "ScoutCore", package: "Scout")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
