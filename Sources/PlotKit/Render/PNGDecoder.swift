import CZlib

/// A decoded PNG file: its samples as stored (palette indices for a palette image), row by
/// row, `channels` per pixel, each at the file's bit depth.
public struct PNGImage: Sendable {
  public enum ColorType: UInt8, Sendable {
    case gray = 0, rgb = 2, palette = 3, grayAlpha = 4, rgba = 6

    var channels: Int {
      switch self {
      case .gray, .palette: 1
      case .grayAlpha: 2
      case .rgb: 3
      case .rgba: 4
      }
    }

    /// The bit depths the PNG specification allows for this colour type.
    var depths: Set<Int> {
      switch self {
      case .gray: [1, 2, 4, 8, 16]
      case .palette: [1, 2, 4, 8]
      case .rgb, .grayAlpha, .rgba: [8, 16]
      }
    }
  }

  public let width: Int
  public let height: Int
  public let colorType: ColorType
  public let bitDepth: Int
  /// width × height × channels samples.
  public let samples: [UInt16]
  /// The palette's colours and their opacities (`tRNS`; entries it leaves out are opaque).
  public let palette: [(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8)]

  public var channels: Int { colorType.channels }
}

/// Why a PNG file could not be read.
public struct PNGDecodingError: Error, Sendable {
  public let message: String
  /// The file is not a PNG file at all (its signature is wrong).
  public let notPNG: Bool
}

