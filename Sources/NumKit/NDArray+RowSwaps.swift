import Glibc

extension NDArray {
  /// Fisher-Yates along the first axis, from the end, in place and through views as numpy's
  /// `shuffle` does: the row at each position i from the last down to 1 exchanged with the one
  /// at `partner(i)` (a draw in 0...i), drawn as it goes (no array of pairs). A row whose
  /// elements lie one after another is moved as a block of bytes; another one element by
  /// element. Nothing is drawn when the rows are empty.
  public func shuffleLeading(_ partner: @escaping (Int) -> Int) {
    guard ndim > 0 else { return }
    let item = dtype.itemSize
    let row = NDArray(
      storage: storage, shape: Array(shape.dropFirst()), strides: Array(strides.dropFirst()))
    let rowSize = row.size
    guard rowSize > 0 else { return }
    let pairs = FisherYatesPairs(count: shape[0], partner: partner)
    let base = storage.raw + offset * item
    let step = strides[0] * item
    if row.stepsDensely {
      let bytes = rowSize * item
      switch bytes {
      case 8: swapEach(pairs, base, step, UInt64.self)
      case 4: swapEach(pairs, base, step, UInt32.self)
      case 1: swapEach(pairs, base, step, UInt8.self)
      default:
        let spare = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        defer { spare.deallocate() }
        for (i, j) in pairs where i != j {
          let (a, b) = (base + i * step, base + j * step)
          memcpy(spare, a, bytes)
          memmove(a, b, bytes)
          memcpy(b, spare, bytes)
        }
      }
      return
    }
    let places = (0..<rowSize).map { row.storageIndex(flat: $0) * item }
    for (i, j) in pairs where i != j {
      let (a, b) = (base + i * step, base + j * step)
      for place in places {
        for k in 0..<item {
          let x = a.load(fromByteOffset: place + k, as: UInt8.self)
          a.storeBytes(
            of: b.load(fromByteOffset: place + k, as: UInt8.self), toByteOffset: place + k,
            as: UInt8.self)
          b.storeBytes(of: x, toByteOffset: place + k, as: UInt8.self)
        }
      }
    }
  }

  /// Exchanges single values of type `T` (rows of one element of that size).
  private func swapEach<T>(
    _ pairs: FisherYatesPairs, _ base: UnsafeMutableRawPointer, _ step: Int, _: T.Type
  ) {
    for (i, j) in pairs {
      let x = base.loadUnaligned(fromByteOffset: i * step, as: T.self)
      base.storeBytes(
        of: base.loadUnaligned(fromByteOffset: j * step, as: T.self), toByteOffset: i * step,
        as: T.self)
      base.storeBytes(of: x, toByteOffset: j * step, as: T.self)
    }
  }
}

/// The exchanges of a Fisher-Yates shuffle from the end, (i, partner(i)) for i from the last
/// position down to 1, drawn one at a time as they are walked: numpy's order of draws.
public struct FisherYatesPairs: Sequence, IteratorProtocol {
  private var i: Int
  private let partner: (Int) -> Int

  public init(count: Int, partner: @escaping (Int) -> Int) {
    i = count
    self.partner = partner
  }

  public mutating func next() -> (Int, Int)? {
    i -= 1
    guard i >= 1 else { return nil }
    return (i, partner(i))
  }
}
