import Interpreter

extension Arguments {
  /// Takes the argument `name` off the call, given at `position` (None is left there, so the
  /// later positionals keep their places) or by keyword; nil when it was not given.
  mutating func remove(_ name: String, position: Int?) -> Value? {
    var found: Value?
    if let position, positional.count > position {
      found = positional[position]
      positional[position] = .none
    }
    if let i = keywords.firstIndex(where: { $0.name == name }) {
      found = keywords[i].value
      keywords.remove(at: i)
    }
    return found
  }
}
