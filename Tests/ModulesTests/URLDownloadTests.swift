import Foundation
import Testing

/// urllib.request against a local HTTP server (python3's http.server on a free port): the
/// same program run by NumBook and by python3 prints the same, responses, headers, progress
/// hooks, a 404 and a 501 as HTTPError with the server's reason, and a refused connection.
/// (No test reaches the network.)
@Suite(.serialized) struct URLDownloadTests {
  static let program = #"""
    import os
    import urllib.error
    import urllib.request
    from urllib.request import urlopen, urlretrieve, Request

    with urlopen(base + "small.txt") as r:
        print(r.status, r.reason, r.getcode(), r.headers["Content-Length"],
              r.headers.get("content-type"), r.getheader("Content-Type"), r.url == base + "small.txt")
        print(r.readline(), r.read().decode().split())
    print(urlopen(Request(base + "small.txt", headers={"User-Agent": "course"})).read())
    calls = []
    name, headers = urlretrieve(base + "blob.bin", os.path.join(work, "got.bin"),
                                reporthook=lambda *a: calls.append(a))
    print(os.path.basename(name), os.path.getsize(name), headers["Content-Length"], calls)
    with open(name, "rb") as f:
        data = f.read()
    print(data[:10], len(data), sum(data))
    temporary, _ = urlretrieve(base + "small.txt")
    with open(temporary) as f:
        print(f.read().split())
    urllib.request.urlcleanup()
    print(os.path.exists(temporary))
    for path, payload in [("missing.txt", None), ("small.txt", b"x=1")]:
        try:
            urlretrieve(base + path, os.path.join(work, "out_" + path), data=payload)
        except urllib.error.HTTPError as e:
            print("HTTPError", e.code, e.reason, str(e), repr(e), e.read()[:15],
                  e.headers.get("Content-Type"), os.path.exists(os.path.join(work, "out_" + path)),
                  isinstance(e, urllib.error.URLError), isinstance(e, OSError))
    try:
        urlretrieve(base + "small.txt", os.path.join(work, "no_dir", "x.txt"))
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        urlopen("http://127.0.0.1:1/")
    except urllib.error.URLError as e:
        print(e, repr(e.reason))
    """#

  /// A python3 HTTP server on a free port of 127.0.0.1, serving `directory`.
  final class Server {
    let process = Process()
    let port: Int

    init(directory: String, portFile: String) throws {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [
        "python3", "-c",
        """
        import functools, http.server, os, sys
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        with open(sys.argv[2] + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        os.rename(sys.argv[2] + ".tmp", sys.argv[2])
        server.serve_forever()
        """,
        directory, portFile,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // The port, written to `portFile` once the server listens (0: it did not start in 20 s).
      var found = 0
      for _ in 0..<200 {
        if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let n = Int(text) {
          found = n
          break
        }
        if !process.isRunning { break }
        usleep(100_000)
      }
      port = found
    }

    deinit {
      // (SIGKILL: the child may inherit a mask that blocks SIGTERM from the test runner.)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  @Test func downloadsAsPythonDoes() throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "numbook-urls-\(getpid())")
    let served = work.appendingPathComponent("served")
    try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    try Data("hello\nworld\n".utf8).write(to: served.appendingPathComponent("small.txt"))
    try Data((0..<20000).map { UInt8($0 * 7 % 251) }).write(
      to: served.appendingPathComponent("blob.bin"))
    let server = try Server(
      directory: served.path, portFile: work.appendingPathComponent("port").path)
    try #require(server.port > 0, "the test server did not start")
    let source =
      "base = 'http://127.0.0.1:\(server.port)/'\nwork = '\(work.path)'\n" + Self.program
    let script = work.appendingPathComponent("downloads.py")
    try source.write(to: script, atomically: true, encoding: .utf8)
    let expected = try Self.python(script.path)
    for name in ["got.bin", "out_small.txt", "out_missing.txt"] {
      try? FileManager.default.removeItem(at: work.appendingPathComponent(name))
    }
    let ours = ProgramRun.run(source)
    #expect(ours.out == expected)
    #expect(expected.contains("HTTPError 404"), "the reference run reached the server")
  }

  /// What `python3 path` prints.
  static func python(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
