import Interpreter
import NumKit

/// What pickles name by module and name (GLOBAL, STACK_GLOBAL), and how REDUCE, NEWOBJ and
/// BUILD make objects of them: numpy's array, dtype and scalar reconstructors (numpy 1's
/// `numpy.core` and numpy 2's `numpy._core` paths), `_codecs.encode` (protocol 2 bytes),
/// `copyreg._reconstructor`, builtins, and classes and functions the program can import.
enum PickleGlobals {
  static let pickleError: PyClass = {
    let c = PyClass("PickleError", bases: [.exception])
    c.moduleName = "_pickle"
    return c
  }()
  static let picklingError: PyClass = {
    let c = PyClass("PicklingError", bases: [pickleError])
    c.moduleName = "_pickle"
    return c
  }()
  static let unpicklingError: PyClass = {
    let c = PyClass("UnpicklingError", bases: [pickleError])
    c.moduleName = "_pickle"
    return c
  }()

  /// A reconstructor the reader handles itself.
  final class Reconstructor: PyObject {
    enum Kind { case ndarray, reconstruct, dtype, scalar, fromBuffer, encode, copyreg }
    let kind: Kind
    init(_ kind: Kind) { self.kind = kind }
  }

  /// A dtype being unpickled: its type code, then its byte order from BUILD.
  final class PendingDType: PyObject {
    let dtype: DType
    var bigEndian = false
    init(_ dtype: DType) { self.dtype = dtype }
  }

  static func find(_ module: String, _ name: String, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    let numpyCore = ["numpy.core.multiarray", "numpy._core.multiarray"]
    switch (module, name) {
    case ("numpy", "ndarray"): return .object(Reconstructor(.ndarray))
    case ("numpy", "dtype"): return .object(Reconstructor(.dtype))
    case (_, "_reconstruct") where numpyCore.contains(module):
      return .object(Reconstructor(.reconstruct))
    case (_, "scalar") where numpyCore.contains(module): return .object(Reconstructor(.scalar))
    case ("numpy.core.numeric", "_frombuffer"), ("numpy._core.numeric", "_frombuffer"):
      return .object(Reconstructor(.fromBuffer))
    case ("_codecs", "encode"): return .object(Reconstructor(.encode))
    case ("copyreg", "_reconstructor"), ("copy_reg", "_reconstructor"):
      return .object(Reconstructor(.copyreg))
    case ("builtins", _), ("__builtin__", _):
      if name == "object" { return .object(PyClass.object) }
      if let v = interp.builtins[name] { return v }
    case ("__main__", _):
      if let v = interp.main.globals.value(of: name) { return v }
      throw .attributeError("Can't get attribute '\(name)' on <module '__main__'>")
    default:
      let m = try interp.importModule(module)
      var value: Value = .object(m)
      for part in name.split(separator: ".") {
        value = try interp.getAttribute(value, String(part))
      }
      return value
    }
    throw .attributeError("module '\(module)' has no attribute '\(name)'")
  }

