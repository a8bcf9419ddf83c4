/// Methods of `list`, `tuple`, `dict` and `set`.
enum ContainerMethods {
  static func install() {
    installList()
    installDict()
    installProtocolMethods()
    let t = PyClass.tuple
    t.method("count") { (a, interp) throws(PyException) in
      var n = 0
      for item in try a.receiver(PyTuple.self, "tuple").items where try interp.equals(item, a[1]) {
        n += 1
      }
      return .int(n)
    }
    t.method("index") { (a, interp) throws(PyException) in
      let items = try a.receiver(PyTuple.self, "tuple").items
      if let i = try ContainerMethods.position(in: items, a, interp) { return .int(i) }
      throw .valueError("tuple.index(x): x not in tuple")
    }
    let s = PyClass.set
    s.method(
      "add", messageName: "set.add",
      fixed: FixedArityEntries(two: { (set, item, interp) throws(PyException) in
        try set.receiver(PySet.self, "set").insert(item, interp)
        return .none
      }))
    s.method(
      "discard", messageName: "set.discard",
      fixed: FixedArityEntries(two: { (set, item, interp) throws(PyException) in
        try set.receiver(PySet.self, "set").discard(item, interp)
        return .none
      }))
    s.method("remove") { (a, interp) throws(PyException) in
      guard try a.receiver(PySet.self, "set").discard(try a[1], interp) else {
        throw .keyError(try a[1])
      }
      return .none
    }
  }

