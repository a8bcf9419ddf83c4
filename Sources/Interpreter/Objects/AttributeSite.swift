/// What a compiled `obj.name` site remembers about the last class of plain instances it
/// met: whether the class leaves `name` to the instance (no property), and the function
/// it defines under `name`, if any. Valid until any class changes (`PyClass.epoch`).
final class AttributeSite {
  let name: String
  /// Whether the name may go straight to an instance's own table (`obj.x` and `obj.x = v`):
  /// not a dunder, which instances answer specially.
  let isPlainName: Bool
  /// The name's bit in an instance's table (`AttributeTable.mayHold`).
  let nameBit: UInt64
  /// (Kept so that its address, compared, cannot be a new class's.)
  private var seenClass: PyClass?
  private var seenClassAddress: UInt = 0
  private var seenEpoch = -1
  /// `obj.name = v` may store into the instance: the class has no property called `name`
  /// and no `__setattr__` of its own.
  private(set) var storesInInstance = false
  /// The class's plain function called `name`.
  private(set) var method: PyFunction?
  /// That function's method kernel (see `MethodKernel`), not retained: `method` holds it.
  private var methodKernel: Unmanaged<MethodKernel>?
  /// Where the name stood in the last instance's own table (instances of one class usually
  /// set their attributes in the same order).
  var position = 0

  init(_ name: String) {
    self.name = name
    isPlainName = AttributeSite.isPlain(name)
    nameBit = AttributeTable.bit(for: name)
  }

  /// The class's plain function `name`, for a call on `instance` binding `arity` values
  /// (the receiver included) straight into its frame; nil when an attribute of the instance's
  /// own shadows it, or it takes other arguments.
  @inline(__always) func directMethod(of instance: PyInstance, arity: Int) -> PyFunction? {
    guard classAnswers(instance), let method, method.code.directArity == arity else {
      return nil
    }
    return method
  }

  /// Whether `name` on `instance` is its class's (no attribute of the instance's own shadows
  /// it), the site brought up to date for that class.
  @inline(__always) private func classAnswers(_ instance: PyInstance) -> Bool {
    // (A name whose bit is clear is not among the instance's: no names compared.)
    guard !instance.dict.mayHold(nameBit) || instance.dict.position(of: name) == nil else {
      return false
    }
    refresh(instance.instanceClass)
    return true
  }

  /// Whether instances answer `name` from their own table (dunders they answer specially).
  static func isPlain(_ name: String) -> Bool { !name.hasPrefix("__") }

  /// Brings the remembered facts up to date for `c`.
  @inline(__always) func refresh(_ c: PyClass) {
    let epoch = PyClass.epoch.load(ordering: .relaxed)
    // (The class compared by address: `===` on an optional was a library call, with the
    // remembered class retained and released around it.)
    if UInt(bitPattern: ObjectIdentifier(c)) == seenClassAddress && epoch == seenEpoch {
      return
    }
    relearn(c, epoch)
  }

  /// (Out of line: the sites inline only the check above.)
  @inline(never) private func relearn(_ c: PyClass, _ epoch: Int) {
    seenClass = c
    seenClassAddress = UInt(bitPattern: ObjectIdentifier(c))
    seenEpoch = epoch
    let found = c.lookup(name)
    storesInInstance =
      found?.as(PyProperty.self) == nil && !Descriptor.isData(found)
      && c.slotNames?.contains(name) != false
      && c !== PyClass.object && c.lookup("__setattr__")?.as(PyFunction.self) == nil
    method = found?.as(PyFunction.self)
    methodKernel = (method?.code.methodKernel).map { .passUnretained($0) }
  }

  /// The method kernel of the class's plain function `name`, for a call on `instance`
  /// binding `arity` values, not retained; nil as for `directMethod`, or when the function has
  /// no kernel.
  @inline(__always) func directMethodKernel(of instance: PyInstance, arity: Int)
    -> Unmanaged<MethodKernel>?
  {
    classAnswers(instance) ? methodKernel : nil
  }

  /// The instance when `v` is an instance of a user class (not an exception or another
  /// specialised kind), whose attributes follow the plain rules.
  @inline(__always) static func plainInstance(_ v: Value) -> PyInstance? {
    guard case .object(let o) = v,
      ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self)
    else { return nil }
    return unsafeDowncast(o, to: PyInstance.self)
  }
}
