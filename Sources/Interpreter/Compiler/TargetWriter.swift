import Syntax

/// Where a loop or an assignment puts its value when the target is a plain name. A local's or
/// a global's slot is written in place; any other target goes through its compiled store.
/// Loops are compiled once per kind of writer (see `Compiler.compileFor`), so writing the
/// loop variable is not a closure call.
protocol TargetWriter {
  func write(_ f: Frame, _ value: Value) throws(PyException)
  /// Writes item `i` (in range) of the list or tuple `s`, which a loop walks by position.
  func write(_ f: Frame, itemAt i: Int, of s: PySequence) throws(PyException)
}

extension TargetWriter {
  @inline(__always) func write(_ f: Frame, itemAt i: Int, of s: PySequence)
    throws(PyException)
  {
    try write(f, s.items[i])
  }
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

/// A plain name's slot, local or global, written in place: for targets of several names
/// (`for i, x in ...`, `a, b = ...`), where a writer type per kind would multiply the code.
struct NameTarget: TargetWriter {
  let slot: Int
  /// The module's table for a global, nil for a local.
  let globals: Globals?

  @inline(__always) func write(_ f: Frame, _ value: Value) {
    if let globals { globals[slot] = value } else { f.slots[slot] = value }
  }
}

/// `for a, b in pairs` with plain names: a tuple or list of two items has them written in
/// place (no closure call, no items array read out); any other item is unpacked by `store`,
/// the target's compiled unpacking (its errors with it).
struct PairTarget: TargetWriter {
  let first: NameTarget
  let second: NameTarget
  let store: Compiler.StoreCode

  @inline(__always) func write(_ f: Frame, _ value: Value) throws(PyException) {
    if case .object(let o) = value, let s = Compiler.exactSequence(o, count: 2) {
      first.write(f, s.items[0])
      second.write(f, s.items[1])
      return
    }
    try store(f, value)
  }

  /// (The pair is looked at where the sequence keeps it, not copied out first: a copy bound
  /// and tested cost three retains and releases of the pair.)
  @inline(__always) func write(_ f: Frame, itemAt i: Int, of s: PySequence) throws(PyException) {
    let written =
      s.unretainedObject(at: i)?._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
        guard let pair = Compiler.exactSequence(o, count: 2) else { return false }
        first.write(f, pair.items[0])
        second.write(f, pair.items[1])
        return true
      } ?? false
    if !written { try store(f, s.items[i]) }
  }
}

extension Compiler {
  /// The slots of `targets` when each is a plain local or global name.
  func nameTargets(_ targets: [Expr]) -> [NameTarget]? {
    var names: [NameTarget] = []
    for target in targets {
      guard case .name(let name) = target.kind else { return nil }
      switch scope.locate(name) {
      case .local(let slot): names.append(NameTarget(slot: slot, globals: nil))
      case .global(let slot): names.append(NameTarget(slot: slot, globals: scope.globalsTable))
      default: return nil
      }
    }
    return names
  }
}
