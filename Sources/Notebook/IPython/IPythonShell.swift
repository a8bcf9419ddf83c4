import Foundation
import Interpreter

/// What `get_ipython()` returns in notebook cells and the REPL: the target of the calls
/// `MagicTransformer` writes for magics (`run_line_magic`, `run_cell_magic`) and shell
/// escapes (`system`, `getoutput`), as Jupyter's kernel shell is.
public final class IPythonShell: PyObject {
  static let type: PyClass = {
    let c = PyClass("ZMQInteractiveShell", bases: [.object])
    c.moduleName = "ipykernel.zmqshell"
    return c
  }()

  unowned let session: Session
  /// Asks the user to confirm (`%reset` without `-f`); nil goes ahead, as a batch run must.
  var confirm: ((String) -> Bool)?
  /// Where the running cell's `%%magic` body starts (file, first line), so its tracebacks
  /// name the cell's own lines; nil outside such a cell.
  var cellBody: (file: String, firstLine: Int)?
  /// The directory `%cd -` goes back to.
  var previousDirectory: String?

  init(session: Session) {
    self.session = session
  }

  var interp: Interpreter { session.interp }

  /// Makes `get_ipython()` and `display()` builtins of the session, and `IPython` importable.
  func install() {
    interp.builtins["get_ipython"] = .object(
      PyBuiltinFunction("get_ipython") { [unowned self] (a, _) throws(PyException) in
        try a.expect("get_ipython", min: 0, max: 0)
        return .object(self)
      })
    installDisplayModules()
  }

  override public var pyClass: PyClass { IPythonShell.type }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<ipykernel.zmqshell.ZMQInteractiveShell object at \(Interpreter.address(of: self))>"
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "run_line_magic":
      return method(name) { [unowned self] (a) throws(PyException) in
        try a.expect(name, min: 2, max: 3)
        return try lineMagic(try text(a[0]), try text(a[1]))
      }
    case "run_cell_magic":
      return method(name) { [unowned self] (a) throws(PyException) in
        try a.expect(name, min: 3, max: 3)
        return try cellMagic(try text(a[0]), try text(a[1]), try text(a[2]))
      }
    case "magic":
      // The old spelling: `get_ipython().magic('time x = 1')`.
      return method(name) { [unowned self] (a) throws(PyException) in
        try a.expect(name, min: 1, max: 1)
        let line = try text(a[0]).drop { $0 == "%" }
        let magic = line.prefix { $0 != " " }
        return try lineMagic(String(magic), String(line.dropFirst(magic.count + 1)))
      }
    case "system":
      return method(name) { [unowned self] (a) throws(PyException) in
        try a.expect(name, min: 1, max: 1)
        let status = ShellCommand.stream(
          try expand(try text(a[0])), stop: stopRequested, to: session.writeOut)
        interp.main.define("_exit_code", .int(Int(status)))
        try interp.raisePendingInterrupt()
        return .none
      }
    case "getoutput":
      return method(name) { [unowned self] (a) throws(PyException) in
        try a.expect(name, min: 1, max: 3)
        let output = ShellCommand.capture(try expand(try text(a[0])), stop: stopRequested)
        try interp.raisePendingInterrupt()
        return .object(PyList(output.split(separator: "\n").map { .str(String($0)) }))
      }
    case "user_ns":
      return .object(try userNamespace())
    default:
      return try super.getAttribute(name, interp)
    }
  }

  /// A cell timeout or Ctrl-C is waiting to be raised.
  func stopRequested() -> Bool { interp.interruptHandle.isPending }

  private func method(_ name: String, _ body: @escaping (Arguments) throws(PyException) -> Value)
    -> Value
  {
    .object(PyBuiltinFunction(name) { (a, _) throws(PyException) in try body(a) })
  }

  func text(_ v: Value) throws(PyException) -> String {
    guard let s = v.as(PyStr.self) else {
      throw .typeError("expected str, got \(v.typeName)")
    }
    return s.value
  }

  /// The user's names as a dict (a copy: assigning into it changes nothing).
  func userNamespace() throws(PyException) -> PyDict {
    let d = PyDict()
    for name in interp.main.globals.definedNames {
      if let value = interp.main.globals.value(of: name) { d.set(name, value) }
    }
    return d
  }

  /// IPython's output history after a value is displayed: `_`, `__` and `___` (the last
  /// three values) and `_N` (the value of the cell run N-th).
  func remember(_ value: Value, count: Int?) {
    let names = interp.main.globals
    if let older = names.value(of: "__") { names.set("___", older) }
    if let old = names.value(of: "_") { names.set("__", old) }
    names.set("_", value)
    if let count { names.set("_\(count)", value) }
  }

  /// `!cmd` expands `{expression}` and `$name` from the user's namespace (`$$` is a dollar
  /// sign), as IPython's `var_expand`; when an expansion fails the command runs as written.
  func expand(_ command: String) throws(PyException) -> String {
    guard command.contains("{") || command.contains("$") else { return command }
    var out = ""
    let chars = Array(command)
    var i = 0
    func value(_ expression: String) -> String? {
      guard let eval = interp.builtins["eval"],
        let v = try? interp.call(eval, Arguments([.str(expression), .object(try userNamespace())]))
      else { return nil }
      return try? interp.str(v)
    }
    while i < chars.count {
      let c = chars[i]
      if c == "$", i + 1 < chars.count, chars[i + 1] == "$" {
        out.append("$")
        i += 2
      } else if c == "$", i + 1 < chars.count, chars[i + 1] == "_" || chars[i + 1].isLetter {
        var j = i + 1
        while j < chars.count,
          chars[j] == "_" || chars[j].isLetter || chars[j].isNumber
            || (chars[j] == "." && j + 1 < chars.count && chars[j + 1].isLetter)
        {
          j += 1
        }
        guard let v = value(String(chars[(i + 1)..<j])) else { return command }
        out += v
        i = j
      } else if c == "{" {
        guard let close = chars[i...].firstIndex(of: "}"),
          let v = value(String(chars[(i + 1)..<close]))
        else { return command }
        out += v
        i = close + 1
      } else {
        out.append(c)
        i += 1
      }
    }
    return out
  }

  /// IPython's error for a magic that does not exist or a wrong use of one.
  static let usageError = PyClass.exception("UsageError", .exception, module: "IPython.core.error")

  static func usage(_ message: String) -> PyException {
    PyException(usageError, message)
  }

  /// An error as the user sees it: a UsageError as IPython shows one (its line alone), any
  /// other with its traceback.
  static func report(_ error: PyException, _ interp: Interpreter, _ renderer: TracebackRenderer)
    -> String
  {
    guard error.isInstance(of: usageError) else { return renderer.render(error, interp) }
    let message = error.args.first.flatMap { try? interp.str($0) } ?? ""
    return "UsageError: \(message)\n"
  }
}
