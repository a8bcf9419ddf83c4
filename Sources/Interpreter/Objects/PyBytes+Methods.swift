/// `bytes.join` and `bytes.hex` (the others: PyBytes+TextMethods.swift).
extension PyBytes {
  func method(_ name: String) -> Value? {
    let bytes = self.bytes
    func make(_ body: @escaping PyBuiltinFunction.Body) -> Value {
      .object(PyBuiltinFunction(name, body))
    }
    switch name {
    case "join":
      return make { (a, interp) throws(PyException) in
        var out: [UInt8] = []
        for (i, item) in try interp.collect(a[0]).enumerated() {
          if i > 0 { out += bytes }
          guard let b = item.as(PyBytes.self) else {
            throw .typeError(
              "sequence item \(i): expected a bytes-like object, \(item.typeName) found")
          }
          out += b.bytes
        }
        return .object(PyBytes(out))
      }
    case "hex":
      return make { (_, _) throws(PyException) in
        let digits = Array("0123456789abcdef")
        return .str(String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }))
      }
    default: return textMethod(name)
    }
  }
}
