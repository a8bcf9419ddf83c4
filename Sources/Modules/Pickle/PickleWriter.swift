import Interpreter
import NumKit

/// Writes Python's pickle format (protocol 4 opcodes), readable by CPython's `pickle.load`:
/// None, bools, ints, floats, str, bytes, tuples, lists, dicts, sets, numpy arrays and
/// scalars (as numpy 2 pickles them), instances of the program's classes (their attributes),
/// and classes and functions by reference. Shared and recursive containers keep their
/// sharing (the memo).
struct PickleWriter {
  private(set) var bytes: [UInt8] = []
  private let interp: Interpreter
  /// The memo index of each object written (containers, strings, instances).
  private var memo: [ObjectIdentifier: Int] = [:]
  /// The objects memoised, kept alive while their identities are used as keys.
  private var memoised: [PyObject] = []

  init(protocol version: Int, _ interp: Interpreter) {
    self.interp = interp
    // The opcodes are protocol 4's (5 adds none NumBook needs), whatever was asked for.
    bytes = [0x80, UInt8(version >= 5 ? 5 : 4)]
  }

  mutating func finish() -> [UInt8] {
    bytes.append(Op.stop)
    return bytes
  }

  mutating func write(_ value: Value) throws(PyException) {
    switch value {
    case .none: bytes.append(Op.none)
    case .bool(let b): bytes.append(b ? Op.newTrue : Op.newFalse)
    case .int(let i): writeInt(i)
    case .float(let d):
      bytes.append(Op.binFloat)
      bytes += withUnsafeBytes(of: d.bitPattern.bigEndian, Array.init)
    case .object(let o): try write(object: o)
    }
  }

  private mutating func write(object o: PyObject) throws(PyException) {
    if let index = memo[ObjectIdentifier(o)] {
      writeGet(index)
      return
    }
    switch o {
    case let s as PyStr:
      writeString(s.value)
      remember(o)
    case let b as PyByteArray:
      // Protocol 5 has an opcode for it; 4 calls `bytearray(b'...')`, as CPython writes them.
      if bytes[1] >= 5 {
        bytes.append(Op.byteArray8)
        bytes += withUnsafeBytes(of: UInt64(b.bytes.count).littleEndian, Array.init)
        bytes += b.bytes
      } else {
        writeGlobal("builtins", "bytearray")
        writeBytes(b.bytes)
        bytes += [Op.tuple1, Op.reduce]
      }
      remember(o)
    case let b as PyBytes:
      writeBytes(b.bytes)
      remember(o)
    case let z as PyComplex:
      // `complex(real, imag)`, as CPython reduces it.
      writeGlobal("builtins", "complex")
      try write(.float(z.real))
      try write(.float(z.imag))
      bytes += [Op.tuple2, Op.reduce]
      remember(o)
    case let t as PyTuple:
      try writeTuple(t.items)
      remember(o)
    case let list as PyList where list.isExactly(PyList.self):
      bytes.append(Op.emptyList)
      remember(o)
      try writeBatches(list.items, opcode: Op.appends, single: Op.append) {
        w, v throws(PyException) in
        try w.write(v)
      }
    case let dict as PyDict:
      bytes.append(Op.emptyDict)
      remember(o)
      try writeBatches(Array(dict.storage.values), opcode: Op.setItems, single: Op.setItem) {
        w, pair throws(PyException) in
        try w.write(pair.key)
        try w.write(pair.value)
      }
    case let set as PySet where set.frozen:
      // CPython's protocol 4: the items after a mark, then FROZENSET.
      bytes.append(Op.mark)
      for v in set.storage.elements { try write(v) }
      bytes.append(Op.frozenSet)
      remember(o)
    case let set as PySet:
      bytes.append(Op.emptySet)
      remember(o)
      try writeBatches(set.storage.elements, opcode: Op.addItems, single: nil) {
        w, v throws(PyException) in try w.write(v)
      }
    case let array as PyNDArray:
      try writeArray(array.array)
      remember(o)
    case let scalar as PyNumpyScalar:
      writeGlobal("numpy._core.multiarray", "scalar")
      writeDType(scalar.dtype)
      writeBytes(NPYFormat.rawBytes(scalar.array))
      bytes += [Op.tuple2, Op.reduce]
      remember(o)
    case let instance as PyInstance where type(of: instance) == PyInstance.self:
      let c = instance.instanceClass
      writeGlobal(c.moduleName, c.name)
      bytes += [Op.emptyTuple, Op.newObj]
      remember(o)
      // The class's `__getstate__` chooses the state (None: nothing to build), as in CPython.
      if c.lookup("__getstate__")?.as(PyFunction.self) != nil {
        let state = try interp.callMethod(.object(instance), "__getstate__", Arguments([]))
        if !state.isNone {
          try write(state)
          bytes.append(Op.build)
        }
        return
      }
      let state = PyDict()
      for (name, value) in zip(instance.dict.names, instance.dict.values) { state.set(name, value) }
      try write(.object(state))
      bytes.append(Op.build)
    case let c as PyClass where c.moduleName != "builtins":
      writeGlobal(c.moduleName, c.name)
      remember(o)
    case let f as PyFunction where !f.qualifiedName.contains("<"):
      let module = f.globals.value(of: "__name__").flatMap { $0.as(PyStr.self)?.value }
      writeGlobal(module ?? "__main__", f.qualifiedName)
      remember(o)
    case let f as PyFunction:
      // A lambda or a nested function has no name to look up when loading.
      let module = f.globals.value(of: "__name__").flatMap { $0.as(PyStr.self)?.value }
      throw PyException(
        PickleGlobals.picklingError,
        "Can't pickle \(try f.repr(interp)): attribute lookup \(f.qualifiedName) on \(module ?? "__main__") failed"
      )
    default:
      throw .typeError("cannot pickle '\(o.typeName)' object")
    }
  }

