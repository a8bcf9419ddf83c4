import Interpreter

/// `_urlfetch.fetch(url, path, header_path, headers, method, data_path, timeout)`: what
/// `urllib.request` downloads through: curl (Debian package curl) writes the body to `path`
/// and the response headers to `header_path`. Returns (curl's exit status, the HTTP status,
/// curl's message); None when curl is not installed. urllib.request turns these into its
/// responses and errors.
enum URLFetchModule {
  static func make() -> PyModule {
    let m = PyModule(name: "_urlfetch")
    m.define("fetch") { (a, interp) throws(PyException) in
      try a.expect("fetch", min: 7, max: 7)
      let url = try interp.str(try a[0])
      var arguments = [
        "curl", "--silent", "--show-error", "--location", "--output", try interp.str(try a[1]),
        "--dump-header", try interp.str(try a[2]), "--write-out", "%{http_code}",
      ]
      var agent = false
      for header in try interp.collect(try a[3]) {
        let text = try interp.str(header)
        agent = agent || text.lowercased().hasPrefix("user-agent:")
        arguments += ["--header", text]
      }
      // (Python's own agent: some servers refuse curl's.)
      if !agent { arguments += ["--user-agent", "Python-urllib/3.11"] }
      if case .object = try a[4] { arguments += ["--request", try interp.str(try a[4])] }
      if case .object = try a[5] {
        arguments += ["--data-binary", "@" + (try interp.str(try a[5]))]
      }
      switch try a[6] {
      case .int(let seconds): arguments += ["--max-time", String(seconds)]
      case .float(let seconds): arguments += ["--max-time", String(seconds)]
      default: break
      }
      arguments += ["--url", url]
      guard let run = ChildProcess.run(arguments) else { return .none }
      let code = Int(run.output.trimmingCharacters(in: " \n")) ?? 0
      let message = run.errors.trimmingCharacters(in: " \n")
      return .tuple([.int(Int(run.status)), .int(code), .str(message)])
    }
    return m
  }
}

extension String {
  /// The text without the given characters at either end.
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let c = s.first, set.contains(c) { s.removeFirst() }
    while let c = s.last, set.contains(c) { s.removeLast() }
    return String(s)
  }
}
