import Syntax

/// Attribute loads, stores and augmented stores (`obj.a`, `obj.a = v`, `obj.a += v`), the
/// object read by an `OperandReader` so that a local or module-level object is read in place.
extension Compiler {
  /// `obj.name`, the object read by `object`: a plain instance's own attribute, a module's
  /// global slot, else the general lookup.
  @inline(__always)
  func attributeLoad<R: OperandReader>(_ object: R, _ name: String, _ span: SourceSpan?)
    -> ExpressionCode
  {
    let interp = self.interp
    let moduleSlot = ModuleSlotCache(name)
    let site = AttributeSite(name)
    return { (f: Frame) throws(PyException) -> Value in
      let object = try object.read(f)
      if site.isPlainName, let instance = AttributeSite.plainInstance(object),
        let position = instance.dict.position(of: name, hint: &site.position)
      {
        return instance.dict.value(at: position)
      }
      if let module = object.as(PyModule.self), let v = moduleSlot.value(in: module) { return v }
      do throws(PyException) {
        return try interp.getAttribute(object, name)
      } catch {
        throw Compiler.marked(error, span)
      }
    }
  }

  /// `obj.name = v`, the object read by `object`: into a plain instance's own table when its
  /// class has no property of that name, else the general store.
  @inline(__always)
  func attributeStore<R: OperandReader>(_ object: R, _ name: String)
    -> (Frame, Value) throws(PyException) -> Void
  {
    let interp = self.interp
    let site = AttributeSite(name)
    return { (f: Frame, v: Value) throws(PyException) in
      // `self.x = x`: a variable's plain instance looked at in its slot, not retained.
      if site.isPlainName, let held = object.unretainedObject(f) {
        let stored = held._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
          guard ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self) else {
            return false
          }
          return Compiler.store(v, name, in: unsafeDowncast(o, to: PyInstance.self), site)
        }
        if stored { return }
      }
      let object = try object.read(f)
      if site.isPlainName, let instance = AttributeSite.plainInstance(object),
        Compiler.store(v, name, in: instance, site)
      {
        return
      }
      try interp.setAttribute(object, name, v)
    }
  }

  /// Stores `v` as `instance`'s own attribute `name` when its class leaves such a store to the
  /// instance (no descriptor or `__setattr__` of its own); false, nothing stored, otherwise.
  @inline(__always)
  static func store(_ v: Value, _ name: String, in instance: PyInstance, _ site: AttributeSite)
    -> Bool
  {
    site.refresh(instance.instanceClass)
    guard site.storesInInstance else { return false }
    // (A name whose bit is clear is new to the instance: no names compared.)
    if instance.dict.mayHold(site.nameBit),
      let position = instance.dict.position(of: name, hint: &site.position)
    {
      instance.dict.replaceValue(at: position, with: v)
      return true
    }
    // A new attribute: the first takes the names instances of the class came to have.
    let type = instance.instanceClass
    let layoutCount = type.instanceLayout.count
    if instance.dict.isEmpty && layoutCount != 0 {
      instance.dict.adopt(type.instanceLayout)
    }
    instance.dict.append(v, for: name, bit: site.nameBit)
    if instance.dict.count > layoutCount {
      type.instanceLayout = instance.dict.sharedLayout
    }
    return true
  }

  /// `obj.name op= v`, the object read by `object`: a plain instance's own attribute updated
  /// where it stands, else the general lookup and store.
  @inline(__always)
  func attributeAugment<R: OperandReader>(
    _ object: R, _ name: String, _ op: BinaryOp, _ v: CompiledExpression
  ) -> StatementCode {
    let interp = self.interp
    let site = AttributeSite(name)
    return { (f: Frame) throws(PyException) -> Completion in
      let object = try object.read(f)
      if site.isPlainName, let instance = AttributeSite.plainInstance(object),
        let position = instance.dict.position(of: name, hint: &site.position)
      {
        // `self.total += x`: the instance's own attribute, read and written in place.
        let updated = try interp.inPlace(op, instance.dict.value(at: position), v.value(in: f))
        site.refresh(instance.instanceClass)
        if site.storesInInstance {
          instance.dict.set(updated, for: name, at: position)
        } else {
          try interp.setAttribute(object, name, updated)
        }
        return .normal
      }
      let current = try interp.getAttribute(object, name)
      try interp.setAttribute(object, name, interp.inPlace(op, current, v.value(in: f)))
      return .normal
    }
  }

  /// `self.n += k` in a function: the object in a local, the operand a local or a number
  /// literal (so that nothing runs between reading the attribute and storing it), and the
  /// attribute a plain instance's own int or float: updated where it stands, the instance
  /// neither retained nor released. Anything else runs `general`, from the start (nothing
  /// has been evaluated that shows). Nil when the operand is neither.
  func localAttributeAugment(
    _ objectSlot: Int, _ name: String, _ op: BinaryOp, _ value: Expr,
    otherwise general: @escaping StatementCode
  ) -> StatementCode? {
    guard AttributeSite.isPlain(name), op == .add || op == .subtract || op == .multiply else {
      return nil
    }
    let literal: Value
    let operandSlot: Int
    if let local = localOperand(value) {
      (literal, operandSlot) = (.none, local.slot)
    } else if case .int(let i) = value.kind {
      (literal, operandSlot) = (.int(i), -1)
    } else if case .float(let x) = value.kind {
      (literal, operandSlot) = (.float(x), -1)
    } else {
      return nil
    }
    let site = AttributeSite(name)
    return { (f: Frame) throws(PyException) -> Completion in
      guard let object = f.unretainedObject(objectSlot) else { return try general(f) }
      let done = object._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
        guard ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self) else {
          return false
        }
        let instance = unsafeDowncast(o, to: PyInstance.self)
        guard let position = instance.dict.position(of: name, hint: &site.position) else {
          return false
        }
        site.refresh(instance.instanceClass)
        guard site.storesInInstance else { return false }
        let operand: Value
        if operandSlot < 0 {
          operand = literal
        } else if let v = f.slots[operandSlot] {
          operand = v
        } else {
          return false
        }
        guard let updated = Arithmetic.quick(op, instance.dict.value(at: position), operand) else {
          return false
        }
        instance.dict.replaceValue(at: position, with: updated)
        return true
      }
      return done ? .normal : try general(f)
    }
  }
}
