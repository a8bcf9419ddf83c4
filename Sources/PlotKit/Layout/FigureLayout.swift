/// Where every axes of a figure goes: subplot grid cells, fixed aspect ratios, room for
/// colorbars, and `tight_layout`'s subplot parameters.
struct FigureLayout {
  let figure: Figure
  private(set) var params: Figure.SubplotParams
  private(set) var geometries: [AxesGeometry] = []

  init(_ figure: Figure) {
    self.figure = figure
    params = figure.subplotParams
    geometries = place()
    if let request = figure.tightLayout {
      // Two rounds: the decorations depend a little on the boxes (the tick budget).
      for _ in 0..<1 {
        params = tightParams(request)
        geometries = place()
      }
    }
  }

  /// The grid cell of a slot for the current subplot parameters, in SVG points.
  func cell(_ s: Axes.GridSlot) -> Rect {
    let (W, H) = (figure.width, figure.height)
    let (x0, y0, x1, y1) = FigureLayout.gridPosition(s, params)
    return Rect(x: x0 * W, y: (1 - y1) * H, width: (x1 - x0) * W, height: (y1 - y0) * H)
  }

  /// A grid cell in figure fractions (x0, y0, x1, y1), computed as matplotlib's
  /// `GridSpec.get_grid_positions` does, operation for operation.
  static func gridPosition(_ s: Axes.GridSlot, _ p: Figure.SubplotParams) -> (
    Double, Double, Double, Double
  ) {
    func edges(_ n: Int, _ total: Double, _ space: Double, _ ratios: [Double]?) -> [Double] {
      let cell = total / (Double(n) + space * Double(n - 1))
      let sep = space * cell
      let r = ratios.map { $0.count == n ? $0 : [] } ?? []
      let sum = r.isEmpty ? Double(n) : r.reduce(0, +)
      let norm = cell * Double(n) / sum
      var running = 0.0
      var out: [Double] = []
      for i in 0..<n {
        running += i == 0 ? 0 : sep
        out.append(running)
        running += (r.isEmpty ? 1 : r[i]) * norm
        out.append(running)
      }
      return out
    }
    let rows = edges(s.rows, p.top - p.bottom, p.hspace, s.heightRatios)
    let cols = edges(s.cols, p.right - p.left, p.wspace, s.widthRatios)
    let top = p.top - rows[2 * s.row]
    let bottom = p.top - rows[2 * (s.row + s.rowSpan - 1) + 1]
    let left = p.left + cols[2 * s.col]
    let right = p.left + cols[2 * (s.col + s.colSpan - 1) + 1]
    return (left, bottom, right, top)
  }

  /// The region an axes may use, before its aspect ratio shrinks it.
  func region(_ a: Axes) -> Rect {
    if let parent = a.twinParent { return region(parent) }
    if let bar = a.colorbar {
      let c = region(bar.parent, ignoringColorbar: true)
      let height = bar.shrink * c.height
      return Rect(
        x: c.x + (1 - bar.fraction) * c.width, y: c.y + (c.height - height) / 2,
        width: height / bar.aspect, height: height)
    }
    return region(a, ignoringColorbar: false)
  }

  /// The grid cell or the explicit rectangle, less the colorbar's share.
  private func region(_ a: Axes, ignoringColorbar: Bool) -> Rect {
    var r: Rect
    if let f = a.fractionRect {
      let (W, H) = (figure.width, figure.height)
      r = Rect(x: f.0 * W, y: (1 - f.1 - f.3) * H, width: f.2 * W, height: f.3 * H)
    } else {
      r = cell(a.slot)
    }
    if !ignoringColorbar, let bar = a.attachedColorbar?.colorbar {
      r.width *= 1 - bar.fraction - bar.pad
    }
    return r
  }

  private func place() -> [AxesGeometry] {
    figure.axes.map { a in
      var box = region(a)
      let linear = a.xaxis.scale == .linear && a.yaxis.scale == .linear
      if let aspect = a.aspect, a.aspectAdjustsLimits, a.colorbar == nil, linear {
        return AxesGeometry(a, box: box, limits: FigureLayout.widenedLimits(a, box, aspect))
      }
      if let aspect = a.aspect, a.colorbar == nil, linear {
        let (x, y) = (a.xlim, a.ylim)
        let ratio = aspect * abs(y.1 - y.0) / abs(x.1 - x.0)
        if ratio.isFinite && ratio > 0 {
          let anchorRight = a.attachedColorbar != nil
          if box.height / box.width > ratio {
            let h = box.width * ratio
            box = Rect(x: box.x, y: box.y + (box.height - h) / 2, width: box.width, height: h)
          } else {
            let w = box.height / ratio
            let x0 = anchorRight ? box.maxX - w : box.x + (box.width - w) / 2
            box = Rect(x: x0, y: box.y, width: w, height: box.height)
          }
        }
      }
      return AxesGeometry(a, box: box)
    }
  }

