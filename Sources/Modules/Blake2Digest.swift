/// BLAKE2b and BLAKE2s (RFC 7693) with every parameter of the parameter block: digest size,
/// key, salt, personalization and the tree-hashing fields. What Python's `hashlib.blake2b`
/// and `blake2s` compute (CPython has its own BLAKE2 too, not libcrypto's, which knows only
/// the unkeyed full-size forms).
struct Blake2Digest<Word: FixedWidthInteger & UnsignedInteger> {
  private var h: [Word]
  /// The initial words (read once: the generic type can hold no stored constant).
  private let initial: [Word]
  private var buffer: [UInt8] = []
  /// Bytes compressed so far (the counter `t`; 2^64 bytes are out of reach).
  private var counter: UInt64 = 0
  private let lastNode: Bool
  let digestSize: Int

  static var wordBytes: Int { Word.bitWidth / 8 }
  static var blockSize: Int { 16 * wordBytes }
  /// BLAKE2b's 64-bit words take 12 rounds, BLAKE2s's 32-bit words 10.
  private static var rounds: Int { Word.bitWidth == 64 ? 12 : 10 }
  private static var rotations: (Int, Int, Int, Int) {
    Word.bitWidth == 64 ? (32, 24, 16, 63) : (16, 12, 8, 7)
  }

  /// SHA-512's initial words for BLAKE2b, SHA-256's for BLAKE2s.
  private static var iv: [Word] {
    Word.bitWidth == 64
      ? [
        0x6a09_e667_f3bc_c908, 0xbb67_ae85_84ca_a73b, 0x3c6e_f372_fe94_f82b,
        0xa54f_f53a_5f1d_36f1, 0x510e_527f_ade6_82d1, 0x9b05_688c_2b3e_6c1f,
        0x1f83_d9ab_fb41_bd6b, 0x5be0_cd19_137e_2179,
      ].map { Word(truncatingIfNeeded: $0 as UInt64) }
      : [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c,
        0x1f83_d9ab, 0x5be0_cd19,
      ].map { Word(truncatingIfNeeded: $0 as UInt64) }
  }

  init(_ p: Blake2Parameters) {
    digestSize = p.digestSize
    lastNode = p.lastNode
    // The parameter block, little-endian: sizes and tree fields, then salt and personalization
    // in the last two quarters.
    let n = Self.wordBytes
    var block = [UInt8](repeating: 0, count: 8 * n)
    block[0] = UInt8(p.digestSize)
    block[1] = UInt8(p.key.count)
    block[2] = UInt8(p.fanout)
    block[3] = UInt8(p.depth)
    for i in 0..<4 { block[4 + i] = UInt8(truncatingIfNeeded: p.leafSize >> (8 * i)) }
    // The node offset: 8 bytes in BLAKE2b, 6 in BLAKE2s; depth and inner size after it.
    let offsetBytes = n == 8 ? 8 : 6
    for i in 0..<offsetBytes { block[8 + i] = UInt8(truncatingIfNeeded: p.nodeOffset >> (8 * i)) }
    block[8 + offsetBytes] = UInt8(p.nodeDepth)
    block[9 + offsetBytes] = UInt8(p.innerSize)
    for (i, b) in p.salt.enumerated() { block[4 * n + i] = b }
    for (i, b) in p.person.enumerated() { block[6 * n + i] = b }
    let iv = Self.iv
    initial = iv
    h = (0..<8).map { iv[$0] ^ Self.word(block, at: $0 * n) }
    if !p.key.isEmpty {
      buffer = p.key + [UInt8](repeating: 0, count: Self.blockSize - p.key.count)
    }
  }

  private static func word(_ bytes: [UInt8], at offset: Int) -> Word {
    var w: Word = 0
    for i in (0..<wordBytes).reversed() { w = w << 8 | Word(bytes[offset + i]) }
    return w
  }

  mutating func update(_ data: [UInt8]) {
    var start = 0
    // A full block is compressed only once more data follows: the last block is final.
    if !buffer.isEmpty {
      let take = min(Self.blockSize - buffer.count, data.count)
      buffer += data[..<take]
      start = take
      guard start < data.count else { return }
      compressBuffer()
    }
    data.withUnsafeBytes { bytes in
      while data.count - start > Self.blockSize {
        counter &+= UInt64(Self.blockSize)
        compress(bytes.baseAddress! + start, final: false)
        start += Self.blockSize
      }
    }
    buffer += data[start...]
  }

