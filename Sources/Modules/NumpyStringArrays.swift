import Interpreter
import NumKit

/// numpy functions on strings: `np.array(['a', 'b'])` and `dtype=str`, `astype(str)`, and
/// `where`, `unique`, `sort`, `argsort`, `concatenate`, `full`, `asarray` when their data
/// are strings. Each wraps numpy's numeric function, which still does everything else.
enum StringArrays {
  /// The width a `dtype=` asks for: nil when it is not a string type, 0 for a flexible one
  /// (`str`, `'U'`), n for `'<Un'` / `'Un'`.
  static func requestedWidth(_ v: Value?) -> Int? {
    guard let v, !v.isNone else { return nil }
    if let c = v.as(PyClass.self) { return c === PyClass.str ? 0 : nil }
    if let d = v.as(PyStrDType.self) { return d.width }
    guard var s = v.as(PyStr.self)?.value else { return nil }
    if s == "str" || s == "unicode" { return 0 }
    if s.hasPrefix("<") { s.removeFirst() }
    guard s.first == "U" else { return nil }
    s.removeFirst()
    return s.isEmpty ? 0 : Int(s)
  }

  /// Positions that sort `items` by code point (stable, as numpy's order for equal strings).
  static func order(_ items: [String]) -> [Int] {
    let keys = items.map { Array($0.unicodeScalars.map(\.value)) }
    return items.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
  }

  /// The text numpy gives a number in a string array (its `str`), and the width numpy
  /// reserves for the number's type.
  static func text(of v: Value, _ interp: Interpreter) throws(PyException) -> (String, Int) {
    switch v.scalarValue {
    case .bool(let b): return (b ? "True" : "False", 5)
    case .int: return (try interp.str(v), 21)
    case .float: return (try interp.str(v), 32)
    default: return (try interp.str(v), 0)
    }
  }

  /// A numeric array as strings (`astype(str)`, `np.array(numbers, dtype=str)`).
  static func fromNumbers(_ a: NDArray, width: Int, _ interp: Interpreter) throws(PyException)
    -> PyStrArray
  {
    var items: [String] = []
    var natural = 1
    for i in 0..<a.size {
      let (s, w) = try text(of: NumpyBridge.wrap(Indexing.flatElement(a, i)), interp)
      items.append(s)
      natural = max(natural, w)
    }
    let width = width > 0 ? width : natural
    return PyStrArray(
      items.map { PyStrArray.fitted($0, width: width) }, shape: a.shape, width: width)
  }

  /// Whether nested lists hold a str anywhere (a scan of references, nothing formatted).
  static func containsString(_ v: Value) -> Bool {
    if v.as(PyStr.self) != nil { return true }
    guard let list = v.as(PySequence.self) else { return false }
    return list.items.contains(where: containsString)
  }

  /// Nested lists holding at least one str (or any values, when a string dtype is asked
  /// for) as a string array; nil when the data are not strings.
  static func make(_ v: Value, width requested: Int?, _ interp: Interpreter) throws(PyException)
    -> PyStrArray?
  {
    if let s = v.as(PyStrArray.self) {
      let width = requested.flatMap { $0 > 0 ? $0 : nil } ?? s.width
      return PyStrArray(
        s.items.map { PyStrArray.fitted($0, width: width) }, shape: s.shape, width: width)
    }
    if let a = v.as(PyNDArray.self) {
      guard let width = requested else { return nil }
      return try fromNumbers(a.array, width: width, interp)
    }
    guard requested != nil || containsString(v) else { return nil }
    var shape: [Int] = []
    var probe = v
    while let list = probe.as(PySequence.self) {
      shape.append(list.items.count)
      guard let first = list.items.first else { break }
      probe = first
    }
    var items: [String] = []
    var natural = 1
    func walk(_ x: Value, _ depth: Int) throws(PyException) {
      if depth == shape.count {
        if let s = x.as(PyStr.self) {
          items.append(s.value)
          natural = max(natural, s.value.unicodeScalars.count)
        } else {
          // numpy reserves its type's width for a number among strings, but measures the
          // text when a string dtype converts numbers.
          let (s, w) = try text(of: x, interp)
          items.append(s)
          natural = max(natural, requested == nil ? w : 1, s.unicodeScalars.count)
        }
        return
      }
      guard let list = x.as(PySequence.self), list.items.count == shape[depth] else {
        throw .valueError(
          "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(ShapeText.tuple(Array(shape[..<depth]))) + inhomogeneous part."
        )
      }
      for item in list.items { try walk(item, depth + 1) }
    }
    try walk(v, 0)
    let width = requested.flatMap { $0 > 0 ? $0 : nil } ?? natural
    return PyStrArray(items.map { PyStrArray.fitted($0, width: width) }, shape: shape, width: width)
  }

