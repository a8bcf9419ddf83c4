#if canImport(Glibc)
  import Glibc
#endif

/// Images as matplotlib embeds them: resampled (nearest neighbour) to the figure's 100 dpi,
/// snapped to whole pixels, PNG-encoded inside the SVG.
struct ImagePainter {
  let geometry: AxesGeometry
  let clip: String
  static let pixelsPerPoint = 100.0 / 72

  /// Pixels per point for an image covering `r`: the figure's 100 dpi, or fewer when that
  /// would exceed 2^24 pixels (a huge figure), so the PNG stays a sane size.
  static func density(_ r: Rect) -> Double {
    let area = max(r.width * r.height, 1e-9)
    return min(pixelsPerPoint, (Double(1 << 24) / area).squareRoot())
  }

  /// The image's on-page rectangle, clipped to the axes, with edges rounded to pixels.
  private func pixelRect(_ r: Rect, _ k: Double) -> (x0: Int, y0: Int, x1: Int, y1: Int) {
    (
      Int(saturating: (r.x * k).rounded()), Int(saturating: (r.y * k).rounded()),
      Int(saturating: (r.maxX * k).rounded()), Int(saturating: (r.maxY * k).rounded())
    )
  }

  func draw(_ image: AxesImage, _ doc: inout SVGDocument) {
    let (l, r, b, t) = image.extent
    let xs = [geometry.px(l), geometry.px(r)], ys = [geometry.py(b), geometry.py(t)]
    let page = Rect(
      x: xs.min()!, y: ys.min()!, width: abs(xs[1] - xs[0]), height: abs(ys[1] - ys[0]))
    let box = geometry.box
    let x0 = max(page.x, box.x), y0 = max(page.y, box.y)
    let visible = Rect(
      x: x0, y: y0, width: min(page.maxX, box.maxX) - x0, height: min(page.maxY, box.maxY) - y0)
    guard visible.width > 0, visible.height > 0 else { return }
    let k = ImagePainter.density(visible)
    let p = pixelRect(visible, k)
    let (w, h) = (p.x1 - p.x0, p.y1 - p.y0)
    guard w > 0, h > 0 else { return }
    var rgba = [UInt8](repeating: 0, count: w * h * 4)
    // Where each output pixel's centre falls in the data grid.
    let columns = (0..<w).map { i -> Int in
      let xPage = (Double(p.x0 + i) + 0.5) / k
      let u = (xPage - geometry.px(l)) / (geometry.px(r) - geometry.px(l))
      return min(max(Int(saturating: floor(u * Double(image.cols))), 0), image.cols - 1)
    }
    for j in 0..<h {
      let yPage = (Double(p.y0 + j) + 0.5) / k
      // Row 0 of the array sits at the `top` edge of the extent.
      let v = (yPage - geometry.py(t)) / (geometry.py(b) - geometry.py(t))
      let row = min(max(Int(saturating: floor(v * Double(image.rows))), 0), image.rows - 1)
      for i in 0..<w {
        let c = image.rgba(row, columns[i])
        let o = (j * w + i) * 4
        (rgba[o], rgba[o + 1], rgba[o + 2], rgba[o + 3]) = c
      }
    }
    embed(rgba, width: w, height: h, at: p, density: k, &doc, clipped: true)
  }

  /// A colorbar's continuous strip, one row of pixels per displayed pixel.
  func gradient(_ m: ScalarMappable, _ doc: inout SVGDocument) {
    let k = ImagePainter.density(geometry.box)
    let p = pixelRect(geometry.box, k)
    let (w, h) = (p.x1 - p.x0, p.y1 - p.y0)
    guard w > 0, h > 0 else { return }
    var rgba = [UInt8](repeating: 0, count: w * h * 4)
    for j in 0..<h {
      let t = 1 - (Double(j) + 0.5) / Double(h)
      var c = m.colormap.bytes(t)
      if let alpha = m.alpha { c.3 = UInt8((255 * alpha).rounded()) }
      for i in 0..<w {
        let o = (j * w + i) * 4
        (rgba[o], rgba[o + 1], rgba[o + 2], rgba[o + 3]) = c
      }
    }
    embed(rgba, width: w, height: h, at: p, density: k, &doc, clipped: false)
  }

  private func embed(
    _ rgba: [UInt8], width w: Int, height h: Int, at p: (x0: Int, y0: Int, x1: Int, y1: Int),
    density k: Double, _ doc: inout SVGDocument, clipped: Bool
  ) {
    let n = SVGNumber.format
    let png = PNGEncoder.base64(PNGEncoder.encode(width: w, height: h, rgba: rgba))
    doc.open(doc.id("image"), attributes: clipped ? " clip-path=\"url(#\(clip))\"" : "")
    doc.append(
      "<image x=\"\(n(Double(p.x0) / k))\" y=\"\(n(Double(p.y0) / k))\" width=\"\(n(Double(w) / k))\" height=\"\(n(Double(h) / k))\" preserveAspectRatio=\"none\" style=\"image-rendering:optimizeSpeed;image-rendering:pixelated\" xlink:href=\"data:image/png;base64,\n\(png)\"/>\n"
    )
    doc.close()
  }
}
