// swift-tools-version:6.1
import Foundation
import PackageDescription

// NumKit's loops are written for the compiler to vectorise. When the build machine has AVX2
// and FMA (x86-64-v3), NumKit is compiled for them: 256-bit vectors instead of SSE2's 128,
// and the float32 kernels' explicit fused multiply-adds in one instruction. The results are
// the same either way (no contraction or reassociation is enabled; an explicit fused
// multiply-add is exact in software too); the binary then needs such a processor, as the
// machine that built it has.
let vectorFlags: [String] = {
  guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
    let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
  else { return [] }
  let flags = Set(line.split(separator: " "))
  return (flags.contains("avx2") ? ["-Xcc", "-mavx2"] : [])
    + (flags.contains("fma") ? ["-Xcc", "-mfma"] : [])
}()

// Layers, top to bottom (imports point down only):
//   nb -> Notebook -> Modules -> Interpreter -> Syntax
//                     Modules -> NumKit, PlotKit
// Syntax and Interpreter know nothing of arrays or plots.
let package = Package(
  name: "NumBook",
  products: [
    .executable(name: "nb", targets: ["nb"]),
    .library(name: "NumKit", targets: ["NumKit"]),
    .library(name: "PlotKit", targets: ["PlotKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
  ],
  targets: [
    // MARK: - System libraries
    .systemLibrary(name: "CBLAS", providers: [.apt(["libopenblas-dev"])]),
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CCrypto", providers: [.apt(["libssl-dev"])]),
    .systemLibrary(name: "CFloatFlags"),
    .systemLibrary(name: "CVectorMath"),
    .systemLibrary(name: "CMalloc"),
    .systemLibrary(name: "CSwiftRuntime"),
    .systemLibrary(name: "CPrintf"),

    // MARK: - Libraries
    .target(name: "FloatText", dependencies: ["CPrintf"]),
    // Vector loops clang compiles better as C functions than inlined through the importer.
    .target(name: "CVectorKernels"),
    // Asks OpenBLAS for the kernels this processor supports where it fell back to slower ones.
    .target(name: "COpenBLASCore", dependencies: ["CBLAS"]),
    .target(
      name: "CInterrupt", dependencies: ["CReadline"], linkerSettings: [.linkedLibrary("readline")]),
    .target(name: "Syntax"),
    .target(name: "CCoroutine"),
    .target(
      name: "Interpreter",
      dependencies: [
        "Syntax", "FloatText", "CCoroutine", "CSwiftRuntime",
        .product(name: "BigInt", package: "BigInt"),
      ],
      // Release builds skip Swift's dynamic exclusivity checks in the interpreter's hot
      // paths (frame slot writes): about 13 % of a call's time. Debug builds keep them. So do
      // NumKit's and Modules' (array headers and storage on every small operation).
      // They also count references without atomic instructions: on this machine an atomic
      // retain and release cost 10.6 ns against 3 ns, and a call of a built-in does several.
      // An interpreter runs on one thread at a time; the threads that meet it (generator
      // bodies where stacks cannot be switched, the large-stack runner, timers) hand over or
      // hold no references to its objects (see ThreadTurns, Session.onLargeStack,
      // InterruptHandle).
      // Functions start on 64-byte lines: where the compiled closures happen to fall moved
      // rows of docs/benchmarks.md by 20 % from one unrelated change to the next.
      swiftSettings: [
        .unsafeFlags(
          [
            "-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded",
            "-Xllvm", "-align-all-functions=6",
          ],
          .when(configuration: .release))
      ]),
    .target(
      name: "NumKit",
      dependencies: [
        "CBLAS", "COpenBLASCore", "CFloatFlags", "CSwiftRuntime", "CVectorKernels",
        "CVectorMath", "CZlib", "FloatText",
      ],
      swiftSettings: [
        .unsafeFlags(vectorFlags),
        .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
      ]),
    .target(name: "PlotKit", dependencies: ["CZlib", "FloatText"]),
    .target(
      name: "Modules",
      dependencies: [
        "CCrypto", "FloatText", "Interpreter", "NumKit", "PlotKit",
        .product(name: "BigInt", package: "BigInt"),
      ],
      // Non-atomic reference counts as in the interpreter (the bridge runs on its thread):
      // a 2x2 add 193 -> 161 ns. NumKit keeps atomic ones: it is a library of its own, whose
      // users may share arrays between threads.
      swiftSettings: [
        .unsafeFlags(
          ["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"],
          .when(configuration: .release))
      ]),
    .target(
      name: "Notebook",
      dependencies: [
        "Modules", "Interpreter", "Syntax", "CReadline", "CInterrupt",
        .product(name: "Ink", package: "Ink"),
      ]),
    .executableTarget(
      name: "nb",
      dependencies: [
        "Notebook", "CMalloc",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // MARK: - Tests
    .testTarget(name: "FloatTextTests", dependencies: ["FloatText"]),
    .testTarget(name: "SyntaxTests", dependencies: ["Syntax"]),
    .testTarget(
      name: "InterpreterTests", dependencies: ["Interpreter"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "NumKitTests", dependencies: ["NumKit", "CBLAS", "COpenBLASCore"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "PlotKitTests", dependencies: ["PlotKit"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ModulesTests", dependencies: ["Modules", "NumKit", "PlotKit"],
      resources: [.copy("Fixtures"), .copy("Figures")]),
    .testTarget(
      name: "NotebookTests", dependencies: ["Notebook"], resources: [.copy("Fixtures")]),
  ],
  // Swift 5 mode: the interpreter's object graph is single-threaded shared mutable state.
  swiftLanguageModes: [.v5]
)
