import Foundation

/// Runs the built `nb` binary as a user would (`make test` builds it before the tests).
enum BuiltBinary {
  struct Result {
    var out: String
    var err: String
    var status: Int32
    /// Killed by a signal (a crash), rather than exiting.
    var signaled = false
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws
    -> Result
  {
    let process = Process()
    process.executableURL = root.appendingPathComponent(".build/debug/nb")
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? root
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self),
      status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal)
  }
}
