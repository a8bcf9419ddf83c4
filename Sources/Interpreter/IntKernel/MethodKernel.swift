/// A method that only updates int attributes of its instance (`def inc(self, k): self.n +=
/// k`), compiled a second time to code over machine ints, as an `IntKernel` is. It has an
/// effect, so it runs in two phases: every value is worked out first (each attribute found in
/// the instance's own table and found to be an int, each operation done), and only then are
/// the attributes stored. Any stop (`IntKernelExit`) comes in the first phase, before anything
/// changed, and the call then runs as ordinary code.
///
/// Its body: up to four attribute updates (`self.a = e`, `self.a op= e`, each attribute
/// written once), then `return e` or nothing (at least one of them: `return self.w *
/// self.h` is one too); the expressions are those of an int kernel, over the
/// other parameters and attributes of the instance that the method does not write.
final class MethodKernel {
  /// The argument count, the receiver included.
  let arity: Int
  let updates: IntAttributeUpdate?
  /// The returned value (nil: None).
  let result: IntExpression?
  var isEnabled = true
  private let isOneUpdate: Bool

  init(arity: Int, updates: IntAttributeUpdate?, result: IntExpression?) {
    self.arity = arity
    self.updates = updates
    self.result = result
    isOneUpdate = result == nil && updates != nil && updates?.next == nil
  }

  /// Runs the method on `receiver` with the arguments after it: its int result, or nil for
  /// None.
  @inline(__always)
  func run(
    _ receiver: Unmanaged<PyInstance>, _ a: Int, _ b: Int, _ c: Int, budget: Int
  ) throws(IntKernelExit) -> Int? {
    var locals = MethodLocals()
    return try withUnsafeMutablePointer(to: &locals) { (p) throws(IntKernelExit) -> Int? in
      let l = UnsafeMutableRawPointer(p).assumingMemoryBound(to: Int.self)
      l[0] = Int(bitPattern: UInt(bitPattern: receiver.toOpaque()))
      l[1] = a
      l[2] = b
      l[3] = c
      // One update and nothing returned: nothing can stop the kernel after its store.
      if isOneUpdate {
        try updates!.prepare(l, budget, storing: true)
        return nil
      }
      try updates?.prepare(l, budget, storing: false)
      let value = try result?.value(l, budget)
      updates?.commit(l)
      return value
    }
  }

  /// The instance whose method runs, held in the locals' slot 0 (not retained: the caller
  /// holds it for the call).
  @inline(__always) static func receiver(_ l: IntSlots) -> Unmanaged<PyInstance> {
    Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: l[0])!)
  }

  /// Where the receiver's own attribute of `site` is, and its int value, when the class leaves
  /// the name to the instance; nil otherwise.
  @inline(__always) static func intAttribute(_ site: AttributeSite, _ l: IntSlots) -> (
    position: Int, value: Int
  )? {
    receiver(l)._withUnsafeGuaranteedRef { (instance) -> (position: Int, value: Int)? in
      guard let position = instance.dict.position(of: site.name, hint: &site.position) else {
        return nil
      }
      site.refresh(instance.instanceClass)
      guard site.storesInInstance, case .int(let v) = instance.dict.value(at: position) else {
        return nil
      }
      return (position, v)
    }
  }
}

/// A method kernel's locals: its parameters and locals (slot 0 the receiver), the result,
/// then a value and a position for each attribute update.
struct MethodLocals {
  static let updateBase = 8
  static let maxUpdates = 4
  var storage: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) = (
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
  )
}

/// `self.a op= e` or `self.a = e` in a method kernel, and the updates after it.
final class IntAttributeUpdate {
  let site: AttributeSite
  /// nil: a plain store.
  let operation: IntOperation?
  let value: IntExpression
  /// The local slot `value` reads when it is a plain local (-1 otherwise): read in place.
  private let valueSlot: Int
  /// Where the first phase leaves the new value (and the attribute's position after it).
  let index: Int
  let next: IntAttributeUpdate?

  init(
    _ name: String, _ operation: IntOperation?, _ value: IntExpression, index: Int,
    next: IntAttributeUpdate?
  ) {
    site = AttributeSite(name)
    self.operation = operation
    self.value = value
    valueSlot = (value as? IntLocal)?.slot ?? -1
    self.index = index
    self.next = next
  }

  /// The first phase: the new value worked out, nothing stored. (A plain store too needs the
  /// attribute to hold an int already: replacing an object could run its code.)
  /// (`storing`: the only update, stored at once.)
  func prepare(_ l: IntSlots, _ budget: Int, storing: Bool) throws(IntKernelExit) {
    guard let (position, old) = MethodKernel.intAttribute(site, l) else {
      throw IntKernelExit()
    }
    let v = valueSlot >= 0 ? l[valueSlot] : try value.value(l, budget)
    let new = try operation.map { (o) throws(IntKernelExit) in try o.apply(old, v) } ?? v
    if storing {
      MethodKernel.receiver(l)._withUnsafeGuaranteedRef {
        $0.dict.replaceInt(at: position, with: new)
      }
      return
    }
    l[index] = new
    l[index + 1] = position
    try next?.prepare(l, budget, storing: false)
  }

  /// The second phase: the values stored.
  func commit(_ l: IntSlots) {
    let position = l[index + 1]
    let value = l[index]
    MethodKernel.receiver(l)._withUnsafeGuaranteedRef {
      $0.dict.replaceInt(at: position, with: value)
    }
    next?.commit(l)
  }
}

/// `self.rate`: an int attribute of the receiver that the method does not write.
final class IntSelfAttribute: IntExpression {
  let site: AttributeSite
  init(_ name: String) { site = AttributeSite(name) }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    guard let (_, v) = MethodKernel.intAttribute(site, l) else { throw IntKernelExit() }
    return v
  }
}
