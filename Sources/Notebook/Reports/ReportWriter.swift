import Foundation
import Ink

/// Writes a run as `STEM.html` (self-contained, figures inline), `STEM.md` (figures in
/// `STEM_files/`) and `STEM.ipynb` (nbformat 4.5 with outputs). Cells after a failure are
/// marked as not executed. The same run gives the same files.
struct ReportWriter {
  let document: Document
  let records: [CellRecord]
  let stem: String

  func write(to directory: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let base = (directory as NSString).appendingPathComponent(stem)
    try html().write(toFile: base + ".html", atomically: true, encoding: .utf8)
    let files = base + "_files"
    let figures = records.flatMap { $0.outputs }.compactMap { o -> String? in
      if case .figure(let svg, _) = o { return svg }
      return nil
    }
    if !figures.isEmpty {
      try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
      for (i, svg) in figures.enumerated() {
        try svg.write(toFile: "\(files)/figure-\(i + 1).svg", atomically: true, encoding: .utf8)
      }
    }
    try markdown().write(toFile: base + ".md", atomically: true, encoding: .utf8)
    try notebook().write(toFile: base + ".ipynb", atomically: true, encoding: .utf8)
  }

  /// The first failing cell, for the banner.
  var failedCell: Int? { records.first { $0.failed }?.index }

  // MARK: - HTML

