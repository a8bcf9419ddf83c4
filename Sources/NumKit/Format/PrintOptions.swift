/// `np.set_printoptions` state: numpy's defaults, shared by every printed array.
public struct PrintOptions: Sendable, Equatable {
  public var precision = 8
  public var threshold = 1000
  public var edgeItems = 3
  public var lineWidth = 75
  public var suppress = false

  public init() {}
}
