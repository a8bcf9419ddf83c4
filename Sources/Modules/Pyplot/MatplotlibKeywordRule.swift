import Interpreter

/// The keywords an Axes method takes in matplotlib (generated from matplotlib by
/// `scripts/gen-matplotlib-keywords.py`) and matplotlib's words refusing another: a misspelt
/// keyword (`plt.plot(x, y, linewdith=2)`) fails as in matplotlib instead of being ignored.
/// A keyword matplotlib takes but NumBook does not draw is still accepted (docs/plotting.md
/// lists what is drawn).
struct MatplotlibKeywords {
  let accepted: Set<String>
  /// The exception class's name and its message, with `{keyword}` for the keyword.
  let error: String
  let refusal: String

  init(accepted: [String], error: String, refusal: String) {
    self.accepted = Set(accepted)
    self.error = error
    self.refusal = refusal
  }

  func check(_ a: Arguments) throws(PyException) {
    for (keyword, _) in a.keywords where !accepted.contains(keyword) {
      let message = refusal.split(separator: "{keyword}", omittingEmptySubsequences: false)
        .joined(separator: keyword)
      let kind: PyClass =
        error == "TypeError" ? .typeError : error == "ValueError" ? .valueError : .attributeError
      throw PyException(kind, message)
    }
  }

  /// `method` with the check in front when matplotlib's `name` has a rule.
  static func checked(_ name: String, _ method: @escaping AxesPlotMethods.Method)
    -> AxesPlotMethods.Method
  {
    let rule = table[name]
    guard rule != nil || UnappliedKeywords.table[name] != nil else { return method }
    return { (ax, a, interp) throws(PyException) in
      if !a.keywords.isEmpty {
        try rule?.check(a)
        UnappliedKeywords.note(name, a, ax.figureObject.state, interp)
      }
      return try method(ax, a, interp)
    }
  }
}