  func html() -> String {
    var body = ""
    var figure = 0
    for (i, cell) in document.cells.enumerated() {
      let record = records[i]
      switch cell.type {
      case .markdown:
        body +=
          "<section class=\"markdown\">\n\(MarkdownParser().html(from: cell.source))\n</section>\n"
      case .code:
        let state = record.executed ? "" : " not-executed"
        body += "<section class=\"cell\(state)\">\n"
        let label = record.executionCount.map { "In [\($0)]" } ?? "not executed"
        body += "<div class=\"prompt\">\(label)</div>\n"
        body += "<pre class=\"source\"><code>\(Self.escape(cell.source))</code></pre>\n"
        if failedCell == i {
          body +=
            "<div class=\"banner\">Execution stopped: cell \(i + 1) raised an exception.</div>\n"
        }
        for output in record.outputs {
          switch output {
          case .stream(let name, let text):
            body += "<pre class=\"\(name)\">\(Self.escape(text))</pre>\n"
          case .result(let text, let rich), .display(let text, let rich):
            body += Self.html(text, rich)
          case .figure(let svg, _):
            figure += 1
            body += "<div class=\"figure\">\(Self.inline(svg, prefix: "f\(figure)-"))</div>\n"
          case .error(_, _, let traceback):
            body += "<pre class=\"error\">\(Self.escape(traceback))</pre>\n"
          }
        }
        body += "</section>\n"
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(Self.escape(stem))</title>
      <style>
      body { font-family: 'DejaVu Sans', Arial, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }
      section { margin: 1rem 0; }
      .prompt { color: #888; font-size: 0.8rem; }
      pre { padding: 0.5rem; overflow-x: auto; font-family: 'DejaVu Sans Mono', monospace; }
      pre.source { background: #f5f5f5; border-left: 3px solid #1f77b4; }
      pre.stderr, pre.error { background: #fdecea; color: #8a1c1c; }
      .banner { background: #d62728; color: #fff; padding: 0.5rem; font-weight: bold; }
      .not-executed { opacity: 0.5; }
      .figure svg { max-width: 100%; height: auto; }
      </style>
      </head>
      <body>
      <main>
      \(body)</main>
      </body>
      </html>

      """
  }

  /// An SVG for inlining: no XML prolog, ids made unique with a prefix.
  static func inline(_ svg: String, prefix: String) -> String {
    var text = svg
    if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
    return text.replacingOccurrences(of: "id=\"", with: "id=\"\(prefix)")
      .replacingOccurrences(of: "url(#", with: "url(#\(prefix)")
      .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)")
  }

  /// A displayed value in the HTML report: its rich form when it has one Jupyter's page
  /// renders (HTML, Markdown, images), else its text.
  static func html(_ text: String, _ rich: CellRecord.RichContent?) -> String {
    guard let rich else { return "<pre class=\"result\">\(escape(text))</pre>\n" }
    switch rich.mime {
    case "text/html": return "<div class=\"display\">\(rich.content)</div>\n"
    case "text/markdown":
      return "<div class=\"display\">\(MarkdownParser().html(from: rich.content))</div>\n"
    case "image/png", "image/jpeg":
      return
        "<div class=\"display\"><img src=\"data:\(rich.mime);base64,\(rich.content)\"/></div>\n"
    case "image/svg+xml":
      return "<div class=\"display\">\(inline(rich.content, prefix: "d-"))</div>\n"
    default: return "<pre class=\"result\">\(escape(rich.content))</pre>\n"
    }
  }

  /// A displayed value's MIME bundle in the .ipynb: its text and its rich form.
  static func bundle(_ text: String, _ rich: CellRecord.RichContent?) -> [String: JSONValue] {
    var data: [String: JSONValue] = ["text/plain": JSONValue.lines(text)]
    if let rich { data[rich.mime] = JSONValue.lines(rich.content) }
    return data
  }

  static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  // MARK: - Markdown

  func markdown() -> String {
    var out = ""
    var figure = 0
    for (i, cell) in document.cells.enumerated() {
      let record = records[i]
      switch cell.type {
      case .markdown:
        out += cell.source + "\n\n"
      case .code:
        out += "```python\n\(cell.source)\n```\n\n"
        if !record.executed { out += "*(not executed)*\n\n" }
        if failedCell == i {
          out += "> **Execution stopped: cell \(i + 1) raised an exception.**\n\n"
        }
        for output in record.outputs {
          switch output {
          case .stream(_, let text):
            out += "```\n\(text.hasSuffix("\n") ? String(text.dropLast()) : text)\n```\n\n"
          case .result(let text, let rich), .display(let text, let rich):
            // Markdown and HTML go in as they are (Markdown renders HTML blocks).
            if let rich, rich.mime == "text/markdown" || rich.mime == "text/html" {
              out += rich.content + "\n\n"
            } else if let rich, rich.mime == "image/png" || rich.mime == "image/jpeg" {
              out += "![image](data:\(rich.mime);base64,\(rich.content))\n\n"
            } else {
              out += "```\n\(rich?.content ?? text)\n```\n\n"
            }
          case .figure:
            figure += 1
            out += "![figure \(figure)](\(stem)_files/figure-\(figure).svg)\n\n"
          case .error(_, _, let traceback):
            out +=
              "```\n\(traceback.hasSuffix("\n") ? String(traceback.dropLast()) : traceback)\n```\n\n"
          }
        }
      }
    }
    return out
  }

  // MARK: - ipynb

  func notebook() -> String {
    var outputs: [Int: JSONValue.CellOutputs] = [:]
    for (i, record) in records.enumerated() where document.cells[i].type == .code {
      let items = record.outputs.map { output -> JSONValue in
        switch output {
        case .stream(let name, let text):
          return .object([
            "name": .string(name), "output_type": .string("stream"), "text": JSONValue.lines(text),
          ])
        case .result(let text, let rich):
          return .object([
            "data": .object(Self.bundle(text, rich)),
            "execution_count": .number(Double(record.executionCount ?? 0)),
            "metadata": .object([:]), "output_type": .string("execute_result"),
          ])
        case .display(let text, let rich):
          return .object([
            "data": .object(Self.bundle(text, rich)), "metadata": .object([:]),
            "output_type": .string("display_data"),
          ])
        case .figure(let svg, _):
          return .object([
            "data": .object([
              "image/svg+xml": JSONValue.lines(svg),
              "text/plain": JSONValue.lines("<Figure with SVG>"),
            ]),
            "metadata": .object([:]), "output_type": .string("display_data"),
          ])
        case .error(let name, let value, let traceback):
          return .object([
            "ename": .string(name), "evalue": .string(value), "output_type": .string("error"),
            "traceback": .array(traceback.split(separator: "\n").map { .string(String($0)) }),
          ])
        }
      }
      outputs[i] = .init(executionCount: record.executionCount, outputs: items)
    }
    return Ipynb.write(document, outputs: outputs)
  }
}