/// Reads PNG files (every colour type and bit depth, Adam7 interlacing; the data inflated by
/// zlib, each row's filter undone).
public enum PNGDecoder {
  static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
  /// Adam7's passes: first column and row, then the steps between them.
  static let passes = [
    (0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
    (0, 1, 1, 2),
  ]

  public static func decode(_ bytes: [UInt8]) throws(PNGDecodingError) -> PNGImage {
    guard bytes.count >= 8, Array(bytes[0..<8]) == signature else {
      throw PNGDecodingError(message: "not a PNG file", notPNG: true)
    }
    var header: [UInt8]?
    var compressed: [UInt8] = []
    var paletteBytes: [UInt8] = []
    var opacities: [UInt8] = []
    var offset = 8
    while offset + 8 <= bytes.count {
      let length = Int(bigEndian(bytes, offset))
      let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
      let start = offset + 8
      guard length >= 0, start + length + 4 <= bytes.count else { throw broken("truncated") }
      let data = bytes[start..<(start + length)]
      let stored = bigEndian(bytes, start + length)
      let computed = bytes[(offset + 4)..<(start + length)].withUnsafeBufferPointer {
        UInt32(crc32(0, $0.baseAddress, uInt($0.count)))
      }
      guard stored == computed else { throw broken("broken data stream (\(type) checksum)") }
      switch type {
      case "IHDR": header = Array(data)
      case "PLTE": paletteBytes = Array(data)
      case "tRNS": opacities = Array(data)
      case "IDAT": compressed += data
      default: break
      }
      offset = start + length + 4
      if type == "IEND" { break }
    }
    guard let header, header.count == 13 else { throw broken("no image header") }
    let width = Int(bigEndian(header, 0))
    let height = Int(bigEndian(header, 4))
    let depth = Int(header[8])
    guard let colorType = PNGImage.ColorType(rawValue: header[9]),
      colorType.depths.contains(depth)
    else { throw broken("unsupported colour type \(header[9]) at bit depth \(depth)") }
    guard header[10] == 0, header[11] == 0, header[12] <= 1 else {
      throw broken("unknown compression, filter or interlace method")
    }
    // (Pillow refuses images over 2 × 89,478,485 pixels as decompression bombs; NumBook
    // keeps every sample as a float, so it stops at 2^25 pixels, 5792 × 5792.)
    guard width > 0, height > 0, width <= 1 << 24, height <= 1 << 24,
      width * height <= 1 << 25
    else { throw broken("image size \(width)x\(height) out of range") }
    let channels = colorType.channels
    let layout = header[12] == 1 ? passes : [(0, 0, 1, 1)]
    var expected = 0
    for (x0, y0, dx, dy) in layout {
      let (w, h) = passSize(width, height, x0, y0, dx, dy)
      if w > 0 && h > 0 { expected += h * (1 + (w * channels * depth + 7) / 8) }
    }
    let raw = try inflate(compressed, expected: expected)
    var samples = [UInt16](repeating: 0, count: width * height * channels)
    var position = 0
    for (x0, y0, dx, dy) in layout {
      let (w, h) = passSize(width, height, x0, y0, dx, dy)
      guard w > 0 && h > 0 else { continue }
      let rowBytes = (w * channels * depth + 7) / 8
      let rows = try unfilter(
        raw, from: position, rows: h, rowBytes: rowBytes, pixelBytes: max(1, channels * depth / 8))
      position += h * (rowBytes + 1)
      for r in 0..<h {
        let y = y0 + r * dy
        for c in 0..<(w * channels) {
          let x = x0 + (c / channels) * dx
          samples[(y * width + x) * channels + c % channels] = sample(
            rows, row: r, rowBytes: rowBytes, index: c, depth: depth)
        }
      }
    }
    var palette: [(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8)] = []
    for i in 0..<(paletteBytes.count / 3) {
      let alpha = i < opacities.count ? opacities[i] : 255
      palette.append((paletteBytes[3 * i], paletteBytes[3 * i + 1], paletteBytes[3 * i + 2], alpha))
    }
    if colorType == .palette {
      guard !palette.isEmpty, samples.allSatisfy({ Int($0) < palette.count }) else {
        throw broken("palette index out of range")
      }
    }
    return PNGImage(
      width: width, height: height, colorType: colorType, bitDepth: depth, samples: samples,
      palette: palette)
  }

  static func broken(_ what: String) -> PNGDecodingError {
    PNGDecodingError(message: "broken PNG file: \(what)", notPNG: false)
  }

  static func bigEndian(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8
      | UInt32(bytes[at + 3])
  }

  static func passSize(_ width: Int, _ height: Int, _ x0: Int, _ y0: Int, _ dx: Int, _ dy: Int)
    -> (Int, Int)
  {
    (width > x0 ? (width - x0 + dx - 1) / dx : 0, height > y0 ? (height - y0 + dy - 1) / dy : 0)
  }

  static func inflate(_ data: [UInt8], expected: Int) throws(PNGDecodingError) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: expected)
    var size = uLongf(expected)
    let status = out.withUnsafeMutableBufferPointer { o in
      data.withUnsafeBufferPointer { i in
        uncompress(o.baseAddress, &size, i.baseAddress, uLong(i.count))
      }
    }
    guard status == Z_OK, Int(size) == expected else {
      throw broken("image data does not inflate to its size")
    }
    return out
  }

  /// Undoes each row's filter (None, Sub, Up, Average, Paeth); returns the rows without their
  /// filter bytes.
  static func unfilter(
    _ raw: [UInt8], from start: Int, rows: Int, rowBytes: Int, pixelBytes bpp: Int
  ) throws(PNGDecodingError) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: rows * rowBytes)
    for r in 0..<rows {
      let filter = raw[start + r * (rowBytes + 1)]
      let source = start + r * (rowBytes + 1) + 1
      let base = r * rowBytes
      for i in 0..<rowBytes {
        let x = raw[source + i]
        let a = i >= bpp ? out[base + i - bpp] : 0
        let b = r > 0 ? out[base - rowBytes + i] : 0
        let c = r > 0 && i >= bpp ? out[base - rowBytes + i - bpp] : 0
        let predicted: UInt8
        switch filter {
        case 0: predicted = 0
        case 1: predicted = a
        case 2: predicted = b
        case 3: predicted = UInt8((Int(a) + Int(b)) / 2)
        case 4: predicted = paeth(a, b, c)
        default: throw broken("unknown row filter \(filter)")
        }
        out[base + i] = x &+ predicted
      }
    }
    return out
  }

  static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
    let p = Int(a) + Int(b) - Int(c)
    let pa = abs(p - Int(a))
    let pb = abs(p - Int(b))
    let pc = abs(p - Int(c))
    if pa <= pb && pa <= pc { return a }
    return pb <= pc ? b : c
  }

  /// The `index`-th sample of a row: bit fields packed from the high bits, or big-endian
  /// 16-bit words.
  static func sample(_ rows: [UInt8], row: Int, rowBytes: Int, index: Int, depth: Int) -> UInt16 {
    let base = row * rowBytes
    switch depth {
    case 8: return UInt16(rows[base + index])
    case 16: return UInt16(rows[base + 2 * index]) << 8 | UInt16(rows[base + 2 * index + 1])
    default:
      let bit = index * depth
      let byte = rows[base + bit / 8]
      let shift = 8 - depth - bit % 8
      return UInt16((byte >> UInt8(shift)) & UInt8((1 << depth) - 1))
    }
  }
}
