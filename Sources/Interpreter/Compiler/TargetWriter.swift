/// Where a loop or an assignment puts its value when the target is a plain name. A local's or
/// a global's slot is written in place; any other target goes through its compiled store.
/// Loops are compiled once per kind of writer (see `Compiler.compileFor`), so writing the
/// loop variable is not a closure call.
protocol TargetWriter {
  func write(_ f: Frame, _ value: Value) throws(PyException)
}

struct LocalTarget: TargetWriter {
  let slot: Int
  @inline(__always) func write(_ f: Frame, _ value: Value) throws(PyException) {
    f.slots[slot] = value
  }
}

struct GlobalTarget: TargetWriter {
  let globals: Globals
  let slot: Int
  @inline(__always) func write(_ f: Frame, _ value: Value) throws(PyException) {
    globals[slot] = value
  }
}

struct StoreTarget: TargetWriter {
  let store: Compiler.StoreCode
  @inline(__always) func write(_ f: Frame, _ value: Value) throws(PyException) {
    try store(f, value)
  }
}