  /// `astype(t)` of a string array: another width, or numbers parsed as Python parses them.
  static func cast(_ a: PyStrArray, to t: Value, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    if let w = requestedWidth(t) { return .object(try make(.object(a), width: w, interp)!) }
    guard let dtype = try NumpyModule.dtypeArgument(t) else { return .object(a) }
    let parse: Value
    switch dtype {
    case .float32, .float64: parse = .object(PyClass.float)
    case .int32, .int64, .uint8: parse = .object(PyClass.int)
    case .bool:
      let out = NDArray(a.items.map { $0.isEmpty ? 0.0 : 1 }, shape: a.shape, dtype: .bool)
      return .object(PyNDArray(out))
    }
    var numbers: [Double] = []
    var ints: [Int] = []
    for s in a.items {
      let v: Value
      do throws(PyException) {
        v = try interp.call(parse, Arguments([.str(s)]))
      } catch {
        // numpy names the item as the numpy string it is.
        let quoted = PyStr.repr(s)
        let message = error.message(interp)
        guard message.hasSuffix(quoted) else { throw error }
        throw PyException(
          error.pyClass, String(message.dropLast(quoted.count)) + "np.str_(\(quoted))")
      }
      switch v {
      case .int(let n):
        ints.append(n)
        numbers.append(Double(n))
      case .float(let d): numbers.append(d)
      default: numbers.append(0)
      }
    }
    let out =
      dtype.isInteger
      ? NDArray(ints, shape: a.shape, dtype: dtype) : NDArray(numbers, shape: a.shape, dtype: dtype)
    return .object(PyNDArray(out))
  }

  /// A value as a string array, if it is one (a str, a string array, a list of strs).
  static func strings(_ v: Value, _ interp: Interpreter) throws(PyException) -> PyStrArray? {
    if let s = v.as(PyStr.self) { return PyStrArray([s.value], shape: []) }
    if let a = v.as(PyStrArray.self) { return a }
    if v.as(PySequence.self) != nil { return try make(v, width: nil, interp) }
    return nil
  }

  /// numpy's broadcast of several shapes, or its error.
  static func broadcast(_ shapes: [[Int]]) throws(PyException) -> [Int] {
    let n = shapes.map(\.count).max() ?? 0
    var out = Array(repeating: 1, count: n)
    for s in shapes {
      for (k, d) in s.enumerated() {
        let axis = n - s.count + k
        if out[axis] == 1 {
          out[axis] = d
        } else if d != 1 && d != out[axis] {
          throw .valueError(
            "operands could not be broadcast together with shapes "
              + shapes.map { ShapeText.tuple($0) }.joined(separator: " ") + " ")
        }
      }
    }
    return out
  }

  /// The flat position in an array of `shape` of each position of the broadcast `result`.
  static func positions(of shape: [Int], in result: [Int]) -> [Int] {
    let strides = NDArray.contiguousStrides(shape)
    let pad = result.count - shape.count
    let total = result.reduce(1, *)
    var out: [Int] = []
    out.reserveCapacity(total)
    var index = Array(repeating: 0, count: result.count)
    for _ in 0..<total {
      var p = 0
      for (k, d) in shape.enumerated() where d != 1 { p += index[pad + k] * strides[k] }
      out.append(p)
      var axis = result.count - 1
      while axis >= 0 {
        index[axis] += 1
        if index[axis] < result[axis] { break }
        index[axis] = 0
        axis -= 1
      }
    }
    return out
  }

