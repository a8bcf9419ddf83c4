import Interpreter

/// Registers the modules `import` can find: numpy, matplotlib.pyplot, math, time.
public enum StandardModules {
  public static func install(in interp: Interpreter, plots: PyplotState) {
    interp.registerModule("numpy") { NumpyModule.make($0) }
    interp.registerModule("numpy.random") { i in
      (try? i.importModule("numpy"))?.globals.value(of: "random")?.as(PyModule.self)
        ?? NumpyRandomModule.make()
    }
    interp.registerModule("math") { MathModule.make($0) }
    interp.registerModule("time") { TimeModule.make($0) }
    interp.registerModule("matplotlib") { _ in PyModule(name: "matplotlib") }
    interp.registerModule("matplotlib.pyplot") { i in
      let m = PyplotModule.make(i, plots)
      if let parent = try? i.importModule("matplotlib") { parent.define("pyplot", .object(m)) }
      return m
    }
  }
}