  private static func installList() {
    let c = PyClass.list
    func list(_ a: Arguments) throws(PyException) -> PyList { try a.receiver(PyList.self, "list") }
    c.method("append") { (a, _) throws(PyException) in
      try a.expectMethod("list.append", min: 1, max: 1)
      try list(a).items.append(try a[1])
      return .none
    }
    func listOf(_ v: Value) throws(PyException) -> PyList { try v.receiver(PyList.self, "list") }
    c.method(
      "extend", messageName: "list.extend",
      fixed: FixedArityEntries(two: { (l, items, interp) throws(PyException) in
        let l = try listOf(l)
        if let other = items.as(PyList.self) {
          l.items += other.items
        } else {
          l.items += try interp.collect(items)
        }
        return .none
      }))
    c.method(
      "insert",
      fixed: FixedArityEntries(three: { (l, index, item, _) throws(PyException) in
        let l = try listOf(l)
        var i = try Arguments.index(index)
        if i < 0 { i = max(0, i + l.items.count) }
        l.items.insert(item, at: min(i, l.items.count))
        return .none
      }))
    func pop(_ l: Value, _ index: Value?) throws(PyException) -> Value {
      let l = try listOf(l)
      guard !l.items.isEmpty else { throw .indexError("pop from empty list") }
      var i =
        try index.map { (v) throws(PyException) in try Arguments.index(v) } ?? l.items.count - 1
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw .indexError("pop index out of range") }
      return l.items.remove(at: i)
    }
    c.method(
      "pop", messageName: "list.pop",
      fixed: FixedArityEntries(
        one: { (l, _) throws(PyException) in try pop(l, nil) },
        two: { (l, index, _) throws(PyException) in try pop(l, index) }))
    c.method("remove") { (a, interp) throws(PyException) in
      try a.expectMethod("list.remove", min: 1, max: 1)
      let l = try list(a)
      for (i, item) in l.items.enumerated() where try interp.equals(item, a[1]) {
        l.items.remove(at: i)
        return .none
      }
      throw .valueError("list.remove(x): x not in list")
    }
    c.method("index") { (a, interp) throws(PyException) in
      if let i = try ContainerMethods.position(in: try list(a).items, a, interp) { return .int(i) }
      throw .valueError("\(try interp.repr(a[1])) is not in list")
    }
    c.method("count") { (a, interp) throws(PyException) in
      try a.expectMethod("list.count", min: 1, max: 1)
      var n = 0
      for item in try list(a).items where try interp.equals(item, a[1]) { n += 1 }
      return .int(n)
    }
    c.method("reverse") { (a, _) throws(PyException) in
      try list(a).items.reverse()
      return .none
    }
    c.method("clear") { (a, _) throws(PyException) in
      try list(a).items.removeAll()
      return .none
    }
    c.method("copy") { (a, _) throws(PyException) in .list(try list(a).items) }
    c.method("sort") { (a, interp) throws(PyException) in
      let l = try list(a)
      if a.count > 1 { throw .typeError("sort() takes no positional arguments") }
      l.items = try Sorting.sorted(
        l.items, key: a.keyword("key"),
        reverse: try interp.isTruthy(a.keyword("reverse") ?? .bool(false)),
        interp)
      return .none
    }
  }

  private static func installDict() {
    let c = PyClass.dict
    func dict(_ a: Arguments) throws(PyException) -> PyDict { try a.receiver(PyDict.self, "dict") }
    for (name, kind) in [("keys", PyDictView.Kind.keys), ("values", .values), ("items", .items)] {
      c.method(
        name,
        fixed: FixedArityEntries(one: { (d, _) throws(PyException) in
          .object(PyDictView(try d.receiver(PyDict.self, "dict"), kind))
        }))
    }
    c.method(
      "get",
      fixed: FixedArityEntries(
        two: { (d, key, interp) throws(PyException) in
          try d.receiver(PyDict.self, "dict").get(key, interp) ?? .none
        },
        three: { (d, key, fallback, interp) throws(PyException) in
          try d.receiver(PyDict.self, "dict").get(key, interp) ?? fallback
        }))
    c.method("pop") { (a, interp) throws(PyException) in
      let d = try dict(a)
      if let v = d.removeValue(forKey: try HashKey.from(a[1], interp)) { return v.value }
      if a.count > 2 { return try a[2] }
      throw .keyError(try a[1])
    }
    c.method("setdefault") { (a, interp) throws(PyException) in
      let d = try dict(a)
      if let v = try d.get(a[1], interp) { return v }
      let v = a.count > 2 ? try a[2] : .none
      try d.set(a[1], v, interp)
      return v
    }
    c.method("update") { (a, interp) throws(PyException) in
      let d = try dict(a)
      if a.count > 1 { try d.update(from: a[1], interp) }
      for (k, v) in a.keywords { d.set(k, v) }
      return .none
    }
    c.method("clear") { (a, _) throws(PyException) in
      try dict(a).storage.removeAll()
      return .none
    }
    c.method("copy") { (a, _) throws(PyException) in
      let d = PyDict()
      d.storage = try dict(a).storage
      return .object(d)
    }
    c.method("popitem") { (a, _) throws(PyException) in
      let d = try dict(a)
      guard let last = d.storage.values.last else {
        throw .keyError(.str("popitem(): dictionary is empty"))
      }
      d.storage.removeLast()
      return .tuple([last.key, last.value])
    }
    // dict.fromkeys(iterable, value=None): a class method, callable on dict or an instance.
    c.classMethod("fromkeys") { (a, interp) throws(PyException) in
      try a.expectMethod("fromkeys", min: 1, max: 2)
      let d = PyDict()
      let value = a.count > 2 ? try a[2] : .none
      for key in try interp.collect(a[1]) { try d.set(key, value, interp) }
      return .object(d)
    }
  }

  /// `__len__`, `__contains__` and `__getitem__` called by name on the built-in containers.
  private static func installProtocolMethods() {
    for c in [PyClass.list, .tuple, .dict, .set, .str, .range] {
      c.method("__len__") { (a, interp) throws(PyException) in
        try a.expectSlot("__len__", 0)
        guard case .object(let o) = try a[0] else { return .int(0) }
        return .int(try o.length(interp))
      }
      c.method("__contains__") { (a, interp) throws(PyException) in
        try a.expectMethod("__contains__", min: 1, max: 1)
        return .bool(try interp.contains(a[0], a[1]))
      }
      guard c !== PyClass.set else { continue }
      c.method("__getitem__") { (a, interp) throws(PyException) in
        try a.expectMethod("__getitem__", min: 1, max: 1)
        return try interp.getItem(a[0], a[1])
      }
    }
  }
}

/// `dict.keys()`, `.values()`, `.items()`: live views printed as `dict_keys([...])`.
final class PyDictView: PyObject {
  enum Kind: String { case keys, values, items }
  let dict: PyDict
  let kind: Kind

  init(_ dict: PyDict, _ kind: Kind) {
    self.dict = dict
    self.kind = kind
  }

  var items: [Value] {
    switch kind {
    case .keys: return dict.keys
    case .values: return dict.values
    case .items: return dict.storage.values.map { .tuple([$0.key, $0.value]) }
    }
  }