  static func call(_ callable: Value, _ args: [Value], _ interp: Interpreter) throws(PyException)
    -> Value
  {
    guard let r = callable.as(Reconstructor.self) else {
      return try interp.call(callable, Arguments(args))
    }
    switch r.kind {
    case .reconstruct:
      // `_reconstruct(ndarray, (0,), b'b')`: an empty array that BUILD fills.
      return .object(PyNDArray(NDArray(zeros: [0], dtype: .float64)))
    case .dtype:
      guard let code = args.first?.as(PyStr.self)?.value, let t = NPYFormat.dtype(code: code) else {
        throw .typeError("data type \(args.first.map { "\($0)" } ?? "") is not supported")
      }
      return .object(PendingDType(t))
    case .scalar:
      guard args.count == 2, let t = args[0].as(PendingDType.self),
        let raw = args[1].as(PyBytes.self)
      else { throw PickleReader.corrupt("bad numpy scalar") }
      let a = try NumpyBridge.check { () throws(NumKitError) in
        try NPYFormat.array(
          raw: raw.bytes[...], dtype: t.dtype, bigEndian: t.bigEndian, shape: [], fortran: false)
      }
      return .object(PyNumpyScalar(a))
    case .fromBuffer:
      // `_frombuffer(buffer, dtype, shape, order)` (protocol 5).
      guard args.count == 4, let raw = args[0].as(PyBytes.self),
        let t = args[1].as(PendingDType.self)
      else { throw PickleReader.corrupt("bad numpy buffer") }
      let shape = try interp.collect(args[2]).map { (v) throws(PyException) -> Int in
        guard case .int(let n) = v else { throw PickleReader.corrupt("bad numpy shape") }
        return n
      }
      let fortran = args[3].as(PyStr.self)?.value == "F"
      return NumpyBridge.wrap(
        try NumpyBridge.check { () throws(NumKitError) in
          try NPYFormat.array(
            raw: raw.bytes[...], dtype: t.dtype, bigEndian: t.bigEndian, shape: shape,
            fortran: fortran)
        })
    case .encode:
      // Protocol 2's bytes: `_codecs.encode(text, 'latin1')`.
      guard let text = args.first?.as(PyStr.self)?.value else {
        throw PickleReader.corrupt("bad encoded bytes")
      }
      return .object(PyBytes(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
    case .copyreg:
      guard let cls = args.first else { throw PickleReader.corrupt("bad _reconstructor") }
      return try newObject(cls, [], interp)
    case .ndarray:
      throw PickleReader.corrupt("numpy.ndarray called directly")
    }
  }

  /// `cls.__new__(cls, *args)`: an instance of the program's class without `__init__`.
  static func newObject(_ cls: Value, _ args: [Value], _ interp: Interpreter) throws(PyException)
    -> Value
  {
    guard let c = cls.as(PyClass.self), c.moduleName != "builtins" else {
      return try interp.call(cls, Arguments(args))
    }
    return .object(PyInstance(c))
  }

  /// BUILD: the state of an array, a dtype, or an instance. An array comes back as a new
  /// object that takes the place of the empty one `_reconstruct` made (arrays are immutable
  /// headers); other targets change in place and give nil.
  static func build(_ target: Value, _ state: Value, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    if target.as(PyNDArray.self) != nil {
      // (version, shape, dtype, is_fortran, raw bytes or a list of objects)
      let parts = try interp.collect(state)
      guard parts.count == 5, let t = parts[2].as(PendingDType.self) else {
        throw PickleReader.corrupt("bad numpy array state")
      }
      let shape = try interp.collect(parts[1]).map { (v) throws(PyException) -> Int in
        guard case .int(let n) = v else { throw PickleReader.corrupt("bad numpy shape") }
        return n
      }
      let raw: [UInt8]
      if let b = parts[4].as(PyBytes.self) {
        raw = b.bytes
      } else if let s = parts[4].as(PyStr.self) {
        raw = s.value.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
      } else {
        throw .typeError("numpy arrays of Python objects cannot be unpickled")
      }
      let fortran = try interp.isTruthy(parts[3])
      let array = try NumpyBridge.check { () throws(NumKitError) in
        try NPYFormat.array(
          raw: raw[...], dtype: t.dtype, bigEndian: t.bigEndian, shape: shape, fortran: fortran)
      }
      return .object(PyNDArray(array))
    }
    if let t = target.as(PendingDType.self) {
      let parts = try interp.collect(state)
      t.bigEndian = parts.count > 1 && parts[1].as(PyStr.self)?.value == ">"
      return nil
    }
    if let instance = target.as(PyInstance.self) {
      if let setstate = instance.instanceClass.lookup("__setstate__") {
        _ = try interp.call(setstate, Arguments([target, state]))
        return nil
      }
      // A dict of attributes, or (dict, slots dict).
      var dicts = [state]
      if let pair = state.as(PyTuple.self), pair.items.count == 2 { dicts = pair.items }
      for d in dicts {
        guard let attributes = d.as(PyDict.self) else { continue }
        for (key, value) in zip(attributes.keys, attributes.values) {
          guard let name = key.as(PyStr.self)?.value else { continue }
          instance.dict[name] = value
        }
      }
      return nil
    }
    _ = try interp.callMethod(target, "__setstate__", Arguments([state]))
    return nil
  }
}
