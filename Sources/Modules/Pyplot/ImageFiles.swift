import Interpreter
import NumKit
import PlotKit

/// `matplotlib.image.imread` and `imsave` (also `plt.imread`, `plt.imsave`): PNG files read
/// into the arrays matplotlib returns, and arrays written as RGBA PNG files the way
/// matplotlib colours them.
enum ImageFiles {
  static func install(on module: PyModule, _ state: PyplotState) {
    module.define("imread") { (a, interp) throws(PyException) in try imread(a, interp) }
    module.define("imsave") { (a, interp) throws(PyException) in
      try imsave(a, state, interp)
      return .none
    }
  }

  /// The `matplotlib.image` module.
  static func module(_ state: PyplotState) -> PyModule {
    let m = PyModule(name: "matplotlib.image")
    install(on: m, state)
    return m
  }

  // MARK: - Reading

  /// matplotlib's arrays for PNG files: float32 in 0...1; (M, N) for grey, (M, N, 3) for RGB,
  /// (M, N, 4) for RGBA and for palette and grey+alpha images (which Pillow converts to RGBA);
  /// 16-bit colour samples keep their high byte, as Pillow's do.
  static func imread(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let path = try a.string(0, "fname")
    let format = try optionalText(a, "format", interp)
    if (format ?? fileExtension(path) ?? "").lowercased() != "png" {
      throw PyException(
        .notImplementedError,
        "NumBook reads PNG images only; '\(path)' is not a .png file (convert it to PNG first)")
    }
    guard let bytes = FileAccess.readBytes(path) else { throw .fileNotFound(path) }
    let image: PNGImage
    do {
      image = try PNGDecoder.decode(bytes)
    } catch {
      if error.notPNG { throw PyException(.syntaxError, "not a PNG file") }
      throw PyException(.osError, error.message)
    }
    let (shape, values) = floatPixels(image)
    return NumpyBridge.wrap(NDArray(values, shape: shape, dtype: .float32))
  }

  static func floatPixels(_ image: PNGImage) -> ([Int], [Double]) {
    let pixels = image.width * image.height
    let byte: (UInt16) -> Double = { Double(Float($0) / 255) }
    // Pillow keeps the high byte of 16-bit colour samples.
    let coarse: (UInt16) -> Double = { image.bitDepth == 16 ? byte($0 >> 8) : byte($0) }
    switch image.colorType {
    case .gray:
      // 1-bit samples are 0 or 1. Pillow widens 2- and 4-bit ones to 8 bits (× 85, × 17)
      // before matplotlib divides them by 3 and 15: matplotlib's arrays go up to 85 and 17.
      let (widen, scale): (Float, Float?) =
        [1: (1, nil), 2: (85, 3), 4: (17, 15), 8: (1, 255), 16: (1, 65535)][image.bitDepth]!
      let values = image.samples.map { v in
        scale.map { Double(Float(v) * widen / $0) } ?? Double(v)
      }
      return ([image.height, image.width], values)
    case .rgb, .rgba:
      return ([image.height, image.width, image.channels], image.samples.map(coarse))
    case .palette:
      var values: [Double] = []
      values.reserveCapacity(pixels * 4)
      for index in image.samples {
        let entry = image.palette[Int(index)]
        for channel in [entry.red, entry.green, entry.blue, entry.alpha] {
          values.append(byte(UInt16(channel)))
        }
      }
      return ([image.height, image.width, 4], values)
    case .grayAlpha:
      var values: [Double] = []
      values.reserveCapacity(pixels * 4)
      for p in 0..<pixels {
        let gray = coarse(image.samples[2 * p])
        values += [gray, gray, gray, coarse(image.samples[2 * p + 1])]
      }
      return ([image.height, image.width, 4], values)
    }
  }

  /// What follows the last dot of the file name (not of a folder's), if anything.
  static func fileExtension(_ path: String) -> String? {
    let name = path.split(separator: "/").last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    return String(name[name.index(after: dot)...])
  }

  /// A keyword's text (None and absent: nil).
  static func optionalText(_ a: Arguments, _ name: String, _ interp: Interpreter)
    throws(PyException) -> String?
  {
    guard let v = a.keyword(name), !v.isNone else { return nil }
    return try interp.str(v)
  }

  // MARK: - Writing

