import Interpreter
import NumKit

/// Reads Python's pickle format, protocols 0 to 5, as CPython writes it for the values NumBook
/// has: None, bools, ints (64-bit), floats, str, bytes, tuples, lists, dicts, sets, numpy arrays
/// and scalars (numpy 1's and 2's forms), instances of the program's classes, and objects
/// rebuilt by calling a class or function the program can import.
struct PickleReader {
  private let data: [UInt8]
  /// How many bytes have been read (a file holding several pickles goes on after them).
  private(set) var position = 0
  private var stack: [Value] = []
  private var marks: [Int] = []
  private var memo: [Int: Value] = [:]
  private let interp: Interpreter

  init(_ data: [UInt8], _ interp: Interpreter) {
    self.data = data
    self.interp = interp
  }

  static func corrupt(_ what: String) -> PyException {
    PyException(PickleGlobals.unpicklingError, what)
  }

  mutating func read() throws(PyException) -> Value {
    while true {
      let op = try byte()
      switch op {
      case Op.proto: _ = try byte()
      case Op.frame: _ = try take(8)
      case Op.stop:
        guard let result = stack.popLast() else { throw Self.corrupt("unpickling stack underflow") }
        return result
      case Op.mark: marks.append(stack.count)
      case Op.pop: _ = try pop()
      case Op.popMark: _ = try popMark()
      case Op.dup: stack.append(try top())
      case Op.none: stack.append(.none)
      case Op.newTrue: stack.append(.bool(true))
      case Op.newFalse: stack.append(.bool(false))
      case Op.binInt1: stack.append(.int(Int(try byte())))
      case Op.binInt2: stack.append(.int(Int(try unsigned(2))))
      case Op.binInt: stack.append(.int(Int(Int32(truncatingIfNeeded: try unsigned(4)))))
      case Op.long1: stack.append(try long(Int(try byte())))
      case Op.long4: stack.append(try long(Int(try unsigned(4))))
      case Op.binFloat:
        stack.append(.float(Double(bitPattern: UInt64(bigEndian: try word(8)))))
      case Op.shortBinUnicode: stack.append(.str(try text(Int(try byte()))))
      case Op.binUnicode: stack.append(.str(try text(Int(try unsigned(4)))))
      case Op.binUnicode8: stack.append(.str(try text(Int(try unsigned(8)))))
      case Op.shortBinBytes: stack.append(.object(PyBytes(try take(Int(try byte())))))
      case Op.binBytes: stack.append(.object(PyBytes(try take(Int(try unsigned(4))))))
      case Op.binBytes8: stack.append(.object(PyBytes(try take(Int(try unsigned(8))))))
      case Op.byteArray8: stack.append(.object(PyByteArray(try take(Int(try unsigned(8))))))
      case Op.shortBinString: stack.append(.str(Self.latin1(try take(Int(try byte())))))
      case Op.binString: stack.append(.str(Self.latin1(try take(Int(try unsigned(4))))))
      case Op.int, Op.long, Op.float, Op.string, Op.unicode: stack.append(try textValue(op))
      case Op.emptyTuple: stack.append(.tuple([]))
      case Op.tuple1, Op.tuple2, Op.tuple3:
        let n = Int(op - Op.tuple1) + 1
        guard stack.count >= n else { throw Self.corrupt("unpickling stack underflow") }
        let items = Array(stack.suffix(n))
        stack.removeLast(n)
        stack.append(.tuple(items))
      case Op.tuple: stack.append(.tuple(try popMark()))
      case Op.emptyList: stack.append(.list([]))
      case Op.list: stack.append(.list(try popMark()))
      case Op.emptyDict: stack.append(.object(PyDict()))
      case Op.dict:
        let d = PyDict()
        try setItems(.object(d), try popMark())
        stack.append(.object(d))
      case Op.emptySet: stack.append(.object(PySet()))
      case Op.frozenSet:
        let s = PySet()
        s.frozen = true
        for v in try popMark() { try s.insert(v, interp) }
        stack.append(.object(s))
      case Op.append:
        let v = try pop()
        try append(to: try top(), [v])
      case Op.appends:
        let items = try popMark()
        try append(to: try top(), items)
      case Op.setItem:
        let v = try pop()
        let k = try pop()
        try setItems(try top(), [k, v])
      case Op.setItems:
        let items = try popMark()
        try setItems(try top(), items)
      case Op.addItems:
        let items = try popMark()
        guard let s = try top().as(PySet.self) else { throw Self.corrupt("ADDITEMS to a non-set") }
        for v in items { try s.insert(v, interp) }
      case Op.memoize: memo[memo.count] = try top()
      case Op.binPut: memo[Int(try byte())] = try top()
      case Op.longBinPut: memo[Int(try unsigned(4))] = try top()
      case Op.put: memo[try lineInt()] = try top()
      case Op.binGet: stack.append(try recall(Int(try byte())))
      case Op.longBinGet: stack.append(try recall(Int(try unsigned(4))))
      case Op.get: stack.append(try recall(try lineInt()))
      case Op.global:
        let module = try line()
        let name = try line()
        stack.append(try PickleGlobals.find(module, name, interp))
      case Op.stackGlobal:
        let name = try pop()
        let module = try pop()
        guard let m = module.as(PyStr.self)?.value, let n = name.as(PyStr.self)?.value else {
          throw Self.corrupt("STACK_GLOBAL requires str")
        }
        stack.append(try PickleGlobals.find(m, n, interp))
      case Op.reduce:
        let args = try pop()
        let callable = try pop()
        stack.append(try PickleGlobals.call(callable, try interp.collect(args), interp))
      case Op.newObj, Op.newObjEx:
        if op == Op.newObjEx { _ = try pop() }
        let args = try pop()
        let cls = try pop()
        stack.append(try PickleGlobals.newObject(cls, try interp.collect(args), interp))
      case Op.build:
        let state = try pop()
        let target = try top()
        if let replacement = try PickleGlobals.build(target, state, interp) {
          stack[stack.count - 1] = replacement
          for (key, value) in memo where value.isIdentical(to: target) { memo[key] = replacement }
        }
      default:
        throw Self.corrupt("invalid load key, '\\x\(String(op, radix: 16))'.")
      }
    }
  }

