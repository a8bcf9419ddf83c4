import CCrypto
import Interpreter

/// `hashlib` on OpenSSL's libcrypto, as CPython's `_hashlib` is: `md5`, `sha1`, the SHA-2 and
/// SHA-3 families, `shake_128`/`shake_256`, `blake2b`/`blake2s` (at their full digest sizes),
/// `new(name)` for those and the others libcrypto has (`sha512_256`, `ripemd160`, ...),
/// `pbkdf2_hmac`, `file_digest`, `algorithms_guaranteed` and `algorithms_available`. Hash
/// objects have `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size` and
/// `block_size`, and print as CPython's.
enum HashlibModule {
  /// Python's name of each digest and libcrypto's.
  static let names: [(python: String, openSSL: String)] = [
    ("md5", "MD5"), ("sha1", "SHA1"), ("sha224", "SHA224"), ("sha256", "SHA256"),
    ("sha384", "SHA384"), ("sha512", "SHA512"), ("sha3_224", "SHA3-224"),
    ("sha3_256", "SHA3-256"), ("sha3_384", "SHA3-384"), ("sha3_512", "SHA3-512"),
    ("shake_128", "SHAKE128"), ("shake_256", "SHAKE256"), ("blake2b", "BLAKE2B512"),
    ("blake2s", "BLAKE2S256"), ("sha512_224", "SHA512-224"), ("sha512_256", "SHA512-256"),
    ("md5-sha1", "MD5-SHA1"), ("ripemd160", "RIPEMD160"), ("sm3", "SM3"),
  ]

  /// The names every build of CPython has (the first 14 above).
  static let guaranteed = names.prefix(14).map(\.python)

