import Foundation

/// `nb convert IN OUT`: between `.ipynb`, `.nb` and `.py`, chosen by the extensions.
public enum Converter {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  public static func convert(_ input: String, to output: String) throws {
    guard let data = FileManager.default.contents(atPath: input) else {
      throw Failure(description: "cannot read '\(input)': No such file or directory")
    }
    let document: Document
    switch (input as NSString).pathExtension.lowercased() {
    case "ipynb": document = try Ipynb.parse(data)
    case "nb": document = PercentFormat.parse(String(decoding: data, as: UTF8.self))
    case "py":
      let text = String(decoding: data, as: UTF8.self)
      // A script with cell markers is read as cells; otherwise it is one code cell.
      document =
        text.contains("# %%")
        ? PercentFormat.parse(text)
        : Document(
          kind: .notebook,
          cells: [
            .init(
              type: .code, source: text.trimmingCharacters(in: .newlines), firstLine: 1, header: "")
          ])
    case let ext:
      throw Failure(description: "cannot convert from '.\(ext)' (expected .ipynb, .nb or .py)")
    }
    let text: String
    switch (output as NSString).pathExtension.lowercased() {
    case "ipynb": text = Ipynb.write(document)
    case "nb": text = PercentFormat.write(document)
    case "py": text = PercentFormat.writeScript(document)
    case let ext:
      throw Failure(description: "cannot convert to '.\(ext)' (expected .ipynb, .nb or .py)")
    }
    do {
      try text.write(toFile: output, atomically: true, encoding: .utf8)
    } catch {
      throw Failure(description: "cannot write '\(output)'")
    }
  }
}