  // MARK: - Reading bytes

  private mutating func byte() throws(PyException) -> UInt8 {
    guard position < data.count else {
      // As CPython: an empty input ran out, a shorter one was truncated.
      if data.isEmpty { throw PyException(.eofError, "Ran out of input") }
      throw Self.corrupt("pickle data was truncated")
    }
    position += 1
    return data[position - 1]
  }

  private mutating func take(_ n: Int) throws(PyException) -> [UInt8] {
    guard n >= 0, n <= data.count - position else {
      throw Self.corrupt("pickle data was truncated")
    }
    position += n
    return Array(data[(position - n)..<position])
  }

  private mutating func word(_ n: Int) throws(PyException) -> UInt64 {
    var value: UInt64 = 0
    for (i, b) in try take(n).enumerated() { value |= UInt64(b) << (8 * UInt64(i)) }
    return value
  }

  /// A little-endian unsigned number of n bytes.
  private mutating func unsigned(_ n: Int) throws(PyException) -> UInt64 { try word(n) }

  private mutating func text(_ n: Int) throws(PyException) -> String {
    let bytes = try take(n)
    guard let s = String(validating: bytes, as: UTF8.self) else {
      throw PyException(.valueError, "'utf-8' codec can't decode bytes in the pickle")
    }
    return s
  }

  static func latin1(_ bytes: [UInt8]) -> String {
    String(String.UnicodeScalarView(bytes.map { UnicodeScalar($0) }))
  }

  /// A little-endian two's complement integer of n bytes (LONG1, LONG4).
  private mutating func long(_ n: Int) throws(PyException) -> Value {
    let bytes = try take(n)
    guard n <= 8 else {
      throw PyException(.overflowError, "integer overflow (NumBook ints are 64-bit)")
    }
    if n == 0 { return .int(0) }
    var value: UInt64 = bytes.last! & 0x80 != 0 ? UInt64.max : 0
    for (i, b) in bytes.enumerated() {
      value &= ~(UInt64(0xff) << (8 * UInt64(i)))
      value |= UInt64(b) << (8 * UInt64(i))
    }
    return .int(Int(Int64(bitPattern: value)))
  }

