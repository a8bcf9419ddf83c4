import Foundation

/// Runs `!cmd` lines and `%%bash` cells with `/bin/sh` (or another shell), standard error
/// merged into standard output as Jupyter's kernels show it. The shell runs in a process
/// group of its own, so stopping it (a cell timeout, Ctrl-C) also stops what it started.
enum ShellCommand {
  /// Runs `command` (or, with `input`, the shell reading that script), handing its output on
  /// line by line as it comes; gives the exit status (minus the signal's number when one
  /// ended it, as Python's subprocess does). `stop` is asked every tenth of a second while
  /// nothing comes; when it says so the command is killed and the output so far kept.
  @discardableResult
  static func stream(
    _ command: String, shell: String = "/bin/sh", input: String? = nil,
    stop: () -> Bool = { false }, to write: (String) -> Void
  ) -> Int32 {
    var output: [Int32] = [-1, -1]
    var script: [Int32] = [-1, -1]
    guard pipe(&output) == 0, pipe(&script) == 0 else {
      write("\(shell): cannot make a pipe\n")
      return 127
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, script[0], 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, output[1], 2)
    for fd in output + script { posix_spawn_file_actions_addclose(&actions, fd) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    let arguments = input == nil ? [shell, "-c", command] : [shell]
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, shell, &actions, &attributes, &argv, environ)
    close(output[1])
    close(script[0])
    guard spawned == 0 else {
      close(output[0])
      close(script[1])
      write("\(shell): cannot run: \(String(cString: strerror(spawned)))\n")
      return 127
    }
    // The script (or nothing: standard input is empty).
    let bytes = Array((input ?? "").utf8)
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Foundation.write(script[1], raw.baseAddress! + offset, raw.count - offset)
        if n <= 0 { break }
        offset += n
      }
    }
    close(script[1])
    // Whole lines as they come (a line split across reads could split a UTF-8 sequence).
    var pending: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    var ready = pollfd(fd: output[0], events: Int16(POLLIN), revents: 0)
    while true {
      let polled = poll(&ready, 1, 100)
      if polled == 0 || (polled < 0 && errno == EINTR) {
        if stop() {
          kill(-pid, SIGKILL)
          break
        }
        continue
      }
      let n = read(output[0], &buffer, buffer.count)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      pending += buffer[..<n]
      if let newline = pending.lastIndex(of: 10) {
        write(String(decoding: pending[...newline], as: UTF8.self))
        pending.removeSubrange(...newline)
      }
    }
    close(output[0])
    if !pending.isEmpty { write(String(decoding: pending, as: UTF8.self)) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // (WIFEXITED and friends are macros Swift does not import.)
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : -signal
  }

  /// Runs `command` and gives all it printed.
  static func capture(_ command: String, stop: () -> Bool) -> String {
    var text = ""
    stream(command, stop: stop) { text += $0 }
    return text
  }
}