  /// `imsave(fname, arr, vmin=None, vmax=None, cmap=None, format=None, origin=None, dpi=100)`:
  /// a 2-D array through the colormap (its own min and max unless given), an (M, N, 3) or
  /// (M, N, 4) array of floats in 0...1 or of uint8 as colours; always written as RGBA.
  static func imsave(_ a: Arguments, _ state: PyplotState, _ interp: Interpreter)
    throws(PyException)
  {
    let path = try a.string(0, "fname")
    guard let data = a.positional.count > 1 ? a.positional[1] : a.keyword("arr") else {
      throw .typeError("imsave() missing 1 required positional argument: 'arr'")
    }
    let format = try optionalText(a, "format", interp)
    // (No extension: matplotlib's default savefig format, png.)
    guard (format ?? fileExtension(path) ?? "png").lowercased() == "png" else {
      throw PyException(
        .notImplementedError,
        "NumBook saves images as PNG only; use a .png name (or plt.imshow and savefig for SVG)")
    }
    var array = try NumpyBridge.array(from: data, dtype: nil, interp)
    let origin = try optionalText(a, "origin", interp)
    if let origin, origin != "upper" && origin != "lower" {
      throw .valueError(
        "\(PyStr.repr(origin)) is not a valid value for origin. Supported values are 'upper', 'lower'"
      )
    }
    if origin == "lower", array.ndim >= 2 {
      let upright = array
      array = try NumpyBridge.check { () throws(NumKitError) in try upright.flipped([0]) }
    }
    let rgba: [UInt8]
    switch array.ndim {
    case 2:
      let colormap = try PlotArguments.colormap(a, interp, defaults: state)
      let (vmin, vmax, _) = try PlotArguments.limits(a, interp)
      rgba = colormapped(array, colormap, vmin: vmin, vmax: vmax)
    case 3:
      rgba = try colours(array)
    default:
      let dims = array.shape.map(String.init).joined(separator: ", ")
      throw .valueError("Invalid shape (\(dims)\(array.ndim == 1 ? "," : "")) for image data")
    }
    let png = PNGEncoder.encode(width: array.shape[1], height: array.shape[0], rgba: rgba)
    guard FileAccess.write(png, to: path) else { throw .fileNotFound(path) }
  }

  /// matplotlib's Normalize then colormap lookup. The normalisation runs in float32 for
  /// float32, uint8 and bool data (matplotlib's `process_value`), else in float64.
  static func colormapped(_ array: NDArray, _ colormap: Colormap, vmin: Double?, vmax: Double?)
    -> [UInt8]
  {
    let count = array.size
    let values = (0..<count).map { array.double(at: $0) }
    let finite = values.filter { !$0.isNaN }
    // (matplotlib's own limits come from the data with its NaNs: one NaN makes them NaN, and
    // then every pixel is transparent.)
    let hasNaN = finite.count < values.count
    let low = vmin ?? (hasNaN ? .nan : finite.min() ?? 0)
    let high = vmax ?? (hasNaN ? .nan : finite.max() ?? 0)
    let single = [.float32, .uint8, .bool].contains(array.dtype)
    var out: [UInt8] = []
    out.reserveCapacity(count * 4)
    for v in values {
      let t: Double
      if single {
        let span = Float(high) - Float(low)
        t = span == 0 ? 0 : Double((Float(v) - Float(low)) / span)
      } else {
        t = high == low ? 0 : (v - low) / (high - low)
      }
      let (r, g, b, alpha) = colormap.bytes(v.isNaN ? .nan : t)
      out += [r, g, b, alpha]
    }
    return out
  }

  /// (M, N, 3 or 4) colours: floats in 0...1 scaled by 255 and truncated, uint8 as they are,
  /// opaque alpha added to RGB.
  static func colours(_ array: NDArray) throws(PyException) -> [UInt8] {
    let channels = array.shape[2]
    guard channels == 3 || channels == 4 else {
      throw .valueError("Third dimension must be 3 or 4")
    }
    let isFloat = array.dtype == .float32 || array.dtype == .float64
    guard isFloat || array.dtype == .uint8 else {
      throw .valueError(
        "Image RGB array must be uint8 or floating point; found \(array.dtype.rawValue)")
    }
    let values = (0..<array.size).map { array.double(at: $0) }
    if isFloat, values.contains(where: { $0 > 1 || $0 < 0 }) {
      throw .valueError("Floating point image RGB values must be in the [0,1] range")
    }
    let scale: (Double) -> UInt8 = { v in
      if !isFloat { return UInt8(v) }
      if v.isNaN { return 0 }
      return array.dtype == .float32 ? UInt8(Float(v) * 255) : UInt8(v * 255)
    }
    var out: [UInt8] = []
    out.reserveCapacity(array.shape[0] * array.shape[1] * 4)
    for p in 0..<(array.shape[0] * array.shape[1]) {
      for c in 0..<channels { out.append(scale(values[p * channels + c])) }
      if channels == 3 { out.append(255) }
    }
    return out
  }
}
