import Syntax

/// Calls: positional calls bound straight into the callee's frame, `obj.method(...)` through
/// the instance's class, `np.f(...)` through the module's slot, `xs.append(v)` on lists.
extension Compiler {
  func compileCall(_ callee: Expr, _ args: [Argument], _ span: SourceSpan?)
    throws(SyntaxError) -> ExpressionCode
  {
    let interp = self.interp
    let simple = args.allSatisfy {
      if case .positional = $0.kind { return true }
      if case .keyword = $0.kind { return true }
      return false
    }
    var buildArgs: (Frame) throws(PyException) -> Arguments
    // Keyword arguments go in this site's spare array, given back after a call.
    let keywordScratch = KeywordScratch()
    // Positional-only call sites may also bind arguments directly into the callee's frame.
    var direct: [CompiledExpression]?
    if simple {
      let positional = try args.filter { if case .positional = $0.kind { true } else { false } }
        .map { (a) throws(SyntaxError) in try compileOperand(a.value) }
      var keywords: [(String, ExpressionCode)] = []
      for a in args {
        if case .keyword(let n) = a.kind { keywords.append((n, try compile(a.value))) }
      }
      let values = DirectArguments(positional)
      if keywords.isEmpty {
        direct = positional
        buildArgs = { (f: Frame) throws(PyException) -> Arguments in
          Arguments(try values.values(from: f))
        }
      } else {
        buildArgs = { (f: Frame) throws(PyException) -> Arguments in
          let values = try values.values(from: f)
          var given = keywordScratch.take(keywords.count)
          for (name, code) in keywords { given.append((name: name, value: try code(f))) }
          return Arguments(values, keywords: given)
        }
      }
    } else {
      let parts = try args.map { (a) throws(SyntaxError) in (a.kind, try compile(a.value)) }
      buildArgs = { (f: Frame) throws(PyException) -> Arguments in
        var result = Arguments()
        for (kind, code) in parts {
          let v = try code(f)
          switch kind {
          case .positional: result.positional.append(v)
          case .keyword(let n): result.keywords.append((n, v))
          case .star: result.positional += try interp.collect(v)
          case .doubleStar:
            guard let d = v.as(PyDict.self) else {
              throw .typeError("argument after ** must be a mapping, not \(v.typeName)")
            }
            for (k, value) in zip(d.keys, d.values) {
              guard let name = k.as(PyStr.self)?.value else {
                throw .typeError("keywords must be strings")
              }
              result.keywords.append((name, value))
            }
          }
        }
        return result
      }
    }
    if case .attribute(let base, let rawName) = callee.kind {
      let name = scope.mangle(rawName)
      let receiver = try compile(base)
      // A method that is not there fails at `obj.name`, not at the whole call.
      let lookupSpan = failureSpan(callee)
      let span = span.map { s in Compiler.CallSpans(call: s, lookup: lookupSpan) }
      // `xs.append(v)` on a plain list, the most common call in training loops, goes
      // straight to the list (a list subclass or another object takes the general path).
      if name == "append", let direct, direct.count == 1 {
        let value = direct[0].run
        let appendSite = BuiltinMethodSite(name)
        return { (f: Frame) throws(PyException) -> Value in
          let r = try receiver(f)
          // (An exact class test: a cast to PyList walks the class chain, lists having
          // subclasses.)
          if case .object(let o) = r, o.isExactly(PyList.self) {
            unsafeDowncast(o, to: PyList.self).items.append(try value(f))
            return .none
          }
          do throws(PyException) {
            // Another built-in's append (`bytearray.append`) by its class's method.
            if case .object(let o) = r, let method = appendSite.method(for: o, interp),
              method.fixed.accepts(2)
            {
              return try method.fixed.two(r, try value(f), interp)
            }
            return try interp.callMethod(r, name, Arguments([try value(f)]))
          } catch {
            throw Compiler.markedCall(error, span)
          }
        }
      }
      // `np.dot(...)`: the module's global slot for the name, found once per call site.
      let moduleSlot = ModuleSlotCache(name)
      // `d.get(k)`, `s.split()`: a built-in method, found once per receiver class.
      let builtinSite = BuiltinMethodSite(name)
      if let direct {
        let arity = direct.count + 1
        let arguments = DirectArguments(direct)
        // The receiver read in place when it is a local (`self.step(x)`) or a module-level
        // name (`net.predict(x)`).
        let general: ExpressionCode
        if let local = localOperand(base) {
          general = methodCall(local, name, arguments, buildArgs, span)
        } else if let global = globalOperand(base, receiver) {
          general = methodCall(global, name, arguments, buildArgs, span)
        } else {
          general = methodCall(CodeOperand(code: receiver), name, arguments, buildArgs, span)
        }
        // `counts.get(ch, 0)`, `s.add(i)`: a dict's or set's table looked at in place. (No
        // `??` or `flatMap` on closures here: through a generic function, a closure comes
        // back wrapped in two reabstraction thunks, 60 instructions a call.)
        let call: ExpressionCode
        if let variable = variableAddress(base),
          let inPlace = inPlaceMethodCall(variable, name, args, direct, span, otherwise: general)
        {
          call = inPlace
        } else {
          call = general
        }
        guard case .call(let inner, let innerArgs) = base.kind, case .name("super") = inner.kind,
          innerArgs.isEmpty, scope.kind == .function
        else { return call }
        // `super().__init__(a)` in a method: the function after the defining class in the
        // receiver's MRO, called directly with the receiver (no super object, no bound
        // method), when the receiver is a plain instance; otherwise as above.
        let superSite = SuperMethodSite(name)
        return { (f: Frame) throws(PyException) -> Value in
          guard let defining = f.function?.definingClass, f.slotCount > 0,
            let first = f.slots[0], let instance = AttributeSite.plainInstance(first),
            let method = superSite.method(for: instance.instanceClass, after: defining),
            method.code.directArity == arity
          else { return try call(f) }
          do throws(PyException) {
            return try interp.callDirect(method, receiver: first, arguments, in: f)
          } catch {
            throw Compiler.markedCall(error, span)
          }
        }
      }
      return { (f: Frame) throws(PyException) -> Value in
        let r = try receiver(f)
        do throws(PyException) {
          if case .object(let o) = r, let method = builtinSite.method(for: o, interp) {
            var arguments = try buildArgs(f)
            if method.fixed.takesReceiver {
              let result = try method.fixed.receiver(r, arguments, interp)
              keywordScratch.giveBack(&arguments.keywords)
              return result
            }
            // The receiver first: a new array of the right size (`insert(at: 0)` took the
            // library's general replacement path, about 350 instructions).
            var positional: [Value] = [r]
            if !arguments.positional.isEmpty {
              positional.reserveCapacity(arguments.positional.count + 1)
              positional.append(contentsOf: arguments.positional)
            }
            arguments.positional = positional
            let result = try method.foundBody(arguments, interp)
            keywordScratch.giveBack(&arguments.keywords)
            return result
          }
          var arguments = try buildArgs(f)
          let result: Value
          if let module = r.as(PyModule.self), let function = moduleSlot.value(in: module) {
            result = try interp.call(function, arguments)
          } else {
            result = try interp.callMethod(r, name, arguments)
          }
          keywordScratch.giveBack(&arguments.keywords)
          return result
        } catch {
          throw Compiler.markedCall(error, span)
        }
      }
    }
    if case .name("super") = callee.kind, args.isEmpty, scope.kind == .function {
      // Zero-argument super(): the defining class and the first parameter of this frame.
      return { (f: Frame) throws(PyException) -> Value in
        try interp.makeSuper(frame: f)
      }
    }
    let function = try compile(callee)
    if let direct {
      let arguments = DirectArguments(direct)
      // `f(x)` of a module-level function (or builtin): the global slot read in place.
      if let global = globalOperand(callee, function) {
        let general = directCall(global, arguments, buildArgs, span)
        // (`if let`, not `??`: see the method calls above.)
        if let quick = lenCall(callee, args, global, otherwise: general) { return quick }
        if let quick = try isinstanceCall(callee, args, global, otherwise: general) {
          return quick
        }
        return general
      }
      return directCall(CodeOperand(code: function), arguments, buildArgs, span)
    }
    return { (f: Frame) throws(PyException) -> Value in
      let fn = try function(f)
      do throws(PyException) {
        var arguments = try buildArgs(f)
        let result = try interp.call(fn, arguments)
        keywordScratch.giveBack(&arguments.keywords)
        return result
      } catch {
        throw Compiler.marked(error, span)
      }
    }
  }

