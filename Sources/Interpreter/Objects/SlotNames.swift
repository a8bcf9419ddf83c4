/// `__slots__`: a class whose every class in its MRO but `object` declares slots (and none
/// `__dict__`) has instances that take only those attribute names, as in CPython (NumBook
/// keeps the values in the instance's table all the same).
enum SlotNames {
  /// The names `cls`'s instances may set, or nil when any name goes (a class without
  /// `__slots__`, or a built-in base other than `object`, gives its instances a `__dict__`).
  static func of(_ cls: PyClass) -> Set<String>? {
    var names = Set<String>()
    for c in cls.mro where c !== PyClass.object {
      guard c.moduleName != "builtins", let declared = c.attributes["__slots__"],
        let own = declaredNames(declared)
      else { return nil }
      for name in own {
        if name == "__dict__" { return nil }
        names.insert(Scope.mangled(name, inClass: c.name))
      }
    }
    return names
  }

  /// A str names one slot; a tuple, list or dict (its keys) of strs names several.
  private static func declaredNames(_ v: Value) -> [String]? {
    if let s = v.as(PyStr.self) { return [s.value] }
    let items = v.as(PySequence.self)?.items ?? v.as(PyDict.self)?.keys
    return items?.compactMap { $0.as(PyStr.self)?.value }
  }
}
