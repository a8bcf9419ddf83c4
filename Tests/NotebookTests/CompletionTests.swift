import Testing

@testable import Notebook

/// What Tab offers, from a live session (the REPL test drives the same through a terminal).
@Suite(.serialized) struct CompletionTests {
  @Test func namesAttributesAndDictKeys() throws {
    let session = Session(figureDirectory: "figures", stem: "t")
    try session.interp.run("import math\nd = {'alpha': 1, 'beta': 2}\nvalue = 3\n", file: "<t>")
    Completion.session = session
    defer { Completion.session = nil }
    #expect(Completion.candidates(word: "val", line: "val") == ["value"])
    #expect(Completion.candidates(word: "pri", line: "pri") == ["print"])
    #expect(Completion.candidates(word: "math.sq", line: "math.sq") == ["math.sqrt"])
    #expect(Completion.candidates(word: "al", line: "d['al") == ["alpha"])
    #expect(Completion.candidates(word: "", line: "d[\"") == ["alpha", "beta"])
  }
}
