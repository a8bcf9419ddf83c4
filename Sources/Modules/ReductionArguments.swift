import Interpreter

/// A reduction's arguments by numpy's parameter names, positional (in numpy's order, from
/// `axisPosition`) or by keyword: `axis`, `keepdims` and `ddof`, which the reductions read
/// themselves, in fields; any other (`dtype`, `out`, `initial`, `where`, std/var's `mean` and
/// `correction`) by name, for the language library's `_reduction`. (A dictionary of every
/// argument, made and searched on each call, took four fifths of `a.argmax(axis=1)` on a small
/// array.)
struct ReductionArguments {
  var axis: Value?
  var keepdims: Value?
  var ddof: Value?
  private(set) var others: [(name: String, value: Value)] = []

  init(_ name: String, _ args: Arguments, axisPosition: Int) {
    let positional = args.positional
    if positional.count > axisPosition + 1 {
      // Past `axis`: numpy's own parameter order for this function.
      let parameters = NumpySignature.table["numpy." + name]?.positional.dropFirst() ?? []
      for (value, parameter) in zip(positional.dropFirst(axisPosition), parameters) {
        set(parameter, value)
      }
    } else if positional.count > axisPosition {
      axis = positional[axisPosition]
    }
    for (keyword, value) in args.keywords { set(keyword, value) }
  }

  private mutating func set(_ name: String, _ value: Value) {
    switch name {
    case "axis": axis = value
    case "keepdims": keepdims = value
    case "ddof": ddof = value
    default:
      if let i = others.firstIndex(where: { $0.name == name }) {
        others[i].value = value
      } else {
        others.append((name, value))
      }
    }
  }

  /// Whether the arguments go beyond axis, keepdims and ddof.
  var needsLibrary: Bool {
    others.contains { name, value in
      switch name {
      case "dtype", "out", "initial", "mean", "correction": !value.isNone
      case "where": !value.isIdentical(to: .bool(true))
      default: false
      }
    }
  }

  /// Every argument given, by name in alphabetical order.
  var named: [(name: String, value: Value)] {
    let read: [(name: String, value: Value?)] = [
      ("axis", axis), ("keepdims", keepdims), ("ddof", ddof),
    ]
    let given = read.compactMap { item in item.value.map { (item.name, $0) } }
    return (given + others).sorted { $0.name < $1.name }
  }
}
