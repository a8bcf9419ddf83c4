/// The order in which CPython's set hash table holds a set of ints: the elements are inserted,
/// in the given order, into an emulation of its table (8 slots to start, linear probing over
/// ten slots then perturbed jumps, growth to four times the used count when two thirds full).
/// Python's ints hash to themselves (-1 to -2), so a set of ints iterates in this order in
/// CPython whatever the process; deletions (which leave dummy slots) are not replayed.
enum SetTableOrder {
  private static let linearProbes = 9
  private static let perturbShift: UInt = 5

  static func hash(_ i: Int) -> UInt {
    // CPython reduces ints modulo 2^61 - 1; ours are within 64 bits.
    let modulus = (1 << 61) - 1
    var h = i >= 0 ? i % modulus : -((-(i + 1)) % modulus + 1)
    if h == -1 { h = -2 }
    return UInt(bitPattern: h)
  }

  /// Positions of `values` in table order. The first `merged` values came from a frozenset
  /// constant: built on their own, then (for five or more) reinserted in its table order into
  /// a table sized for twice their count, as `set_merge` does.
  static func order(_ values: [Int], merged: Int = 0) -> [Int] {
    var size = 8
    var table = [Int?](repeating: nil, count: size)  // index into values
    var used = 0

    func insertClean(_ index: Int, into table: inout [Int?], mask: Int) {
      let h = hash(values[index])
      var perturb = h
      var i = Int(h & UInt(mask))
      while true {
        if table[i] == nil {
          table[i] = index
          return
        }
        if i + linearProbes <= mask {
          for j in 1...linearProbes where table[i + j] == nil {
            table[i + j] = index
            return
          }
        }
        perturb >>= perturbShift
        i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
      }
    }

    var start = 0
    // The merge resizes the new 8-slot table first only when the constant fills 3/5 of it;
    // otherwise it copies the constant's own table as it is.
    if merged * 5 >= 7 * 3 {
      let constant = order(Array(values[..<merged]))
      var newSize = 8
      while newSize <= merged * 2 { newSize <<= 1 }
      size = newSize
      table = [Int?](repeating: nil, count: size)
      for index in constant { insertClean(index, into: &table, mask: size - 1) }
      used = merged
      start = merged
    }
    for index in values.indices.dropFirst(start) {
      insertClean(index, into: &table, mask: size - 1)
      used += 1
      if used * 5 >= (size - 1) * 3 {
        let wanted = used > 50000 ? used * 2 : used * 4
        var newSize = 8
        while newSize <= wanted { newSize <<= 1 }
        var grown = [Int?](repeating: nil, count: newSize)
        for slot in table { if let slot { insertClean(slot, into: &grown, mask: newSize - 1) } }
        table = grown
        size = newSize
      }
    }
    return table.compactMap { $0 }
  }
}