  private mutating func line() throws(PyException) -> String {
    var bytes: [UInt8] = []
    while true {
      let b = try byte()
      if b == 0x0a { break }
      bytes.append(b)
    }
    return Self.latin1(bytes)
  }

  private mutating func lineInt() throws(PyException) -> Int {
    let text = try line()
    guard let n = Int(text) else { throw Self.corrupt("invalid memo key") }
    return n
  }

  /// Protocol 0's text forms: INT (with 00/01 for bools), LONG, FLOAT, STRING, UNICODE.
  private mutating func textValue(_ op: UInt8) throws(PyException) -> Value {
    var text = try line()
    switch op {
    case Op.int:
      if text == "00" || text == "01" { return .bool(text == "01") }
      guard let n = Int(text) else { throw Self.corrupt("invalid INT") }
      return .int(n)
    case Op.long:
      if text.hasSuffix("L") { text.removeLast() }
      guard let n = Int(text) else {
        throw PyException(.overflowError, "integer overflow (NumBook ints are 64-bit)")
      }
      return .int(n)
    case Op.float:
      guard let d = Double(text) else { throw Self.corrupt("invalid FLOAT") }
      return .float(d)
    case Op.string:
      guard text.count >= 2, let q = text.first, q == text.last, q == "'" || q == "\"" else {
        throw Self.corrupt("the STRING opcode argument must be quoted")
      }
      return .str(Self.unescape(String(text.dropFirst().dropLast())))
    default:
      return .str(Self.unescape(text))
    }
  }

  /// Backslash escapes of protocol 0 strings: \\n \\t \\r \\\\ \\' \\xNN \\uNNNN.
  static func unescape(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var chars = Array(s.unicodeScalars)[...]
    while let c = chars.popFirst() {
      guard c == "\\", let e = chars.popFirst() else {
        out.append(c)
        continue
      }
      switch e {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "x", "u":
        let width = e == "x" ? 2 : 4
        let digits = String(String.UnicodeScalarView(chars.prefix(width)))
        chars = chars.dropFirst(width)
        if let v = UInt32(digits, radix: 16), let scalar = UnicodeScalar(v) { out.append(scalar) }
      default: out.append(e)
      }
    }
    return String(out)
  }

  // MARK: - The stack

  private mutating func pop() throws(PyException) -> Value {
    guard let v = stack.popLast() else { throw Self.corrupt("unpickling stack underflow") }
    return v
  }

  private func top() throws(PyException) -> Value {
    guard let v = stack.last else { throw Self.corrupt("unpickling stack underflow") }
    return v
  }

  private mutating func popMark() throws(PyException) -> [Value] {
    guard let mark = marks.popLast(), mark <= stack.count else {
      throw Self.corrupt("could not find MARK")
    }
    let items = Array(stack[mark...])
    stack.removeLast(stack.count - mark)
    return items
  }

  private func recall(_ index: Int) throws(PyException) -> Value {
    guard let v = memo[index] else { throw Self.corrupt("Memo value not found at index \(index)") }
    return v
  }

  private func append(to target: Value, _ items: [Value]) throws(PyException) {
    if let list = target.as(PyList.self), list.isExactly(PyList.self) {
      list.items += items
      return
    }
    for item in items { _ = try interp.callMethod(target, "append", Arguments([item])) }
  }

  private func setItems(_ target: Value, _ items: [Value]) throws(PyException) {
    guard items.count % 2 == 0 else { throw Self.corrupt("odd number of items for SETITEMS") }
    var i = 0
    while i < items.count {
      if let d = target.as(PyDict.self) {
        try d.set(items[i], items[i + 1], interp)
      } else {
        try interp.setItem(target, items[i], items[i + 1])
      }
      i += 2
    }
  }
}