  override var pyClass: PyClass { PyDictView.classes[kind]! }
  static let classes: [Kind: PyClass] = [
    .keys: PyClass("dict_keys", bases: [.object]),
    .values: PyClass("dict_values", bases: [.object]),
    .items: PyClass("dict_items", bases: [.object]),
  ]

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "dict_\(kind.rawValue)(\(try PyList(items).repr(interp)))"
  }
  override func length(_ interp: Interpreter) throws(PyException) -> Int { dict.storage.count }
  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    kind == .items ? DictItemIterator(dict) : DictIterator(dict, values: kind == .values)
  }
  override func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    if kind == .keys { return try dict.contains(value, interp) }
    return try PyList(items).contains(value, interp)
  }

  // Keys and items views are set-like: `d.keys() == {"a", "b"}`, `d.keys() & other`.

  private var isSetLike: Bool { kind != .values }

  private func asSet(_ interp: Interpreter) throws(PyException) -> PySet {
    try PyDictView.newSet(.object(self), interp)
  }

  /// A new set of an operand's elements, as CPython's `dictviews_to_set`: a keys view's set
  /// is made from its dict (sized for it first), anything else's by iterating it.
  private static func newSet(_ v: Value, _ interp: Interpreter) throws(PyException) -> PySet {
    var source = v
    if let view = v.as(PyDictView.self), view.kind == .keys { source = .object(view.dict) }
    return PySet(try SetAlgebra.table(of: source, interp), frozen: false)
  }

  /// The other operand of a set operation: a set, a set-like view, or any iterable (else
  /// Python's "'int' object is not iterable").
  private static func setOperand(_ v: Value, _ interp: Interpreter) throws(PyException) -> PySet {
    if let set = v.as(PySet.self) { return set }
    return try newSet(v, interp)
  }

  /// `view | x`, `x - view`, ...: a new set of the left operand, updated in place by the
  /// right one; `&` as `_PyDictView_Intersect`.
  override func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard isSetLike, [.bitOr, .bitAnd, .subtract, .bitXor].contains(op) else { return nil }
    if op == .bitAnd { return .object(try intersection(other, interp)) }
    let (left, right) = reflected ? (other, Value.object(self)) : (.object(self), other)
    let result = try PyDictView.newSet(left, interp)
    let operand = try SetAlgebra.operand(right, interp)
    switch op {
    case .bitOr: SetAlgebra.update(result, operand)
    case .subtract: SetAlgebra.differenceUpdate(result, operand)
    default: SetAlgebra.symmetricDifferenceUpdate(result, operand)
    }
    return .object(result)
  }

  /// A set (not frozenset) at least as large answers through its `intersection`; otherwise
  /// the other operand (the smaller, of two views) is walked and looked up in this view.
  private func intersection(_ other: Value, _ interp: Interpreter) throws(PyException) -> PySet {
    if let set = other.as(PySet.self), !set.frozen, items.count <= set.storage.count {
      let mine = try SetAlgebra.operand(.list(items), interp)
      return PySet(SetAlgebra.intersection(set, mine), frozen: false)
    }
    var (searched, walked) = (self, other)
    if let view = other.as(PyDictView.self), view.isSetLike, view.items.count > items.count {
      (searched, walked) = (view, .object(self))
    }
    let result = PySet()
    for item in try interp.collect(walked) where try searched.contains(item, interp) {
      try result.insert(item, interp)
    }
    return result
  }

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard isSetLike, other.as(PySet.self) != nil || other.as(PyDictView.self)?.isSetLike == true
    else { return try super.compare(op, other, interp) }
    return try asSet(interp).compare(op, .object(PyDictView.setOperand(other, interp)), interp)
  }
}

/// A stable merge sort whose comparison may raise (Python's `<` on values).
enum Sorting {
  static func sorted(_ items: [Value], key: Value?, reverse: Bool, _ interp: Interpreter)
    throws(PyException) -> [Value]
  {
    let keys: [Value]
    if let key, !key.isNone {
      keys = try items.map { (v) throws(PyException) in try interp.call(key, with: v) }
    } else {
      // Ints or floats that are their own keys are sorted as they are (a stable sort keeps
      // equal floats such as 0.0 and -0.0 in their order).
      if let sorted = sortedNumbers(items, reverse: reverse) { return sorted }
      keys = items
    }
    if let order = typedOrder(keys, reverse: reverse) { return order.map { items[$0] } }
    var order = Array(items.indices)
    var buffer = order
    func less(_ i: Int, _ j: Int) throws(PyException) -> Bool {
      if reverse { return try interp.isTruthy(interp.compare(keys[j], .less, keys[i])) }
      return try interp.isTruthy(interp.compare(keys[i], .less, keys[j]))
    }
    var width = 1
    while width < order.count {
      var start = 0
      while start < order.count {
        let mid = min(start + width, order.count)
        let end = min(start + 2 * width, order.count)
        var i = start
        var j = mid
        var k = start
        while i < mid && j < end {
          if try less(order[j], order[i]) {
            buffer[k] = order[j]
            j += 1
          } else {
            buffer[k] = order[i]
            i += 1
          }
          k += 1
        }
        while i < mid {
          buffer[k] = order[i]
          i += 1
          k += 1
        }
        while j < end {
          buffer[k] = order[j]
          j += 1
          k += 1
        }
        start += 2 * width
      }
      swap(&order, &buffer)
      width *= 2
    }
    return order.map { items[$0] }
  }

