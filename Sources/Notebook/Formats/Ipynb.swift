import Foundation

/// Jupyter notebooks (nbformat 4): code and markdown cells read; outputs and metadata are
/// tolerated and dropped. Cells get consecutive virtual line numbers, so tracebacks can name a
/// cell and the line within it.
public enum Ipynb {
  public struct FormatError: Error, CustomStringConvertible {
    public var description: String
  }

  public static func parse(_ data: Data) throws -> Document {
    let json: JSONValue
    do {
      json = try JSONValue.parse(data)
    } catch {
      throw FormatError(description: "not a valid .ipynb file (the JSON does not parse)")
    }
    guard case .array(let cells)? = json["cells"] else {
      throw FormatError(description: "not a valid .ipynb file (no \"cells\" list)")
    }
    var document = Document(kind: .notebook, cells: [])
    var line = 1
    for cell in cells {
      let source = cell["source"]?.text ?? ""
      let type: Document.Cell.CellType
      switch cell["cell_type"]?.string {
      case "code": type = .code
      case "markdown": type = .markdown
      default: continue  // raw cells are not run
      }
      var header = ""
      if case .array(let tags)? = cell["metadata"]?["tags"] {
        let names = tags.compactMap(\.string)
        if !names.isEmpty {
          header = "tags=[" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
      }
      document.cells.append(
        Document.Cell(type: type, source: source, firstLine: line, header: header))
      line += source.split(separator: "\n", omittingEmptySubsequences: false).count + 1
    }
    document.isIpynb = true
    return document
  }

  /// A notebook for a document, with outputs when given (nbformat 4.5, ids from cell numbers so
  /// the file is the same for the same run).
  public static func write(_ document: Document, outputs: [Int: JSONValue.CellOutputs] = [:])
    -> String
  {
    var cells: [JSONValue] = []
    for (i, cell) in document.cells.enumerated() {
      var fields: [String: JSONValue] = [
        "id": .string(String(format: "cell-%03d", i + 1)),
        "metadata": cell.tags.isEmpty
          ? .object([:]) : .object(["tags": .array(cell.tags.map { .string($0) })]),
        "source": JSONValue.lines(cell.source),
      ]
      switch cell.type {
      case .markdown:
        fields["cell_type"] = .string("markdown")
      case .code:
        fields["cell_type"] = .string("code")
        let result = outputs[i]
        fields["execution_count"] = result?.executionCount.map { .number(Double($0)) } ?? .null
        fields["outputs"] = .array(result?.outputs ?? [])
      }
      cells.append(.object(fields))
    }
    let metadata: JSONValue = .object([
      "kernelspec": .object([
        "display_name": .string("NumBook"), "language": .string("python"),
        "name": .string("numbook"),
      ]),
      "language_info": .object(["name": .string("python"), "file_extension": .string(".py")]),
    ])
    return JSONValue.object([
      "cells": .array(cells), "metadata": metadata, "nbformat": .number(4),
      "nbformat_minor": .number(5),
    ]).serialized()
  }
}

extension JSONValue {
  /// A code cell's execution count and nbformat outputs, for writing.
  public struct CellOutputs {
    public var executionCount: Int?
    public var outputs: [JSONValue]
    public init(executionCount: Int?, outputs: [JSONValue]) {
      self.executionCount = executionCount
      self.outputs = outputs
    }
  }
}