  /// `obj.name(args)` with plain positional arguments, the receiver read by `receiver`: a
  /// plain instance's method binds them into its frame, a built-in method takes them as values
  /// or in the site's spare array, a module's function is found by its slot. Built where the
  /// receiver's kind is concrete (see `directCall`).
  @inline(__always)
  private func methodCall<R: OperandReader>(
    _ receiver: R, _ name: String, _ arguments: DirectArguments,
    _ buildArgs: @escaping (Frame) throws(PyException) -> Arguments, _ span: CallSpans?
  ) -> ExpressionCode {
    let interp = self.interp
    let arity = arguments.count + 1
    let site = AttributeSite(name)
    let scratch = ArgumentScratch()
    // `np.dot(...)`: the module's global slot for the name, found once per call site.
    let moduleSlot = ModuleSlotCache(name)
    // `d.get(k)`, `s.split()`: a built-in method, found once per receiver class.
    let builtinSite = BuiltinMethodSite(name)
    let kernels = KernelSite()
    let general = { (f: Frame) throws(PyException) -> Value in
      // `self.step(x)`, `net.predict(x)`: a variable's plain instance looked at in place (not
      // retained until the new frame takes it as `self`, before the arguments are evaluated).
      if let object = receiver.unretainedObject(f) {
        // `counter.add(k)` of a method with a kernel (see `MethodKernel`), on arguments that
        // run no code: the method is neither taken from its class nor retained.
        if arguments.arePlain, kernels.isTrying,
          let kernel = object._withUnsafeGuaranteedRef({ (o) -> Unmanaged<MethodKernel>? in
            guard ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self) else {
              return nil
            }
            return site.directMethodKernel(of: unsafeDowncast(o, to: PyInstance.self), arity: arity)
          })
        {
          do throws(PyException) {
            if let v = try interp.callMethodKernel(
              kernel, arity: arity, receiver: object, arguments, site: kernels, in: f)
            {
              return v
            }
          } catch {
            throw Compiler.markedCall(error, span)
          }
        }
        let method = object._withUnsafeGuaranteedRef { (o: PyObject) -> PyFunction? in
          guard ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self) else {
            return nil
          }
          return site.directMethod(of: unsafeDowncast(o, to: PyInstance.self), arity: arity)
        }
        if let method {
          do throws(PyException) {
            // (The receiver read again from its variable: `takeUnretainedValue` retained it
            // atomically, the standard library's code not being built single-threaded.)
            return try interp.callDirect(method, receiver: receiver.read(f), arguments, in: f)
          } catch {
            throw Compiler.markedCall(error, span)
          }
        }
      }
      let r = try receiver.read(f)
      do throws(PyException) {
        if let instance = AttributeSite.plainInstance(r),
          let method = site.directMethod(of: instance, arity: arity)
        {
          return try interp.callDirect(method, receiver: r, arguments, in: f)
        } else if case .object(let o) = r, o.isExactly(PyModule.self),
          let function = moduleSlot.value(in: unsafeDowncast(o, to: PyModule.self))
        {
          // `math.sqrt(x)`, `np.dot(a, b)`: a module's built-in takes the arguments as
          // values or in the spare array; its Python function binds them into its frame.
          if case .object(let o) = function, o.isExactly(PyBuiltinFunction.self) {
            let builtin = unsafeDowncast(o, to: PyBuiltinFunction.self)
            return try scratch.callFunction(builtin, arguments, from: f, interp)
          }
          if let user = function.as(PyFunction.self), user.code.directArity == arity - 1 {
            return try interp.callDirect(user, receiver: nil, arguments, in: f)
          }
          return try interp.call(function, buildArgs(f))
        } else if case .object(let o) = r, let method = builtinSite.method(for: o, interp) {
          return try scratch.callMethod(method, receiver: r, arguments, from: f, interp)
        } else if let instance = r.as(PyInstance.self), instance.dict.position(of: name) == nil,
          let method = instance.instanceClass.lookup(name)?.as(PyFunction.self),
          method.code.directArity == arity
        {
          return try interp.callDirect(method, receiver: r, arguments, in: f)
        }
        return try interp.callMethod(r, name, buildArgs(f))
      } catch {
        throw Compiler.markedCall(error, span)
      }
    }
    if name == "get", R.readsInPlace, arguments.count == 1 || arguments.count == 2 {
      return dictGet(receiver, arguments, span, otherwise: general)
    }
    return general
  }

  /// A call with plain positional arguments of what `callee` reads: a user function binds
  /// them into its frame, a built-in takes them as values or in the site's spare array, a
  /// class makes its instance. Built where the callee's kind is concrete (see
  /// `OperandReader`: a closure made in generic code is called through one more thunk).
  @inline(__always)
  private func directCall<C: OperandReader>(
    _ callee: C, _ arguments: DirectArguments,
    _ buildArgs: @escaping (Frame) throws(PyException) -> Arguments, _ span: SourceSpan?
  ) -> ExpressionCode {
    let interp = self.interp
    let arity = arguments.count
    let scratch = ArgumentScratch()
    let instantiation = InstantiationSite()
    let kernels = KernelSite()
    return { (f: Frame) throws(PyException) -> Value in
      // `f(i, 1)` of a function with a kernel (see `IntKernel`).
      if kernels.isTrying {
        // On variables and int literals: the function is borrowed from its slot, which no
        // code changes before the kernel has run.
        if arguments.arePlain, let o = callee.unretainedObject(f),
          let function = IntKernel.function(o, arity: arity)
        {
          do throws(PyException) {
            return try interp.callKernel(borrowing: function, arguments, site: kernels, in: f)
          } catch {
            throw Compiler.marked(error, span)
          }
        }
        if !arguments.arePlain, let user = callee.object(f, as: PyFunction.self),
          IntKernel.function(.passUnretained(user), arity: arity) != nil
        {
          do throws(PyException) {
            return try withExtendedLifetime(user) { () throws(PyException) -> Value in
              try interp.callKernel(
                borrowing: .passUnretained(user), arguments, site: kernels, in: f)
            }
          } catch {
            throw Compiler.marked(error, span)
          }
        }
      }
      // `f(x)` of a function in a local or global slot: taken from the slot as a function.
      if let user = callee.object(f, as: PyFunction.self), user.code.directArity == arity {
        do throws(PyException) {
          return try interp.callDirect(user, receiver: nil, arguments, in: f)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
      // `len(xs)`, `isinstance(x, int)`: a built-in function found in place.
      if let builtin = callee.builtinFunction(f) {
        do throws(PyException) {
          return try scratch.callFunction(builtin, arguments, from: f, interp)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
      // `str(i)`, `float(x)`: a built-in type's constructor for this many values, found in
      // place.
      if let type = callee.builtinObject(f, as: PyClass.self), type.fixedConstructor.accepts(arity)
      {
        do throws(PyException) {
          return try arguments.callConstructor(type, from: f, interp)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
      let fn = try callee.read(f)
      do throws(PyException) {
        if let user = fn.as(PyFunction.self), user.code.directArity == arity {
          return try interp.callDirect(user, receiver: nil, arguments, in: f)
        }
        guard case .object(let o) = fn, o.isExactly(PyBuiltinFunction.self) else {
          // `str(x)`, `range(n)`: a built-in type's constructor, given the spare array.
          if case .object(let o) = fn, o.isExactly(PyClass.self) {
            let type = unsafeDowncast(o, to: PyClass.self)
            if type.fixedConstructor.accepts(arity) {
              return try arguments.callConstructor(type, from: f, interp)
            }
            if type.constructorTakes(arity) {
              return try scratch.call(
                type.constructorBody, receiver: nil, arguments, from: f, interp)
            }
            // `Point(x, y)`: a plain instance, the arguments bound into `__init__`'s frame.
            if let initializer = instantiation.initializer(for: type, arity: arity) {
              let instance = Value.object(PyInstance(type))
              let result = try interp.callDirect(
                initializer, receiver: instance, arguments, in: f)
              guard result.isNone else {
                throw .typeError("__init__() should return None, not '\(result.typeName)'")
              }
              return instance
            }
          }
          return try interp.call(fn, buildArgs(f))
        }
        // `len(xs)`, `isinstance(x, int)`: a built-in function, given the site's spare array.
        let builtin = unsafeDowncast(o, to: PyBuiltinFunction.self)
        return try scratch.callFunction(builtin, arguments, from: f, interp)
      } catch {
        throw Compiler.marked(error, span)
      }
    }
  }
}
