import Syntax

/// `import` and `from ... import ...` statements.
extension Compiler {
  func compileImport(_ names: [ImportName]) -> StatementCode {
    let interp = self.interp
    let parts = names.map { n -> (String, String?, StoreCode) in
      let bound = n.alias ?? String(n.name.split(separator: ".")[0])
      return (n.name, n.alias, store(bound))
    }
    return { (f: Frame) throws(PyException) -> Completion in
      for (module, alias, store) in parts {
        let m = try interp.importModule(module)
        if alias != nil || !module.contains(".") {
          try store(f, .object(m))
        } else {
          try store(f, .object(try interp.importModule(String(module.split(separator: ".")[0]))))
        }
      }
      return .normal
    }
  }

  func compileImportFrom(
    _ written: String, _ names: [ImportName], at location: SourceLocation
  )
    throws(SyntaxError) -> StatementCode
  {
    let interp = self.interp
    let importer = moduleName
    if names.first?.name == "*" {
      guard scope.kind == .module else {
        throw SyntaxError.afterParsing("import * only allowed at module level", from: location)
      }
      let globals = scope.globalsTable
      return { (_: Frame) throws(PyException) -> Completion in
        let module = try interp.absoluteModuleName(written, importer: importer)
        let m = try interp.importModule(module)
        // The names in `__all__` when the module lists them, else its public names.
        let names: [String]
        if let all = m.globals.value(of: "__all__") {
          names = try interp.collect(all).map { (v) throws(PyException) -> String in
            guard let s = v.as(PyStr.self)?.value else {
              throw .typeError("Item in \(module).__all__ must be str, not \(v.typeName)")
            }
            return s
          }
        } else {
          names = m.globals.definedNames.filter { !$0.hasPrefix("_") }
        }
        for name in names {
          guard let value = try m.getAttribute(name, interp) else {
            throw .attributeError("module '\(module)' has no attribute '\(name)'")
          }
          globals.set(name, value)
        }
        return .normal
      }
    }
    let parts = names.map { n in (n.name, store(n.alias ?? n.name)) }
    return { (f: Frame) throws(PyException) -> Completion in
      let module = try interp.absoluteModuleName(written, importer: importer)
      let m = try interp.importModule(module)
      for (name, store) in parts {
        if let v = try m.getAttribute(name, interp) {
          try store(f, v)
        } else if let sub = try Compiler.submodule(module + "." + name, interp) {
          try store(f, .object(sub))
        } else {
          let location = m.globals.value(of: "__file__").flatMap { $0.as(PyStr.self)?.value }
          let partly =
            interp.initializingModules.contains(module)
            ? "partially initialized module '\(module)' (most likely due to a circular import)"
            : "'\(module)'"
          throw PyException(
            .importError,
            "cannot import name '\(name)' from \(partly) (\(location ?? "unknown location"))")
        }
      }
      return .normal
    }
  }

  /// `from package import name` where name is a submodule: the module, or nil when there is
  /// no such module (other errors while running it propagate).
  static func submodule(_ name: String, _ interp: Interpreter) throws(PyException) -> PyModule? {
    do throws(PyException) {
      return try interp.importModule(name)
    } catch {
      // (Also when the module is no package: `from math import nope` is then the
      // ImportError below, as in CPython.)
      if error.isInstance(of: .moduleNotFoundError),
        error.message(interp).hasPrefix("No module named '\(name)'")
      {
        return nil
      }
      throw error
    }
  }
}
