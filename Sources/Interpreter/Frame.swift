/// The state of one running function, module or class body.
public final class Frame {
  var slots: [Value?]
  var cells: [PyCell]
  let globals: Globals
  /// Line of the statement being executed (for tracebacks).
  var line = 0
  var returnValue: Value = .none
  let function: PyFunction?
  let name: String
  let file: String
  /// A class body stores its names here.
  var namespace: PyDict?

  init(function: PyFunction) {
    let code = function.code
    self.function = function
    slots = [Value?](repeating: nil, count: code.slotCount)
    var cells: [PyCell] = []
    cells.reserveCapacity(code.cellCount + function.closure.count)
    for _ in 0..<code.cellCount { cells.append(PyCell()) }
    cells += function.closure
    self.cells = cells
    globals = function.globals
    name = code.name
    file = code.file
  }

  init(globals: Globals, name: String, file: String, slotCount: Int = 0, cells: [PyCell] = []) {
    function = nil
    slots = [Value?](repeating: nil, count: slotCount)
    self.cells = cells
    self.globals = globals
    self.name = name
    self.file = file
  }
}

/// How a statement finished.
enum Completion {
  case normal, breakLoop, continueLoop, returned
}

typealias ExpressionCode = (Frame) throws(PyException) -> Value
typealias StatementCode = (Frame) throws(PyException) -> Completion