  static func install(in m: PyModule) {
    func wrap(
      _ name: String, _ handler: @escaping (Arguments, Interpreter) throws(PyException) -> Value?
    ) {
      guard let original = m.globals.value(of: name) else { return }
      m.define(name) { (a, interp) throws(PyException) in
        if let v = try handler(a, interp) { return v }
        return try interp.call(original, a)
      }
    }
    // np.array / np.asarray: numbers take numpy's own path untouched; a str among them
    // comes back as its refusal, and only then are the data read as strings.
    for name in ["array", "asarray"] {
      guard let original = m.globals.value(of: name) else { continue }
      m.define(name) { (a, interp) throws(PyException) in
        guard let data = a.positional.first else { return try interp.call(original, a) }
        let dtype = a.keyword("dtype") ?? (a.positional.count > 1 ? a.positional[1] : nil)
        if let width = requestedWidth(dtype) {
          return .object(try make(data, width: width, interp)!)
        }
        if let strings = data.as(PyStrArray.self) {
          return name == "asarray" ? data : .object(try make(.object(strings), width: nil, interp)!)
        }
        do throws(PyException) {
          return try interp.call(original, a)
        } catch {
          guard error.message(interp) == NumpyBridge.stringElementRefusal,
            let strings = try make(data, width: nil, interp)
          else { throw error }
          return .object(strings)
        }
      }
    }
    wrap("where") { (a, interp) throws(PyException) in
      guard a.positional.count == 3 else { return nil }
      let (x, y) = (a.positional[1], a.positional[2])
      guard
        x.as(PyStr.self) != nil || y.as(PyStr.self) != nil || x.as(PyStrArray.self) != nil
          || y.as(PyStrArray.self) != nil
      else { return nil }
      let condition = try NumpyFunctions.array(a.positional[0], interp)
      func side(_ v: Value) throws(PyException) -> PyStrArray {
        if let s = try strings(v, interp) { return s }
        return try fromNumbers(try NumpyFunctions.array(v, interp), width: 0, interp)
      }
      let (xs, ys) = (try side(x), try side(y))
      let shape = try broadcast([condition.shape, xs.shape, ys.shape])
      let (pc, px, py) = (
        positions(of: condition.shape, in: shape), positions(of: xs.shape, in: shape),
        positions(of: ys.shape, in: shape)
      )
      let items = (0..<pc.count).map {
        condition.bool(at: pc[$0]) ? xs.items[px[$0]] : ys.items[py[$0]]
      }
      return .object(PyStrArray(items, shape: shape, width: max(xs.width, ys.width)))
    }
    wrap("unique") { (a, interp) throws(PyException) in
      guard let data = a.positional.first, let s = try strings(data, interp), !s.shape.isEmpty
      else { return nil }
      let sorted = order(s.items)
      var uniques: [Int] = []
      var counts: [Int] = []
      var inverse = Array(repeating: 0, count: s.size)
      for p in sorted {
        if let last = uniques.last, s.items[last] == s.items[p] {
          counts[counts.count - 1] += 1
        } else {
          uniques.append(p)
          counts.append(1)
        }
        inverse[p] = uniques.count - 1
      }
      var out: [Value] = [
        .object(PyStrArray(uniques.map { s.items[$0] }, shape: [uniques.count], width: s.width))
      ]
      func flag(_ name: String) throws(PyException) -> Bool {
        guard let v = a.keyword(name) else { return false }
        return try interp.isTruthy(v)
      }
      if try flag("return_index") {
        out.append(.object(PyNDArray(NDArray(uniques, shape: [uniques.count]))))
      }
      if try flag("return_inverse") {
        out.append(.object(PyNDArray(NDArray(inverse, shape: s.shape))))
      }
      if try flag("return_counts") {
        out.append(.object(PyNDArray(NDArray(counts, shape: [counts.count]))))
      }
      return out.count == 1 ? out[0] : .tuple(out)
    }
    wrap("sort") { (a, interp) throws(PyException) in
      guard let data = a.positional.first, let s = try strings(data, interp), s.shape.count == 1
      else { return nil }
      return .object(PyStrArray(order(s.items).map { s.items[$0] }, shape: s.shape, width: s.width))
    }
    wrap("argsort") { (a, interp) throws(PyException) in
      guard let data = a.positional.first, let s = try strings(data, interp), s.shape.count == 1
      else { return nil }
      return .object(PyNDArray(NDArray(order(s.items), shape: s.shape)))
    }
    wrap("concatenate") { (a, interp) throws(PyException) in
      guard let parts = a.positional.first?.as(PySequence.self)?.items, !parts.isEmpty,
        parts.contains(where: { $0.as(PyStrArray.self) != nil })
      else { return nil }
      var arrays: [PyStrArray] = []
      for p in parts {
        guard let s = try strings(p, interp) else {
          arrays.append(try fromNumbers(try NumpyFunctions.array(p, interp), width: 0, interp))
          continue
        }
        arrays.append(s)
      }
      let tail = Array(arrays[0].shape.dropFirst())
      guard !arrays[0].shape.isEmpty, arrays.allSatisfy({ Array($0.shape.dropFirst()) == tail })
      else {
        throw .valueError(
          "all the input array dimensions except for the concatenation axis must match exactly")
      }
      let rows = arrays.map { $0.shape[0] }.reduce(0, +)
      return .object(
        PyStrArray(arrays.flatMap(\.items), shape: [rows] + tail, width: arrays.map(\.width).max()!)
      )
    }
    wrap("full") { (a, interp) throws(PyException) in
      guard a.positional.count >= 2, let fill = a.positional[1].as(PyStr.self)?.value else {
        return nil
      }
      var shape: [Int] = []
      for d in a.positional[0].as(PySequence.self)?.items ?? [a.positional[0]] {
        guard case .int(let n) = d.asIndexLike, n >= 0 else { return nil }
        shape.append(n)
      }
      return .object(PyStrArray(Array(repeating: fill, count: shape.reduce(1, *)), shape: shape))
    }
  }
}