  /// `items` sorted when they are all ints or all floats (none NaN); nil otherwise.
  private static func sortedNumbers(_ items: [Value], reverse: Bool) -> [Value]? {
    if isInOrder(items, reverse: reverse) { return items }
    // (Descending orders come from the ascending sort, not `sort(by: >)`, which compared
    // through a closure at three times the cost: equal ints are alike, so reversing keeps
    // stability; floats are sorted negated, which keeps 0.0 and -0.0 in their order.)
    if var ints = allInts(items) {
      ints.sort()
      return reverse ? ints.reversed().map { .int($0) } : ints.map { .int($0) }
    }
    if var floats = allFloats(items) {
      if reverse {
        for i in floats.indices { floats[i] = -floats[i] }
        floats.sort()
        return floats.map { .float(-$0) }
      }
      floats.sort()
      return floats.map { .float($0) }
    }
    return nil
  }

  /// Whether `values` are all ints or all floats (none NaN) already in the order asked for
  /// (each at most the next, or at least it when `reverse`): the sorted list is then the same
  /// one, equal items in their order, found in one pass without copying them out (a list
  /// sorted again, or built in order, is common).
  private static func isInOrder(_ values: [Value], reverse: Bool) -> Bool {
    values.withUnsafeBufferPointer { v in
      guard v.count > 1 else { return v.count == 1 && isNumber(v[0]) }
      switch v[0] {
      case .int(var previous):
        for i in 1..<v.count {
          guard case .int(let x) = v[i], reverse ? x <= previous : x >= previous else {
            return false
          }
          previous = x
        }
        return true
      case .float(var previous):
        guard !previous.isNaN else { return false }
        for i in 1..<v.count {
          // (A NaN fails both comparisons.)
          guard case .float(let x) = v[i], reverse ? x <= previous : x >= previous else {
            return false
          }
          previous = x
        }
        return true
      default:
        return false
      }
    }
  }

  /// Whether `value` is an int or a float other than NaN.
  private static func isNumber(_ value: Value) -> Bool {
    switch value {
    case .int: return true
    case .float(let x): return !x.isNaN
    default: return false
    }
  }

  /// The ints of `values` when every one is an int.
  private static func allInts(_ values: [Value]) -> [Int]? {
    guard case .int? = values.first else { return nil }
    var ints: [Int] = []
    ints.reserveCapacity(values.count)
    for value in values {
      guard case .int(let i) = value else { return nil }
      ints.append(i)
    }
    return ints
  }

  /// The floats of `values` when every one is a float and none is NaN.
  private static func allFloats(_ values: [Value]) -> [Double]? {
    guard case .float? = values.first else { return nil }
    var floats: [Double] = []
    floats.reserveCapacity(values.count)
    for value in values {
      guard case .float(let d) = value, !d.isNaN else { return nil }
      floats.append(d)
    }
    return floats
  }

  /// The sorted order of keys that are all ints, all floats (none NaN) or all strs, compared
  /// as Swift values (the library's sort is stable, as Python's is); nil for any other keys.
  private static func typedOrder(_ keys: [Value], reverse: Bool) -> [Int]? {
    guard let first = keys.first else { return [] }
    var order = Array(keys.indices)
    if let ints = allInts(keys) {
      if reverse { order.sort { ints[$0] > ints[$1] } } else { order.sort { ints[$0] < ints[$1] } }
      return order
    }
    if let floats = allFloats(keys) {
      if reverse {
        order.sort { floats[$0] > floats[$1] }
      } else {
        order.sort { floats[$0] < floats[$1] }
      }
      return order
    }
    guard case .object = first else { return nil }
    var texts: [String] = []
    texts.reserveCapacity(keys.count)
    for key in keys {
      guard case .object(let o) = key, o.isExactly(PyStr.self) else { return nil }
      texts.append(unsafeDowncast(o, to: PyStr.self).value)
    }
    // Code point order is UTF-8 byte order.
    if reverse {
      order.sort { texts[$1].utf8.lexicographicallyPrecedes(texts[$0].utf8) }
    } else {
      order.sort { texts[$0].utf8.lexicographicallyPrecedes(texts[$1].utf8) }
    }
    return order
  }
}