  private mutating func remember(_ o: PyObject) {
    memo[ObjectIdentifier(o)] = memo.count
    memoised.append(o)
    bytes.append(Op.memoize)
  }

  private mutating func writeGet(_ index: Int) {
    if index < 256 {
      bytes += [Op.binGet, UInt8(index)]
    } else {
      bytes.append(Op.longBinGet)
      bytes += withUnsafeBytes(of: UInt32(index).littleEndian, Array.init)
    }
  }

  private mutating func writeInt(_ i: Int) {
    if i >= 0 && i < 256 {
      bytes += [Op.binInt1, UInt8(i)]
    } else if i >= 0 && i < 65536 {
      bytes += [Op.binInt2, UInt8(i & 0xff), UInt8(i >> 8)]
    } else if let small = Int32(exactly: i) {
      bytes.append(Op.binInt)
      bytes += withUnsafeBytes(of: small.littleEndian, Array.init)
    } else {
      // LONG1: the shortest little-endian two's complement.
      var digits = withUnsafeBytes(of: i.littleEndian, Array.init)
      while digits.count > 1 {
        let last = digits[digits.count - 1]
        let next = digits[digits.count - 2]
        guard (last == 0 && next & 0x80 == 0) || (last == 0xff && next & 0x80 != 0) else { break }
        digits.removeLast()
      }
      bytes += [Op.long1, UInt8(digits.count)] + digits
    }
  }

  private mutating func writeString(_ s: String) {
    writeSized(Array(s.utf8), short: Op.shortBinUnicode, long: Op.binUnicode8)
  }

  private mutating func writeBytes(_ data: [UInt8]) {
    writeSized(data, short: Op.shortBinBytes, long: Op.binBytes8)
  }

  /// A length-prefixed run of bytes: a one-byte length under 256, else eight bytes.
  private mutating func writeSized(_ data: [UInt8], short: UInt8, long: UInt8) {
    if data.count < 256 {
      bytes += [short, UInt8(data.count)]
    } else {
      bytes.append(long)
      bytes += withUnsafeBytes(of: UInt64(data.count).littleEndian, Array.init)
    }
    bytes += data
  }

  private mutating func writeTuple(_ items: [Value]) throws(PyException) {
    switch items.count {
    case 0: bytes.append(Op.emptyTuple)
    case 1, 2, 3:
      for item in items { try write(item) }
      bytes.append([Op.tuple1, Op.tuple2, Op.tuple3][items.count - 1])
    default:
      bytes.append(Op.mark)
      for item in items { try write(item) }
      bytes.append(Op.tuple)
    }
  }

  /// Items in batches of 1000 between a mark and `opcode`, as CPython writes them.
  private mutating func writeBatches<T>(
    _ items: [T], opcode: UInt8, single: UInt8?,
    _ each: (inout PickleWriter, T) throws(PyException) -> Void
  ) throws(PyException) {
    if items.count == 1, let single {
      try each(&self, items[0])
      bytes.append(single)
      return
    }
    var start = 0
    while start < items.count {
      bytes.append(Op.mark)
      for item in items[start..<min(start + 1000, items.count)] { try each(&self, item) }
      bytes.append(opcode)
      start += 1000
    }
  }

  private mutating func writeGlobal(_ module: String, _ name: String) {
    writeString(module)
    writeString(name)
    bytes.append(Op.stackGlobal)
  }