  /// matplotlib's `apply_aspect` for adjustable 'datalim': widen x or y about its centre so
  /// that one data unit has the same length on both axes.
  static func widenedLimits(_ a: Axes, _ box: Rect, _ aspect: Double)
    -> ((Double, Double), (Double, Double))
  {
    let (x, y) = (a.xlim, a.ylim)
    let dataRatio = (box.height / box.width) / aspect
    let (xsize, ysize) = (abs(x.1 - x.0), abs(y.1 - y.0))
    let yExpander = dataRatio * xsize / ysize - 1
    guard abs(yExpander) >= 0.005 else { return (x, y) }
    let data = a.artists.map(\.dataLimits)
    let xs = data.flatMap(\.x).filter(\.isFinite), ys = data.flatMap(\.y).filter(\.isFinite)
    let xr = 1.05 * ((xs.max() ?? 1) - (xs.min() ?? 0))
    let yr = 1.05 * ((ys.max() ?? 1) - (ys.min() ?? 0))
    let (xmarg, ymarg) = (xsize - xr, ysize - yr)
    let ySize = dataRatio * xsize, xSize = ysize / dataRatio
    let (xMarg, yMarg) = (xSize - xr, ySize - yr)
    let adjustY =
      xmarg > 0 && ymarg > 0
      ? (yMarg > 0 && yExpander < 0) || (xMarg < 0 && yExpander > 0) : yExpander > 0
    if adjustY {
      let c = (y.0 + y.1) / 2
      return (x, (c - ySize / 2, c + ySize / 2))
    }
    let c = (x.0 + x.1) / 2
    return ((c - xSize / 2, c + xSize / 2), y)
  }

  /// matplotlib's tight layout: outer decorations `pad` × the font size (rcParams
  /// `font.size`, 10 pt) from the figure edges, neighbouring ones `h_pad`/`w_pad` × it apart.
  private func tightParams(_ request: Figure.TightLayoutRequest) -> Figure.SubplotParams {
    let gridded = geometries.filter { $0.axes.colorbar == nil && $0.axes.fractionRect == nil }
    guard let first = gridded.first else { return params }
    let (rows, cols) = (first.axes.slot.rows, first.axes.slot.cols)
    // The decorations of each grid slot (its axes, twins and colorbars together), as
    // matplotlib's `_auto_adjust_subplotpars` adds them up: `across[r][c]` is what stands
    // out left of column c (right of column c - 1 added in) in row r; `down[r][c]` likewise
    // above row r.
    var slots: [(Axes.GridSlot, Rect)] = []
    for g in gridded where g.axes.slot.rows == rows && g.axes.slot.cols == cols {
      var tight = g.tightBox
      if let bar = g.axes.attachedColorbar, let gb = geometries.first(where: { $0.axes === bar }) {
        tight = tight.union(gb.tightBox)
      }
      if let i = slots.firstIndex(where: { $0.0 == g.axes.slot }) {
        slots[i].1 = slots[i].1.union(tight)
      } else {
        slots.append((g.axes.slot, tight))
      }
    }
    var across = Array(repeating: Array(repeating: 0.0, count: cols + 1), count: rows)
    var down = Array(repeating: Array(repeating: 0.0, count: cols), count: rows + 1)
    for (s, tight) in slots {
      let c = cell(s)
      for r in s.row..<(s.row + s.rowSpan) {
        across[r][s.col] += c.x - tight.x
        across[r][s.col + s.colSpan] += tight.maxX - c.maxX
      }
      for k in s.col..<(s.col + s.colSpan) {
        down[s.row][k] += c.y - tight.y
        down[s.row + s.rowSpan][k] += tight.maxY - c.maxY
      }
    }
    let (W, H) = (figure.width, figure.height)
    let pad = request.pad * request.fontSize
    let hPad = (request.hPad ?? request.pad) * request.fontSize
    let wPad = (request.wPad ?? request.pad) * request.fontSize
    var p = params
    // A supylabel's width (a supxlabel's height) and one more pad, as matplotlib adds them.
    func extra(_ t: TextArtist?, _ size: (Rect) -> Double) -> Double {
      guard let t, !t.text.isEmpty else { return 0 }
      return size(ArtistPainter.box(t, at: 0, 0)) + pad
    }
    p.left = (max(across.map { $0[0] }.max()!, 0) + pad + extra(figure.supYLabel, \.width)) / W
    p.right = 1 - (max(across.map { $0[cols] }.max()!, 0) + pad) / W
    var topMargin = max(down[0].max()!, 0) + pad
    // matplotlib adds the suptitle's height and one more pad on top.
    if !figure.suptitle.isEmpty { topMargin += figure.suptitleSize + pad }
    p.top = 1 - topMargin / H
    p.bottom = (max(down[rows].max()!, 0) + pad + extra(figure.supXLabel, \.height)) / H
    if cols > 1 {
      let gap = across.flatMap { $0[1..<cols] }.max()! + wPad
      let cellW = ((p.right - p.left) * W - Double(cols - 1) * gap) / Double(cols)
      guard cellW > 0 else { return params }
      p.wspace = gap / cellW
    }
    if rows > 1 {
      let gap = down[1..<rows].flatMap { $0 }.max()! + hPad
      let cellH = ((p.top - p.bottom) * H - Double(rows - 1) * gap) / Double(rows)
      guard cellH > 0 else { return params }
      p.hspace = gap / cellH
    }
    if p.left >= p.right || p.bottom >= p.top { return params }
    return p
  }
}
