import Testing

@testable import Interpreter

/// `UTF8Text` against the standard library's own constructor: the same strings, byte for byte
/// and in representation, and the in-place small form actually taken on this platform.
@Suite struct UTF8TextTests {
  static let samples: [[UInt8]] = {
    let texts = [
      "", "a", "ab", "the", "abcdefg", "abcdefgh", "abcdefghijklmn", "abcdefghijklmno",
      "abcdefghijklmnop", "tab\there", "\u{7F}", "é", "aé", "naïve words", "日本",
      "fifteen bytes!!", String(repeating: "x", count: 40),
    ]
    // Malformed UTF-8 too: repaired exactly as `String(decoding:)` repairs it.
    return texts.map { Array($0.utf8) } + [[0xFF], [0x61, 0xC3], [0x80, 0x61]]
  }()

  @Test func smallFormIsTakenHere() {
    #expect(UTF8Text.smallFormHolds)
  }

  @Test(arguments: samples) func sameAsLibrary(_ bytes: [UInt8]) {
    let made = bytes.withUnsafeBufferPointer { UTF8Text.string($0) }
    let expected = String(decoding: bytes, as: UTF8.self)
    #expect(Array(made.utf8) == Array(expected.utf8))
    #expect(made == expected)
    #expect(made.utf8.count == expected.utf8.count)
    #expect(made.unicodeScalars.count == expected.unicodeScalars.count)
    // A copy of the made string grows like any other (its storage is a real String's).
    var grown = made
    grown.append("!")
    #expect(grown == expected + "!")
    if bytes.count <= 15 && bytes.allSatisfy({ $0 < 0x80 }) {
      #expect(
        unsafeBitCast(made, to: (UInt64, UInt64).self)
          == unsafeBitCast(expected, to: (UInt64, UInt64).self))
    }
  }

  /// A str's dict hash, worked out from a short text's own words, is the hash of its bytes
  /// (the same text must hash alike in either form).
  @Test(arguments: samples) func textHashIsTheBytesHash(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let (hash, ascii) = TextKey.hashAndASCII(of: text)
    var copy = text
    let expected = copy.withUTF8 { HashKey.bytesHashAndASCII($0, 0) }
    #expect(hash == TextKey.kept(expected.hash))
    #expect(ascii == expected.isASCII)
  }
}