  private mutating func compressBuffer() {
    counter &+= UInt64(buffer.count)
    buffer.withUnsafeBytes { compress($0.baseAddress!, final: false) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// The digest of what was given so far (this value is left as it was).
  func finalized() -> [UInt8] {
    var copy = self
    copy.counter &+= UInt64(buffer.count)
    let block = buffer + [UInt8](repeating: 0, count: Self.blockSize - buffer.count)
    block.withUnsafeBytes { copy.compress($0.baseAddress!, final: true) }
    var out: [UInt8] = []
    for w in copy.h {
      for i in 0..<Self.wordBytes { out.append(UInt8(truncatingIfNeeded: w >> (8 * i))) }
    }
    return Array(out.prefix(digestSize))
  }

  /// The mixing function G on words a, b, c, d of `v` with message words x and y.
  @inline(__always)
  private static func g(
    _ v: UnsafeMutablePointer<Word>, _ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: Word,
    _ y: Word, _ r: (Int, Int, Int, Int)
  ) {
    @inline(__always) func rotr(_ x: Word, _ n: Int) -> Word {
      x &>> n | x &<< (Word.bitWidth - n)
    }
    v[a] = v[a] &+ v[b] &+ x
    v[d] = rotr(v[d] ^ v[a], r.0)
    v[c] = v[c] &+ v[d]
    v[b] = rotr(v[b] ^ v[c], r.1)
    v[a] = v[a] &+ v[b] &+ y
    v[d] = rotr(v[d] ^ v[a], r.2)
    v[c] = v[c] &+ v[d]
    v[b] = rotr(v[b] ^ v[c], r.3)
  }

  /// One block of 16 little-endian words at `block` mixed into `h`.
  private mutating func compress(_ block: UnsafeRawPointer, final: Bool) {
    withUnsafeTemporaryAllocation(of: Word.self, capacity: 32) { scratch in
      let m = scratch.baseAddress!
      let v = m + 16
      for i in 0..<16 {
        m[i] = Word(
          littleEndian: block.loadUnaligned(fromByteOffset: i * Self.wordBytes, as: Word.self))
      }
      for i in 0..<8 {
        v[i] = h[i]
        v[i + 8] = initial[i]
      }
      v[12] ^= Word(truncatingIfNeeded: counter)
      v[13] ^= Word(truncatingIfNeeded: Word.bitWidth == 64 ? 0 : counter >> 32)
      if final {
        v[14] = ~v[14]
        if lastNode { v[15] = ~v[15] }
      }
      let r = Self.rotations
      blake2Sigma.withUnsafeBufferPointer { sigma in
        for round in 0..<Self.rounds {
          let s = sigma.baseAddress! + 16 * (round % 10)
          Self.g(v, 0, 4, 8, 12, m[Int(s[0])], m[Int(s[1])], r)
          Self.g(v, 1, 5, 9, 13, m[Int(s[2])], m[Int(s[3])], r)
          Self.g(v, 2, 6, 10, 14, m[Int(s[4])], m[Int(s[5])], r)
          Self.g(v, 3, 7, 11, 15, m[Int(s[6])], m[Int(s[7])], r)
          Self.g(v, 0, 5, 10, 15, m[Int(s[8])], m[Int(s[9])], r)
          Self.g(v, 1, 6, 11, 12, m[Int(s[10])], m[Int(s[11])], r)
          Self.g(v, 2, 7, 8, 13, m[Int(s[12])], m[Int(s[13])], r)
          Self.g(v, 3, 4, 9, 14, m[Int(s[14])], m[Int(s[15])], r)
        }
      }
      for i in 0..<8 { h[i] ^= v[i] ^ v[i + 8] }
    }
  }
}

/// The message word order of each round (round 10 and 11 of BLAKE2b take rows 0 and 1 again).
private let blake2Sigma: [UInt8] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
  11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
  7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
  9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
  2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
  12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
  13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
  6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
  10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
]

/// BLAKE2's parameter block, as `hashlib.blake2b(...)` takes it.
struct Blake2Parameters: Equatable {
  var digestSize: Int
  var key: [UInt8] = []
  var salt: [UInt8] = []
  var person: [UInt8] = []
  var fanout = 1
  var depth = 1
  var leafSize = 0
  var nodeOffset = 0
  var nodeDepth = 0
  var innerSize = 0
  var lastNode = false
}