  /// `numpy.dtype('f8', False, True)` with its state (version 3, byte order).
  private mutating func writeDType(_ t: DType) {
    writeGlobal("numpy", "dtype")
    writeString(NPYFormat.typeCode(t))
    bytes += [Op.newFalse, Op.newTrue, Op.tuple3, Op.reduce, Op.mark, Op.binInt1, 3]
    writeString(t.itemSize == 1 ? "|" : "<")
    bytes += [Op.none, Op.none, Op.none]
    writeInt(-1)
    writeInt(-1)
    writeInt(0)
    bytes += [Op.tuple, Op.build]
  }

  /// numpy's own form: `_reconstruct(ndarray, (0,), b'b')`, then the state
  /// `(1, shape, dtype, is_fortran, raw bytes)`.
  private mutating func writeArray(_ a: NDArray) throws(PyException) {
    writeGlobal("numpy._core.multiarray", "_reconstruct")
    writeGlobal("numpy", "ndarray")
    bytes += [Op.binInt1, 0, Op.tuple1]
    writeBytes([UInt8(ascii: "b")])
    bytes += [Op.tuple3, Op.reduce, Op.mark, Op.binInt1, 1]
    try writeTuple(a.shape.map { .int($0) })
    writeDType(a.dtype)
    bytes.append(Op.newFalse)
    writeBytes(NPYFormat.rawBytes(a))
    bytes += [Op.tuple, Op.build]
  }
}

/// The pickle opcodes NumBook reads and writes.
enum Op {
  static let mark: UInt8 = 0x28  // (
  static let stop: UInt8 = 0x2e  // .
  static let emptyTuple: UInt8 = 0x29  // )
  static let emptyList: UInt8 = 0x5d  // ]
  static let emptyDict: UInt8 = 0x7d  // }
  static let append: UInt8 = 0x61  // a
  static let appends: UInt8 = 0x65  // e
  static let setItem: UInt8 = 0x73  // s
  static let setItems: UInt8 = 0x75  // u
  static let tuple: UInt8 = 0x74  // t
  static let none: UInt8 = 0x4e  // N
  static let binInt: UInt8 = 0x4a  // J
  static let binInt1: UInt8 = 0x4b  // K
  static let binInt2: UInt8 = 0x4d  // M
  static let binFloat: UInt8 = 0x47  // G
  static let binUnicode: UInt8 = 0x58  // X
  static let binBytes: UInt8 = 0x42  // B
  static let shortBinBytes: UInt8 = 0x43  // C
  static let binString: UInt8 = 0x54  // T
  static let shortBinString: UInt8 = 0x55  // U
  static let binGet: UInt8 = 0x68  // h
  static let longBinGet: UInt8 = 0x6a  // j
  static let binPut: UInt8 = 0x71  // q
  static let longBinPut: UInt8 = 0x72  // r
  static let get: UInt8 = 0x67  // g
  static let put: UInt8 = 0x70  // p
  static let global: UInt8 = 0x63  // c
  static let reduce: UInt8 = 0x52  // R
  static let build: UInt8 = 0x62  // b
  static let int: UInt8 = 0x49  // I
  static let long: UInt8 = 0x4c  // L
  static let float: UInt8 = 0x46  // F
  static let string: UInt8 = 0x53  // S
  static let unicode: UInt8 = 0x56  // V
  static let list: UInt8 = 0x6c  // l
  static let dict: UInt8 = 0x64  // d
  static let pop: UInt8 = 0x30  // 0
  static let popMark: UInt8 = 0x31  // 1
  static let dup: UInt8 = 0x32  // 2
  static let proto: UInt8 = 0x80
  static let newObj: UInt8 = 0x81
  static let tuple1: UInt8 = 0x85
  static let tuple2: UInt8 = 0x86
  static let tuple3: UInt8 = 0x87
  static let newTrue: UInt8 = 0x88
  static let newFalse: UInt8 = 0x89
  static let long1: UInt8 = 0x8a
  static let long4: UInt8 = 0x8b
  static let shortBinUnicode: UInt8 = 0x8c
  static let binUnicode8: UInt8 = 0x8d
  static let binBytes8: UInt8 = 0x8e
  static let emptySet: UInt8 = 0x8f
  static let addItems: UInt8 = 0x90
  static let frozenSet: UInt8 = 0x91
  static let newObjEx: UInt8 = 0x92
  static let stackGlobal: UInt8 = 0x93
  static let memoize: UInt8 = 0x94
  static let frame: UInt8 = 0x95
  static let byteArray8: UInt8 = 0x96
}
