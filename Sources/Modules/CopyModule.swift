import Interpreter
import NumKit

/// `copy.copy` and `copy.deepcopy`: lists, dicts, sets, tuples (deep only), numpy arrays and
/// instances (their attributes, without calling `__init__`); numbers, strings, functions,
/// classes and modules are shared, as Python shares them. `deepcopy` keeps shared and cyclic
/// references shared in the copy (its memo).
enum CopyModule {
  static func make() -> PyModule {
    let m = PyModule(name: "copy")
    m.define("copy") { (a, _) throws(PyException) in
      try a.expect("copy", min: 1, max: 1)
      return shallow(try a[0])
    }
    m.define("deepcopy") { (a, _) throws(PyException) in
      try a.expect("deepcopy", min: 1, max: 2)
      var memo: [ObjectIdentifier: Value] = [:]
      return deep(try a[0], &memo)
    }
    return m
  }

  static func shallow(_ v: Value) -> Value {
    guard case .object(let o) = v else { return v }
    switch o {
    case let list as PyList: return .object(PyList(list.items))
    case let b as PyByteArray: return .object(PyByteArray(b.bytes))
    case let dict as PyDict:
      let copy = PyDict()
      copy.storage = dict.storage
      return .object(copy)
    case let set as PySet:
      return set.frozen ? v : .object(PySet(set.storage.copied, frozen: false))
    case let array as PyNDArray: return .object(PyNDArray(array.array.copy()))
    case let instance as PyInstance where !(instance is PyException):
      let copy = PyInstance(instance.instanceClass)
      copy.dict = instance.dict
      return .object(copy)
    default: return v
    }
  }

  static func deep(_ v: Value, _ memo: inout [ObjectIdentifier: Value]) -> Value {
    guard case .object(let o) = v else { return v }
    let id = ObjectIdentifier(o)
    if let done = memo[id] { return done }
    switch o {
    case let b as PyByteArray: return .object(PyByteArray(b.bytes))
    case let list as PyList:
      let copy = PyList([])
      memo[id] = .object(copy)
      for item in list.items { copy.items.append(deep(item, &memo)) }
      return .object(copy)
    case let tuple as PyTuple:
      var items: [Value] = []
      for item in tuple.items { items.append(deep(item, &memo)) }
      let copy = Value.tuple(items)
      memo[id] = copy
      return copy
    case let dict as PyDict:
      let copy = PyDict()
      memo[id] = .object(copy)
      for (key, pair) in dict.storage { copy.storage[key] = (pair.key, deep(pair.value, &memo)) }
      return .object(copy)
    case let set as PySet:
      // As CPython's reduction does: a new set of the elements, added in order.
      var table = SetTable()
      for e in set.storage.orderedEntries { table.add(e) }
      let copy = PySet(table, frozen: set.frozen)
      memo[id] = .object(copy)
      return .object(copy)
    case let array as PyNDArray:
      let copy = Value.object(PyNDArray(array.array.copy()))
      memo[id] = copy
      return copy
    case let instance as PyInstance where !(instance is PyException):
      let copy = PyInstance(instance.instanceClass)
      memo[id] = .object(copy)
      for (name, value) in zip(instance.dict.names, instance.dict.values) {
        copy.dict[name] = deep(value, &memo)
      }
      return .object(copy)
    default: return v
    }
  }
}
