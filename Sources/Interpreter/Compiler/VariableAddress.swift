import Syntax

/// Where a variable's value lies when code runs: a local's slot in the frame, or a module
/// global's slot. Code that runs no Python code while it uses a value can look at it there,
/// neither retained nor released (nothing can rebind the variable meanwhile, so the slot keeps
/// the object alive): `counts[ch] = n`, `counts.get(ch, 0)`, `s.add(i)`, in a function or
/// in a notebook cell.
protocol VariableAddress {
  func address(in f: Frame) -> UnsafeMutablePointer<Value?>
  /// The object the variable holds, not retained; nil when it holds none.
  func unretainedObject(in f: Frame) -> Unmanaged<PyObject>?
  /// The variable's value as a dict key, when it is an int or an exact str.
  func key(in f: Frame) -> LocalKey?
}

extension VariableAddress {
  @inline(__always) func unretainedObject(in f: Frame) -> Unmanaged<PyObject>? {
    address(in: f).unretainedObject
  }
  @inline(__always) func key(in f: Frame) -> LocalKey? { LocalKey(at: address(in: f)) }
}

/// A local variable's slot. (Read through the frame's own slot accessors: read through a
/// pointer kept in a variable, the optimizer no longer left a dict's table in place during a
/// lookup, and retained its two arrays.)
struct LocalAddress: VariableAddress {
  let slot: Int
  @inline(__always) func address(in f: Frame) -> UnsafeMutablePointer<Value?> { f.slots + slot }
  @inline(__always) func unretainedObject(in f: Frame) -> Unmanaged<PyObject>? {
    f.unretainedObject(slot)
  }
  @inline(__always) func key(in f: Frame) -> LocalKey? { LocalKey(f, slot) }
}

/// A module global's slot (unbound there, a name falls back to the builtins: code that finds
/// no value takes its general path, which knows that).
struct GlobalAddress: VariableAddress {
  let globals: Globals
  let slot: Int
  @inline(__always) func address(in f: Frame) -> UnsafeMutablePointer<Value?> {
    globals.address(of: slot)
  }
}

extension UnsafeMutablePointer where Pointee == Value? {
  /// The object held here, not retained (see `VariableAddress`): through
  /// `_withUnsafeGuaranteedRef`, looking at it costs no retain and release.
  @inline(__always) var unretainedObject: Unmanaged<PyObject>? {
    guard case .object(let o)? = pointee else { return nil }
    return Unmanaged.passUnretained(o)
  }
}

extension Compiler {
  /// `e` as a variable whose value can be looked at in place: a plain local in a function, or
  /// a global at module level or declared global. nil for anything else (a cell variable, a
  /// class body's name, an expression).
  func variableAddress(_ e: Expr) -> VariableAddressKind? {
    guard case .name(let name) = e.kind, scope.kind != .classBody else { return nil }
    switch scope.locate(name) {
    case .local(let slot) where scope.kind == .function: return .local(LocalAddress(slot: slot))
    case .global(let slot): return .global(GlobalAddress(globals: scope.globalsTable, slot: slot))
    default: return nil
    }
  }
}

/// A variable's address, of one kind or the other (code is made for each kind, specialised).
enum VariableAddressKind {
  case local(LocalAddress)
  case global(GlobalAddress)
}