  /// The digest called `name` (Python's name in any case, or libcrypto's), nil when
  /// libcrypto has none.
  static func algorithm(_ name: String) -> DigestAlgorithm? {
    let lowered = name.lowercased()
    guard
      let entry = names.first(where: {
        $0.python == lowered || $0.openSSL.lowercased() == lowered
      })
    else { return nil }
    return DigestAlgorithm.named(entry.python, openSSL: entry.openSSL)
  }

  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "hashlib")
    defer { try? interp.runModule(fileDigestSource, in: m, file: "<hashlib>") }
    let available = names.map(\.python).filter { algorithm($0) != nil }
    for (setName, members) in [
      ("algorithms_guaranteed", guaranteed), ("algorithms_available", available),
    ] {
      let set = PySet(SetTable(), frozen: setName == "algorithms_guaranteed")
      for name in members { try? set.insert(.str(name), interp) }
      m.define(setName, .object(set))
    }
    m.define("blake2b", .object(PyHash.blake2bClass))
    m.define("blake2s", .object(PyHash.blake2sClass))
    for name in guaranteed where !name.hasPrefix("blake2") {
      let constructor = PyBuiltinFunction(name) { (a, interp) throws(PyException) in
        try make(name, data: a.parameter(0, "data") ?? a.keyword("string"), a, interp)
      }
      m.define(name, .object(constructor))
    }
    m.define("new") { (a, interp) throws(PyException) in
      try a.expect("new", min: 1, max: 2)
      let name = try a.string(0, "new() argument 'name'")
      var rest = a
      rest.positional = Array(a.positional.dropFirst())
      return try make(name, data: a.parameter(1, "data") ?? a.keyword("string"), rest, interp)
    }
    m.define("pbkdf2_hmac") { (a, _) throws(PyException) in
      try a.expect("pbkdf2_hmac", min: 4, max: 5)
      let name = try a.string(0, "pbkdf2_hmac() argument 'hash_name'")
      guard let digest = algorithm(name), !digest.extendable else { throw unsupported(name) }
      let password = try PyHash.bytes(try a[1])
      let salt = try PyHash.bytes(try a[2])
      let iterations = try Arguments.index(try a[3])
      let length =
        try a.parameter(4, "dklen").flatMap { (v) throws(PyException) in
          v.isNone ? nil : try Arguments.index(v)
        } ?? digest.digestSize
      guard iterations >= 1 else { throw .valueError("iteration value must be greater than 0.") }
      guard iterations <= Int(Int32.max) else {
        throw .overflow("iteration value is too great.")
      }
      guard length >= 1 else { throw .valueError("key length must be greater than 0.") }
      guard length <= Int(Int32.max) else { throw .overflow("key length is too great.") }
      var key = [UInt8](repeating: 0, count: length)
      // (A terminating zero after the password: libcrypto takes its length from the count.)
      let chars = password.map { CChar(bitPattern: $0) } + [0]
      let done = PKCS5_PBKDF2_HMAC(
        chars, Int32(password.count), salt, Int32(salt.count), Int32(iterations), digest.md,
        Int32(length), &key)
      guard done == 1 else { throw .valueError("pbkdf2_hmac failed") }
      return .object(PyBytes(key))
    }
    return m
  }

  /// A new hash object of digest `name`, fed `data`: blake2 computed here (with the parameters
  /// in `a`), the others by libcrypto.
  static func make(_ name: String, data: Value?, _ a: Arguments, _ interp: Interpreter)
    throws(PyException)
    -> Value
  {
    let lowered = name.lowercased()
    if lowered == "blake2b" || lowered == "blake2s" {
      guard a.count <= 1 else {
        throw .typeError("\(lowered)() takes at most 1 positional argument (\(a.count) given)")
      }
      let parameters = try Blake2Parameters(lowered, a, interp)
      // The plain full-size digest by libcrypto (several times faster); any other form here.
      if parameters == Blake2Parameters(digestSize: parameters.digestSize),
        parameters.digestSize == (lowered == "blake2b" ? 64 : 32),
        let digest = algorithm(lowered)
      {
        return .object(try PyHash(digest, data: data))
      }
      let hash = PyHash(blake2: lowered, parameters)
      if let data, !data.isNone { try hash.update(data) }
      return .object(hash)
    }
    try a.expect(name, min: 0, max: 1)
    guard let digest = algorithm(name) else { throw unsupported(name) }
    return .object(try PyHash(digest, data: data))
  }

  static func unsupported(_ name: String) -> PyException {
    .valueError("unsupported hash type \(name)")
  }

  /// `hashlib.file_digest(fileobj, digest)`: the file read in chunks into a new hash object.
  private static let fileDigestSource = #"""
    def file_digest(fileobj, digest, /, *, _bufsize=2**18):
        if isinstance(digest, str):
            digestobj = new(digest)
        else:
            digestobj = digest()
        if not hasattr(fileobj, "read") or ("b" not in getattr(fileobj, "mode", "b")):
            raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
        while True:
            chunk = fileobj.read(_bufsize)
            if not chunk:
                break
            digestobj.update(chunk)
        return digestobj
    """#
}

/// One of libcrypto's message digests, with Python's name and sizes.
struct DigestAlgorithm {
  let name: String
  let md: OpaquePointer
  let digestSize: Int
  let blockSize: Int
  /// SHAKE: a digest of any length, asked for when it is read.
  var extendable: Bool { name.hasPrefix("shake") }

  nonisolated(unsafe) private static var fetched: [String: DigestAlgorithm?] = [:]

  /// The digest libcrypto has under `openSSL` (fetched once; nil when it has none).
  static func named(_ name: String, openSSL: String) -> DigestAlgorithm? {
    if let known = fetched[name] { return known }
    var found: DigestAlgorithm? = nil
    if let md = EVP_MD_fetch(nil, openSSL, nil) {
      let size = name.hasPrefix("shake") ? 0 : Int(EVP_MD_get_size(md))
      found = DigestAlgorithm(
        name: name, md: md, digestSize: size, blockSize: Int(EVP_MD_get_block_size(md)))
    }
    fetched[name] = found
    return found
  }
}

/// A running digest (`hashlib.sha256()`): libcrypto's context, or BLAKE2 computed here, fed
/// by `update`; `digest` finishes a copy, so the object can go on being fed.
final class PyHash: PyObject {
  enum State {
    case openSSL(OpaquePointer)
    case blake2b(Blake2Digest<UInt64>)
    case blake2s(Blake2Digest<UInt32>)
  }

  let name: String
  let digestSize: Int
  let blockSize: Int
  /// SHAKE: a digest of any length, asked for when it is read.
  let extendable: Bool
  private var state: State

  static let hashClass = kind("HASH", module: "_hashlib")
  static let extendableClass = kind("HASHXOF", module: "_hashlib")
  static let blake2bClass = blake2Class("blake2b", Blake2Digest<UInt64>.self)
  static let blake2sClass = blake2Class("blake2s", Blake2Digest<UInt32>.self)

  private static func kind(_ name: String, module: String) -> PyClass {
    let c = PyClass(name, bases: [.object])
    c.moduleName = module
    return c
  }

  /// `hashlib.blake2b` is the type itself, constructed with its parameters, and holds its
  /// size limits.
  private static func blake2Class<W>(_ name: String, _ digest: Blake2Digest<W>.Type) -> PyClass {
    let c = kind(name, module: "_blake2")
    let wordBytes = Blake2Digest<W>.wordBytes
    for (attribute, value) in [
      ("MAX_DIGEST_SIZE", 8 * wordBytes), ("MAX_KEY_SIZE", 8 * wordBytes),
      ("SALT_SIZE", 2 * wordBytes), ("PERSON_SIZE", 2 * wordBytes),
    ] {
      c.attributes[attribute] = .int(value)
    }
    c.constructor = { (a, interp) throws(PyException) in
      try HashlibModule.make(name, data: a.parameter(0, "data") ?? a.keyword("string"), a, interp)
    }
    return c
  }

  init(_ algorithm: DigestAlgorithm, data: Value?) throws(PyException) {
    name = algorithm.name
    digestSize = algorithm.digestSize
    blockSize = algorithm.blockSize
    extendable = algorithm.extendable
    let context = EVP_MD_CTX_new()!
    EVP_DigestInit_ex(context, algorithm.md, nil)
    state = .openSSL(context)
    super.init()
    if let data, !data.isNone { try update(data) }
  }

  init(blake2 name: String, _ parameters: Blake2Parameters) {
    self.name = name
    digestSize = parameters.digestSize
    extendable = false
    if name == "blake2b" {
      blockSize = Blake2Digest<UInt64>.blockSize
      state = .blake2b(Blake2Digest(parameters))
    } else {
      blockSize = Blake2Digest<UInt32>.blockSize
      state = .blake2s(Blake2Digest(parameters))
    }
  }

  private init(copying other: PyHash) {
    name = other.name
    digestSize = other.digestSize
    blockSize = other.blockSize
    extendable = other.extendable
    state = other.state
    if case .openSSL(let context) = other.state {
      let copy = EVP_MD_CTX_new()!
      EVP_MD_CTX_copy_ex(copy, context)
      state = .openSSL(copy)
    }
  }

  deinit {
    if case .openSSL(let context) = state { EVP_MD_CTX_free(context) }
  }

  override var pyClass: PyClass {
    switch name {
    case "blake2b": PyHash.blake2bClass
    case "blake2s": PyHash.blake2sClass
    default: extendable ? PyHash.extendableClass : PyHash.hashClass
    }
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let c = pyClass
    if c.moduleName == "_blake2" {
      return "<_blake2.\(c.name) object at \(Interpreter.address(of: self))>"
    }
    return "<\(name) _hashlib.\(c.name) object @ \(Interpreter.address(of: self))>"
  }

  /// The bytes to hash: a str must be encoded first, as CPython says.
  static func bytes(_ v: Value) throws(PyException) -> [UInt8] {
    if let b = v.as(PyBytes.self) { return b.bytes }
    if v.as(PyStr.self) != nil { throw .typeError("Strings must be encoded before hashing") }
    throw .typeError("object supporting the buffer API required")
  }

  func update(_ data: Value) throws(PyException) {
    let bytes = try PyHash.bytes(data)
    switch state {
    case .openSSL(let context): EVP_DigestUpdate(context, bytes, bytes.count)
    case .blake2b(var digest):
      digest.update(bytes)
      state = .blake2b(digest)
    case .blake2s(var digest):
      digest.update(bytes)
      state = .blake2s(digest)
    }
  }

  /// The digest so far (`length` bytes of a SHAKE digest), from a finished copy.
  func digest(length: Int?) -> [UInt8] {
    switch state {
    case .blake2b(let digest): return digest.finalized()
    case .blake2s(let digest): return digest.finalized()
    case .openSSL(let context):
      let copy = EVP_MD_CTX_new()
      defer { EVP_MD_CTX_free(copy) }
      EVP_MD_CTX_copy_ex(copy, context)
      if let length {
        var out = [UInt8](repeating: 0, count: max(length, 1))
        EVP_DigestFinalXOF(copy, &out, length)
        return Array(out.prefix(length))
      }
      var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
      var size: UInt32 = 0
      EVP_DigestFinal_ex(copy, &out, &size)
      return Array(out.prefix(Int(size)))
    }
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "name": return .str(self.name)
    case "digest_size": return .int(digestSize)
    case "block_size": return .int(blockSize)
    case "update":
      return method(name) { [self] (a) throws(PyException) in
        try a.expect("update", min: 1, max: 1)
        try update(try a[0])
        return .none
      }
    case "copy":
      return method(name) { [self] (a) throws(PyException) in
        try a.expect("copy", min: 0, max: 0)
        return .object(PyHash(copying: self))
      }
    case "digest", "hexdigest":
      return method(name) { [self] (a) throws(PyException) in
        let bytes: [UInt8]
        if extendable {
          guard let given = a.parameter(0, "length") else {
            throw .typeError("\(name)() missing required argument 'length' (pos 1)")
          }
          let length = try Arguments.index(given)
          guard length >= 0 else { throw .valueError("length must be non-negative") }
          bytes = digest(length: length)
        } else {
          try a.expect(name, min: 0, max: 0)
          bytes = digest(length: nil)
        }
        return name == "digest"
          ? .object(PyBytes(bytes)) : .str(try PyBytes.hex(bytes, nil, nil))
      }
    default: return try super.getAttribute(name, interp)
    }
  }

  private func method(_ name: String, _ body: @escaping (Arguments) throws(PyException) -> Value)
    -> Value
  {
    .object(PyBuiltinFunction(name) { (a, _) throws(PyException) in try body(a) })
  }
}

extension Blake2Parameters {
  /// The keywords of `hashlib.blake2b(...)`/`blake2s(...)`, checked as CPython checks them.
  init(_ name: String, _ a: Arguments, _ interp: Interpreter) throws(PyException) {
    let wordBytes = name == "blake2b" ? 8 : 4
    let maxSize = 8 * wordBytes
    self.init(digestSize: maxSize)
    let known: Set<String> = [
      "data", "string", "usedforsecurity", "digest_size", "key", "salt", "person", "fanout",
      "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node",
    ]
    for (key, _) in a.keywords where !known.contains(key) {
      throw .typeError("'\(key)' is an invalid keyword argument for \(name)()")
    }
    func int(_ key: String) throws(PyException) -> Int? {
      try a.keyword(key).map { (v) throws(PyException) in try Arguments.index(v) }
    }
    func bytes(_ key: String, _ limit: Int, _ what: String) throws(PyException) -> [UInt8] {
      guard let v = a.keyword(key) else { return [] }
      let b = try PyBytes.operand(v)
      guard b.count <= limit else {
        throw .valueError("maximum \(what) length is \(limit) bytes")
      }
      return b
    }
    func byte(_ key: String, _ range: ClosedRange<Int>, _ fallback: Int) throws(PyException) -> Int
    {
      guard let v = try int(key) else { return fallback }
      guard range.contains(v) else {
        throw .valueError("\(key) must be between \(range.lowerBound) and \(range.upperBound)")
      }
      return v
    }
    if let size = try int("digest_size") {
      guard (1...maxSize).contains(size) else {
        throw .valueError("digest_size must be between 1 and \(maxSize) bytes")
      }
      digestSize = size
    }
    salt = try bytes("salt", 2 * wordBytes, "salt")
    person = try bytes("person", 2 * wordBytes, "person")
    fanout = try byte("fanout", 0...255, 1)
    depth = try byte("depth", 1...255, 1)
    if let v = try int("leaf_size") {
      guard v >= 0 else { throw .valueError("value must be positive") }
      guard v <= Int(UInt32.max) else { throw .overflow("leaf_size is too large") }
      leafSize = v
    }
    if let v = try int("node_offset") {
      guard v >= 0 else { throw .valueError("value must be positive") }
      guard wordBytes == 8 || v < 1 << 48 else { throw .overflow("node_offset is too large") }
      nodeOffset = v
    }
    nodeDepth = try byte("node_depth", 0...255, 0)
    if let v = try int("inner_size") {
      // (CPython's words, "is" and all.)
      guard (0...maxSize).contains(v) else {
        throw .valueError("inner_size must be between 0 and is \(maxSize)")
      }
      innerSize = v
    }
    lastNode =
      try a.keyword("last_node").map { (v) throws(PyException) in try interp.isTruthy(v) } ?? false
    key = try bytes("key", maxSize, "key")
  }
}
