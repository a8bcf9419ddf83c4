import Interpreter
import PlotKit

/// `IPython.display` (also `IPython.core.display`) for notebook cells: `display(*objs)` shows
/// each object as Jupyter does (a figure as an image, an object with `_repr_html_`,
/// `_repr_markdown_`, `_repr_latex_`, `_repr_png_`, `_repr_jpeg_` or `_repr_svg_` in that form
/// beside its text, anything else as its pretty text), `clear_output()` empties the cell's
/// output in the reports, `HTML`, `Markdown`, `Latex` and `Math` wrap text to show that way
/// and `Image` holds PNG or JPEG bytes (or a URL). `display` is a builtin in
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
    let rich = try richContent(of: object)
    session.display(
      rich == nil ? try PrettyPrinter.format(object, interp) : try interp.repr(object), rich)
  }

  /// The first rich form an object gives (`_repr_html_`, ..., `_repr_svg_`), as Jupyter's
  /// page would show it; nil for an object with none.
  func richContent(of object: Value) throws(PyException) -> CellRecord.RichContent? {
    for (method, mime) in [
      ("_repr_html_", "text/html"), ("_repr_markdown_", "text/markdown"),
      ("_repr_latex_", "text/latex"), ("_repr_png_", "image/png"),
      ("_repr_jpeg_", "image/jpeg"), ("_repr_svg_", "image/svg+xml"),
    ] {
      // (A class's method is not its instances' repr, as IPython's formatters skip classes;
      // a failing attribute lookup means no such form.)
      guard case .object(let o) = object, !(o is PyClass),
        let function = try? o.getAttribute(method, interp)
      else { continue }
      let content = try interp.call(function, Arguments([]))
      // Text as it is; image bytes in base64, as Jupyter's display messages carry them.
      let text: String
      if let s = content.as(PyStr.self) {
        text = s.value
      } else if let bytes = content.as(PyBytes.self) {
        text = String(decoding: Base64Text.encode(bytes.bytes), as: UTF8.self)
      } else {
        continue
      }
      return CellRecord.RichContent(mime: mime, content: text)
    }
    return nil
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


    class Image(DisplayObject):
        """An image to show: PNG or JPEG bytes (`data`, or read from `filename`), or a link
        to `url`."""
        def __init__(self, data=None, url=None, filename=None, format=None, embed=None,
                     width=None, height=None, metadata=None):
            if isinstance(data, str):
                if data.startswith('http://') or data.startswith('https://'):
                    url, data = data, None
                else:
                    filename, data = data, None
            if filename is not None:
                with open(filename, 'rb') as f:
                    data = f.read()
            if format is None:
                name = (filename or url or '').lower()
                if name.endswith('.jpg') or name.endswith('.jpeg'):
                    format = 'jpeg'
                elif name.endswith('.png'):
                    format = 'png'
                elif isinstance(data, bytes) and data[:2] == b'\xff\xd8':
                    format = 'jpeg'
                else:
                    format = 'png'
            if format == 'jpg':
                format = 'jpeg'
            if format not in ('png', 'jpeg'):
                raise ValueError("Cannot embed the '%s' image format" % format)
            self.format = format
            self.width = width
            self.height = height
            super().__init__(data, url, filename, metadata)

        def _repr_html_(self):
            if self.data is not None:
                return None
            size = ''.join(' %s="%s"' % (k, v) for k, v in
                           (('width', self.width), ('height', self.height)) if v is not None)
            return '<img src="%s"%s/>' % (self.url, size)

        def _repr_png_(self):
            return self.data if self.format == 'png' else None

        def _repr_jpeg_(self):
            return self.data if self.format == 'jpeg' else None


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
