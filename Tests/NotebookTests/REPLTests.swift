import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The REPL through a real terminal (tmux, which bootstrap installs): evaluation and `_`,
/// continuation lines, Tab completion, magics, Ctrl-C during a long loop, and history kept
/// across sessions.
@Suite(.serialized) struct REPLTests {
  let name = "nbtest\(getpid())"
  let home: URL

  init() throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "nb-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  /// Runs tmux with posix_spawn and waitpid (Foundation's Process does not reliably reap the
  /// tmux client here); with `capture`, returns what it printed.
  @discardableResult
  func tmux(_ arguments: [String], capture: Bool = false) throws -> String {
    let output = home.appendingPathComponent("tmux-out.txt").path
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(
      &actions, 1, capture ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // Children start with no blocked signals (test runner threads block many).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else {
      Issue.record("tmux could not be started")
      return ""
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return capture ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
  }

  func start() throws {
    let binary = BuiltBinary.root.appendingPathComponent(".build/debug/nb").path
    try tmux([
      "new-session", "-d", "-s", name, "-x", "120", "-y", "50",
      "env HOME=\(home.path) \(binary) --figures \(home.path)",
    ])
    try waitFor(">>>")
  }

  func type(_ keys: String...) throws {
    for k in keys { try tmux(["send-keys", "-t", name, k]) }
  }

  func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name], capture: true) }

  /// Waits until the screen contains `text` (at most about 10 s). The screen has no trailing
  /// spaces and shows tabs as spaces.
  @discardableResult
  func waitFor(_ text: String, count: Int = 1) throws -> String {
    var last = ""
    for _ in 0..<200 {
      last = try screen()
      if last.components(separatedBy: text).count - 1 >= count { return last }
      usleep(50_000)
    }
    Issue.record("timed out waiting for \(text.debugDescription); screen:\n\(last)")
    return last
  }

  @Test func interactiveSession() throws {
    try start()
    defer { _ = try? tmux(["kill-session", "-t", name]) }
    try type("x = 41", "Enter", "x + 1", "Enter")
    try waitFor("42")
    try type("_ * 2", "Enter")
    try waitFor("84")
    // Continuation lines until a blank line closes the block.
    try type("def f(a):", "Enter")
    try waitFor("...")
    try type("    return a * 2", "Enter", "", "Enter", "f(x)", "Enter")
    try waitFor("82")
    // Completion of a builtin, a module member and a dict key.
    try type("pri", "Tab", "(f(5))", "Enter")
    try waitFor(">>> print(f(5))")
    try type("import math", "Enter", "math.sq", "Tab", "(16)", "Enter")
    try waitFor(">>> math.sqrt(16)")
    try waitFor("4.0")
    try type("d = {'alpha': 7}", "Enter", "d['al", "Tab", "]", "Enter")
    try waitFor(">>> d['alpha']")
    try waitFor("\n7\n")
    // Magics.
    try type("%who", "Enter")
    try waitFor("d        f       math    x")  // %who's tab and space, as the terminal shows them
    try type("%time sum(range(1000))", "Enter")
    try waitFor("Wall time:")
    try type("!echo from the shell", "Enter")
    try waitFor("\nfrom the shell\n")
    // A cell magic takes the lines up to an empty one.
    try type("%%time", "Enter", "y = 5 * 11", "Enter", "y", "Enter", "", "Enter")
    try waitFor("\n55\n")
    // Ctrl-C stops a runaway loop and the session goes on.
    try type("while True:", "Enter", "    pass", "Enter", "", "Enter")
    usleep(500_000)
    try type("C-c")
    try waitFor("KeyboardInterrupt")
    try type("x", "Enter")
    try waitFor("\n41\n")
    try type("print(6 * 7)", "Enter")
    try waitFor("\n42\n", count: 2)
    try type("C-d")
    usleep(300_000)

    // History persists: a new session recalls the last input with the Up arrow.
    let history = try String(
      contentsOf: home.appendingPathComponent(".nb_history"), encoding: .utf8)
    #expect(history.contains("x = 41"))
    #expect(history.contains("math.sqrt(16)"))
    try start()
    try type("Up")
    try waitFor(">>> print(6 * 7)")
    try type("Enter")
    try waitFor("\n42\n")
    try type("C-d")
  }
}
