import Interpreter

/// Registers the modules `import` can find: numpy, matplotlib.pyplot, math, time, random, sys,
/// os, os.path.
public enum StandardModules {
  public static func install(in interp: Interpreter, plots: PyplotState, argv: [String] = [""]) {
    interp.registerModule("random") { _ in PythonRandomModule.make() }
    interp.registerModule("collections", source: CollectionsSource.text)
    interp.registerModule("functools", source: ToolsSource.functools)
    interp.registerModule("itertools", source: ToolsSource.itertools)
    interp.registerModule("string", source: ToolsSource.string)
    interp.registerModule("copy") { _ in CopyModule.make() }
    interp.registerModule("weakref") { _ in WeakrefModule.make() }
    interp.registerModule("pickle") { _ in PickleModule.make() }
    interp.registerModule("gzip") { _ in GzipModule.make() }
    interp.registerModule("json", source: JSONSource.text)
    interp.registerModule("typing", source: SmallModulesSource.typing)
    interp.registerModule("operator", source: SmallModulesSource.operatorModule)
    interp.registerModule("heapq", source: SmallModulesSource.heapq)
    interp.registerModule("bisect", source: SmallModulesSource.bisect)
    interp.registerModule("csv", source: CSVSource.text)
    interp.registerModule("contextlib", source: ContextSource.contextlib)
    interp.registerModule("types", source: ContextSource.types)
    interp.registerModule("timeit", source: ContextSource.timeit)
    interp.registerModule(
      "io", source: InMemoryFilesSource.text,
      predefined: ["UnsupportedOperation": .object(PyClass.unsupportedOperation)])
    interp.registerModule(
      "abc", source: ClassToolsSource.abc,
      predefined: [
        "_register": .object(
          PyBuiltinFunction("_register") { (a, _) throws(PyException) in
            guard let abc = try a[0].as(PyClass.self), let subclass = try a[1].as(PyClass.self)
            else { throw .typeError("Can only register classes") }
            abc.register(virtualSubclass: subclass)
            return .none
          })
      ])
    interp.registerModule("textwrap", source: TextwrapSource.text)
    interp.registerModule("statistics", source: StatisticsSource.text)
    interp.registerModule("numbers", source: FractionsSource.numbers)
    interp.registerModule("fractions", source: FractionsSource.fractions)
    interp.registerModule("logging", source: LoggingSource.text)
    interp.registerModule("argparse", source: ArgparseSource.text)
    interp.registerModule("traceback") { TracebackModule.make($0) }
    interp.registerModule("pprint", source: PprintSource.text)
    interp.registerModule("enum", source: ClassToolsSource.enumModule)
    interp.registerModule("struct") { StructModule.make($0) }
    interp.registerModule("glob") { _ in GlobModule.make() }
    interp.registerModule("tempfile", source: FileSystemSource.tempfile)
    interp.registerModule("shutil", source: FileSystemSource.shutil)
    interp.registerModule("pathlib", source: PathlibSource.text)
    interp.registerModule("dataclasses", source: DataclassesSource.text)
    interp.registerModule("re") { _ in RegexModule.make() }
    interp.registerModule("stat", source: SmallModulesSource.stat)
    interp.registerModule("tarfile", source: TarfileSource.text)
    interp.registerModule("zipfile", source: ZipfileSource.text)
    interp.registerModule("zlib") { _ in ZlibModule.make() }
    interp.registerModule("binascii") { _ in BinasciiModule.make() }
    interp.registerModule("base64", source: Base64Source.text)
    interp.registerModule("hashlib") { HashlibModule.make($0) }
    interp.registerModule("hmac", source: HmacSource.text)
    interp.registerModule("cmath") { _ in CmathModule.make() }
    interp.registerModule("unicodedata") { _ in UnicodedataModule.make() }
    interp.registerModule("platform") { _ in PlatformModule.make() }
    interp.registerModule("builtins") { i in
      let m = PyModule(name: "builtins")
      for (name, value) in i.builtins.sorted(by: { $0.key < $1.key }) { m.define(name, value) }
      return m
    }
    interp.registerModule("urllib", source: "")
    interp.registerModule("urllib.parse", source: UrllibParseSource.text)
    interp.registerModule("urllib.error", source: UrllibRequestSource.error)
    interp.registerModule("urllib.request", source: UrllibRequestSource.request)
    interp.registerModule("_urlfetch") { _ in URLFetchModule.make() }
    interp.registerModule("warnings") { WarningsModule.make($0) }
    interp.registerModule("datetime") { DatetimeModule.make($0) }
    interp.registerModule("sys") { SystemModules.sys($0, argv: argv) }
    interp.registerModule("os") { SystemModules.os($0) }
    interp.registerModule("os.path") { i in
      (try? i.importModule("os"))?.globals.value(of: "path")?.as(PyModule.self)
        ?? SystemModules.path()
    }
    interp.registerModule("numpy") { NumpyModule.make($0) }
    interp.registerModule("numpy.random") { i in
      (try? i.importModule("numpy"))?.globals.value(of: "random")?.as(PyModule.self)
        ?? NumpyRandomModule.make()
    }
    // `from numpy.linalg import norm`, `import numpy.testing as npt`: numpy's own submodules.
    for path in ["linalg", "testing", "lib", "lib.stride_tricks"] {
      interp.registerModule("numpy." + path) { i in
        var module = try? i.importModule("numpy")
        for part in path.split(separator: ".") {
          module = module?.globals.value(of: String(part))?.as(PyModule.self)
        }
        return module ?? PyModule(name: "numpy." + path)
      }
    }
    interp.registerModule("math") { MathModule.make($0) }
    interp.registerModule("cycler") { _ in PyCycler.module() }
    interp.registerModule("time") { TimeModule.make($0) }
    interp.registerModule("matplotlib") { _ in
      let m = PyModule(name: "matplotlib")
      // The matplotlib whose figures NumBook's are compared with (the reference SVGs').
      m.define("__version__", .str("3.11.2"))
      // Backends do not apply: figures are always SVG. `matplotlib.use('Agg')` is accepted.
      m.define("use") { (a, interp) throws(PyException) in
        plots.backend = try interp.str(a[0]).lowercased()
        return .none
      }
      m.define("get_backend") { (_, _) throws(PyException) in .str(plots.backend) }
      m.define("rcParams", .object(plots.rcParams))
      m.define("cycler") { (a, interp) throws(PyException) in
        .object(try PyCycler.make(a, interp))
      }
      return m
    }
    // Submodules that set themselves on `matplotlib` when imported (`matplotlib.ticker`).
    let submodules: [(String, () -> PyModule)] = [
      ("image", { ImageFiles.module(plots) }), ("ticker", TickerModule.make),
      ("patches", PatchesModule.patches), ("lines", PatchesModule.lines),
      ("colors", ColorsModule.make), ("gridspec", PyGridSpec.module),
    ]
    for (name, make) in submodules {
      interp.registerModule("matplotlib." + name) { i in
        let m = make()
        if let parent = try? i.importModule("matplotlib") { parent.define(name, .object(m)) }
        return m
      }
    }
    interp.registerModule("matplotlib.cm") { i in
      // pyplot's `cm` (made with pyplot, which imports it, as matplotlib's does).
      let pyplot = try? i.importModule("matplotlib.pyplot")
      let m = pyplot?.globals.value(of: "cm")?.as(PyModule.self) ?? PyModule(name: "matplotlib.cm")
      if let parent = try? i.importModule("matplotlib") { parent.define("cm", .object(m)) }
      return m
    }
    interp.registerModule("matplotlib.pyplot") { i in
      // pyplot imports matplotlib.colors (so `matplotlib.colors` is there after it).
      let colors = try? i.importModule("matplotlib.colors")
      let m = PyplotModule.make(i, plots)
      if let colors {
        m.define("Normalize", colors.globals.value(of: "Normalize")!)
      }
      // And `matplotlib.ticker`'s locators.
      if let ticker = try? i.importModule("matplotlib.ticker") {
        for name in TickerModule.pyplotNames {
          m.define(name, ticker.globals.value(of: name)!)
        }
      }
      m.define("cycler") { (a, interp) throws(PyException) in
        .object(try PyCycler.make(a, interp))
      }
      // And the patches and Line2D.
      if let patches = try? i.importModule("matplotlib.patches") {
        for name in PatchesModule.pyplotNames {
          m.define(name, patches.globals.value(of: name)!)
        }
      }
      if let lines = try? i.importModule("matplotlib.lines") {
        m.define("Line2D", lines.globals.value(of: "Line2D")!)
      }
      if let parent = try? i.importModule("matplotlib") { parent.define("pyplot", .object(m)) }
      return m
    }
  }
}
