import Foundation
import PlotKit
import Testing

/// `imread` on damaged files: the fixture PNGs with bytes changed inside their chunks (and
/// the checksums made right again, so the damage reaches the header, inflate and filter
/// code), or cut short. Each must decode or throw `PNGDecodingError`, never trap.
@Suite struct PNGDecoderRobustnessTests {
  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/images")
  static let files = try! FileManager.default.contentsOfDirectory(atPath: directory.path)
    .filter { $0.hasSuffix(".png") }.sorted()

  @Test(arguments: files)
  func damagedFilesThrowOrDecode(_ name: String) throws {
    let original = [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent(name)))
    _ = try PNGDecoder.decode(original)
    var random = SplitMix(seed: name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) })
    var failures = 0
    for round in 0..<300 {
      var bytes = original
      if round % 10 == 9 {
        bytes.removeLast(Int(random.next() % UInt64(bytes.count - 8)) + 1)
      } else {
        let chunks = Self.chunks(bytes)
        let (start, length) = chunks[Int(random.next() % UInt64(chunks.count))]
        guard length > 0 else { continue }
        for _ in 0..<(1 + Int(random.next() % 3)) {
          bytes[start + 8 + Int(random.next() % UInt64(length))] = UInt8(random.next() & 0xff)
        }
        let crc = Self.crc32(bytes[(start + 4)..<(start + 8 + length)])
        for k in 0..<4 { bytes[start + 8 + length + k] = UInt8((crc >> (24 - 8 * k)) & 0xff) }
      }
      do {
        _ = try PNGDecoder.decode(bytes)
      } catch {
        failures += 1
      }
    }
    #expect(failures > 0)
  }

  /// Offsets and data lengths of the chunks after the signature.
  static func chunks(_ bytes: [UInt8]) -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    var offset = 8
    while offset + 12 <= bytes.count {
      let length = bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
      out.append((offset, length))
      offset += 12 + length
    }
    return out
  }

  static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xffff_ffff
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xedb8_8320 : crc >> 1 }
    }
    return ~crc
  }
}

/// A small seeded generator (SplitMix64), so every run damages the files the same way.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
