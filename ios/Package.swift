// swift-tools-version:5.9
// RelaisFFI: the generated Swift bindings over the Rust core, packaged with the XCFramework
// that `build-xcframework.sh` builds (macOS with Xcode and Rust). The SwiftUI app
// (App/, project.yml) depends on this package.
import PackageDescription

let package = Package(
    name: "RelaisFFI",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "RelaisFFI", targets: ["RelaisFFI"]),
    ],
    targets: [
        .binaryTarget(name: "RelaisFFIFFI", path: "RelaisFFIFFI.xcframework"),
        .target(name: "RelaisFFI", dependencies: ["RelaisFFIFFI"], path: "Sources/RelaisFFI"),
    ]
)
