import Interpreter

/// `IPython.display` (also `IPython.core.display`) for notebook cells: `display(*objs)` shows
/// each object as Jupyter does (a figure as an image, an object with `_repr_html_`,
/// `_repr_markdown_` or `_repr_latex_` in that form beside its text, anything else as its
/// pretty text), `clear_output()` empties the cell's output in the reports, and `HTML`,
/// `Markdown`, `Latex` and `Math` wrap text to show that way. `display` is a builtin in
/// notebooks and the REPL, as in IPython.
extension IPythonShell {
  func installDisplayModules() {
    let predefined: [String: Value] = [
      "_display_one": .object(
        PyBuiltinFunction("_display_one") { [unowned self] (a, _) throws(PyException) in
          try displayOne(try a[0])
          return .none
        }),
      "_clear_output": .object(
        PyBuiltinFunction("_clear_output") { [unowned self] (_, _) throws(PyException) in
          session.clearOutput()
          return .none
        }),
    ]
    for name in ["IPython.display", "IPython.core.display"] {
      interp.registerModule(name, source: IPythonShell.displaySource, predefined: predefined)
    }
    // (The packages make no imports of their submodules: importing a submodule imports its
    // package first and then becomes its attribute.)
    interp.registerModule("IPython") { interp in
      let module = PyModule(name: "IPython")
      module.define("get_ipython", interp.builtins["get_ipython"] ?? .none)
      return module
    }
    interp.registerModule("IPython.core") { interp in
      let module = PyModule(name: "IPython.core")
      (try? interp.importModule("IPython"))?.define("core", .object(module))
      return module
    }
    _ = try? interp.importModule("IPython.core.display")
    if let display = try? interp.importModule("IPython.display").globals.value(of: "display") {
      interp.builtins["display"] = display
    }
  }

  /// One object of `display(...)`.
  func displayOne(_ object: Value) throws(PyException) {
    if session.plots.show(figure: object) { return }
    for (method, mime) in [
      ("_repr_html_", "text/html"), ("_repr_markdown_", "text/markdown"),
      ("_repr_latex_", "text/latex"),
    ] {
      guard case .object(let o) = object, let function = try o.getAttribute(method, interp)
      else { continue }
      let content = try interp.call(function, Arguments([]))
      guard let text = content.as(PyStr.self)?.value else { continue }
      session.display(
        try interp.repr(object), CellRecord.RichContent(mime: mime, content: text))
      return
    }
    session.display(try PrettyPrinter.format(object, interp), nil)
  }

  static let displaySource = #"""
    class DisplayObject:
        """Text to show in a richer form than its repr: HTML, Markdown or LaTeX."""
        def __init__(self, data=None, url=None, filename=None, metadata=None):
            if filename is not None and data is None:
                with open(filename) as f:
                    data = f.read()
            self.data = data
            self.url = url
            self.filename = filename
            self.metadata = metadata

        def __repr__(self):
            return '<IPython.core.display.%s object>' % type(self).__name__


    class HTML(DisplayObject):
        def _repr_html_(self):
            return self.data


    class Markdown(DisplayObject):
        def _repr_markdown_(self):
            return self.data


    class Latex(DisplayObject):
        def _repr_latex_(self):
            return self.data


    class Math(DisplayObject):
        def _repr_latex_(self):
            return '$\\displaystyle %s$' % self.data.strip().strip('$')


    def display(*objs, include=None, exclude=None, metadata=None, transient=None,
                display_id=None, raw=False, clear=False, **kwargs):
        if clear:
            clear_output(wait=True)
        for obj in objs:
            _display_one(obj)


    def clear_output(wait=False):
        _clear_output()
    """#
}
