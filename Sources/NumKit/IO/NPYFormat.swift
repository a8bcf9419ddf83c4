/// numpy's `.npy` format (version 1.0): magic, a Python-dict header padded with spaces to a
/// multiple of 64 bytes, then the elements in C order, little-endian.
public enum NPYFormat {
  static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

  static func descriptor(_ t: DType) -> String {
    switch t {
    case .bool: return "|b1"
    case .uint8: return "|u1"
    case .int32: return "<i4"
    case .int64: return "<i8"
    case .float32: return "<f4"
    case .float64: return "<f8"
    }
  }

  public static func encode(_ array: NDArray) -> [UInt8] {
    var header =
      "{'descr': '\(descriptor(array.dtype))', 'fortran_order': False, 'shape': \(ShapeText.tuple(array.shape)), }"
    // magic (6) + version (2) + length (2) + header + '\n', to a multiple of 64.
    let unpadded = 10 + header.utf8.count + 1
    header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
    let length = UInt16(header.utf8.count)
    return magic + [1, 0, UInt8(length & 0xff), UInt8(length >> 8)] + Array(header.utf8)
      + rawBytes(array)
  }

  /// The elements in C order, little-endian: what `.npy` files and numpy's pickles hold.
  public static func rawBytes(_ array: NDArray) -> [UInt8] {
    let data = array.contiguous
    return Array(
      UnsafeRawBufferPointer(
        start: data.storage.raw + data.offset * data.dtype.itemSize,
        count: data.size * data.dtype.itemSize))
  }

  /// numpy's type code without byte order ("f8", "i4", "b1", "u1"), for .npy and pickles.
  public static func typeCode(_ t: DType) -> String { String(descriptor(t).dropFirst()) }

  static let types: [String: DType] = [
    "b1": .bool, "u1": .uint8, "i4": .int32, "i8": .int64, "f4": .float32, "f8": .float64,
  ]

  /// The dtype of a type code ("f8", "?"...), if NumKit has it.
  public static func dtype(code: String) -> DType? {
    types[code]
      ?? ["?": .bool, "B": .uint8, "i": .int32, "l": .int64, "f": .float32, "d": .float64][code]
  }

  /// An array of `shape` from element bytes in C order (Fortran order: the reversed shape's C
  /// order, transposed), in byte order `order` (`<`, `>`, `|`, `=`).
  public static func array(
    raw: ArraySlice<UInt8>, dtype: DType, bigEndian: Bool, shape: [Int], fortran: Bool
  ) throws(NumKitError) -> NDArray {
    guard shape.allSatisfy({ $0 >= 0 }) else { throw .value("negative dimensions are not allowed") }
    try MemoryBudget.check(shape, dtype)
    let count = shape.reduce(1, *)
    let byteCount = count * dtype.itemSize
    guard byteCount <= raw.count else {
      throw .value(
        "cannot reshape array of size \(raw.count / dtype.itemSize) into shape \(ShapeText.requested(shape))"
      )
    }
    let storedShape = fortran ? Array(shape.reversed()) : shape
    let array = NDArray(uninitialized: storedShape, dtype: dtype)
    raw.withUnsafeBytes { bytes in
      if byteCount > 0 {
        array.storage.raw.copyMemory(from: bytes.baseAddress!, byteCount: byteCount)
      }
    }
    if bigEndian && dtype.itemSize > 1 {
      let p = array.storage.raw.assumingMemoryBound(to: UInt8.self)
      for i in 0..<count {
        let e = p + i * dtype.itemSize
        for k in 0..<(dtype.itemSize / 2) { swap(&e[k], &e[dtype.itemSize - 1 - k]) }
      }
    }
    return fortran ? array.transposed.copy() : array
  }

  public static func decode(_ bytes: [UInt8]) throws(NumKitError) -> NDArray {
    guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
      throw .value("the file is not a .npy file (no \\x93NUMPY magic string)")
    }
    let major = bytes[6]
    let (headerStart, headerLength): (Int, Int)
    if major == 1 {
      (headerStart, headerLength) = (10, Int(bytes[8]) | Int(bytes[9]) << 8)
    } else if major == 2 || major == 3, bytes.count >= 12 {
      (headerStart, headerLength) =
        (12, Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24)
    } else {
      throw .value(
        "we only support format version (1,0), (2,0), and (3,0), not (\(major), \(bytes[7]))")
    }
    guard headerStart + headerLength <= bytes.count else { throw .value("truncated .npy header") }
    let header = String(decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
    guard let descr = field(header, "descr"), let shapeText = field(header, "shape") else {
      throw .value("Header does not contain the correct keys: \(header)")
    }
    let fortran = field(header, "fortran_order") == "True"
    let code = String(descr.dropFirst())
    guard let dtype = types[code], let order = descr.first, "<|>=".contains(order) else {
      throw .type("data type \(descr) is not supported")
    }
    let shape = shapeText.split(whereSeparator: { ",() ".contains($0) }).compactMap { Int($0) }
    return try array(
      raw: bytes[(headerStart + headerLength)...], dtype: dtype, bigEndian: order == ">",
      shape: shape, fortran: fortran)
  }

  /// The text after `'key':` up to its top-level comma (the tuple for 'shape').
  private static func field(_ header: String, _ key: String) -> String? {
    guard let r = header.firstRange(of: "'\(key)':") else { return nil }
    var rest = header[r.upperBound...].drop { $0 == " " }
    if rest.first == "(" {
      guard let close = rest.firstIndex(of: ")") else { return nil }
      return String(rest[...close])
    }
    rest = rest.prefix { $0 != "," && $0 != "}" }
    return rest.trimmingCharacters(in: " '\"")
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = self
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
