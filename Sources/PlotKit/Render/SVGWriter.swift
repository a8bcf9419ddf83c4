/// Writes a figure as standalone SVG 1.1 in matplotlib's layout (text as `<text>` in DejaVu
/// Sans, images as embedded PNG). Deterministic: ids come from counters.
struct SVGWriter {
  let figure: Figure
  let layout: FigureLayout
  let tightBBox: Bool

  func document() -> String {
    var doc = SVGDocument()
    let n = SVGNumber.format
    let (W, H) = (figure.width, figure.height)
    doc.open("figure_1")
    doc.open(doc.id("patch"))
    doc.path(
      SVGDocument.rectangle(Rect(x: 0, y: 0, width: W, height: H)),
      style: figure.faceColor == .white
        ? "fill: #ffffff; stroke: none" : SVGStyle(fill: figure.faceColor).text + "; stroke: none")
    doc.close()
    var extent = Rect(x: 0, y: 0, width: 0, height: 0)
    var first = true
    for g in layout.geometries where g.axes.visible {
      var renderer = AxesRenderer(geometry: g)
      renderer.draw(&doc)
      let box = renderer.extent
      extent = first ? box : extent.union(box)
      first = false
    }
    if !figure.suptitle.isEmpty {
      let top = (1 - figure.suptitleY) * H
      let y = top + TextMetrics.ascent(of: figure.suptitle, size: figure.suptitleSize)
      doc.open(doc.id("text"))
      doc.text(
        figure.suptitle, x: W / 2, y: y, size: figure.suptitleSize, anchor: "middle",
        weight: figure.suptitleWeight)
      doc.close()
      let w = TextMetrics.width(figure.suptitle, size: figure.suptitleSize)
      let box = Rect(x: W / 2 - w / 2, y: top, width: w, height: figure.suptitleSize)
      extent = first ? box : extent.union(box)
    }
    for t in figure.texts where !t.text.isEmpty {
      let (x, y) = (t.x * W, (1 - t.y) * H)
      doc.open(doc.id("text"))
      ArtistPainter.write(t, at: x, y, &doc)
      doc.close()
      let box = ArtistPainter.box(t, at: x, y)
      extent = first ? box : extent.union(box)
      first = false
    }
    doc.close()
    var (x0, y0, width, height) = (0.0, 0.0, W, H)
    if tightBBox && !first {
      (x0, y0) = (extent.x - 7.2, extent.y - 7.2)
      (width, height) = (extent.width + 14.4, extent.height + 14.4)
    }
    var out = """
      <?xml version="1.0" encoding="utf-8" standalone="no"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
        "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg xmlns:xlink="http://www.w3.org/1999/xlink" width="\(n(width))pt" height="\(n(height))pt" \
      viewBox="0 0 \(n(width)) \(n(height))" xmlns="http://www.w3.org/2000/svg" version="1.1">
      <defs>
      <style type="text/css">*{stroke-linejoin: round; stroke-linecap: butt}</style>
      \(doc.definitions)</defs>

      """
    if x0 != 0 || y0 != 0 {
      out += "<g transform=\"translate(\(n(-x0)) \(n(-y0)))\">\n\(doc.body)</g>\n"
    } else {
      out += doc.body
    }
    out += "<defs>\n\(doc.clipDefinitions)</defs>\n</svg>\n"
    return out
  }
}
