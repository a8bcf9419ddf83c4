import Testing

/// What NumBook refuses instead of drawing something else: the errors docs/plotting.md
/// promises (matplotlib itself would draw these).
@Suite struct UnsupportedPlotTests {
  static func run(_ source: String) -> String { ProgramRun.run(source).out }

  @Test(arguments: [
    "plt.figure().add_subplot(111, projection='3d')",
    "plt.subplot(1, 2, 1, projection='3d')",
    "plt.subplots(1, 2, subplot_kw={'projection': '3d'})",
    "plt.figure().add_axes([0, 0, 1, 1], projection='3d')",
  ])
  func otherProjectionsAreRefused(_ call: String) {
    #expect(
      Self.run("import matplotlib.pyplot as plt\n\(call)\n")
        == "NotImplementedError: projection='3d' is not supported: NumBook draws 2-D rectilinear axes only"
    )
  }

  @Test(arguments: ["scatter([1], [1], c=[1], norm='log')", "imshow([[1, 2]], norm='symlog')"])
  func otherColorScalesAreRefused(_ call: String) {
    let scale = call.contains("'log'") ? "log" : "symlog"
    #expect(
      Self.run("import matplotlib.pyplot as plt\nplt.\(call)\n")
        == "NotImplementedError: norm='\(scale)' is not supported: NumBook maps colors linearly (norm='linear' or a Normalize)"
    )
  }

  @Test(arguments: ["notch=True", "vert=False", "showmeans=True"])
  func boxplotVariantsAreRefused(_ keyword: String) {
    let name = keyword.split(separator: "=")[0]
    #expect(
      Self.run("import matplotlib.pyplot as plt\nplt.boxplot([1, 2, 3], \(keyword))\n")
        .hasPrefix("NotImplementedError: boxplot(\(name)=")
    )
  }

  @Test func polarAndRectilinear() {
    let out = Self.run(
      """
      import matplotlib.pyplot as plt
      print(plt.subplot(111, projection='rectilinear') is not None)
      plt.subplot(111, polar=True)
      """)
    #expect(
      out
        == "True\nNotImplementedError: projection='polar' is not supported: NumBook draws 2-D rectilinear axes only"
    )
  }

  /// Keywords accepted but not drawn are noted once each on stderr, the program going on.
  @Test func unappliedKeywordsAreNotedOnce() {
    let (out, err) = ProgramRun.run(
      """
      import matplotlib.pyplot as plt
      plt.plot([1, 2], label='a')
      plt.hist([1, 2], stacked=True)
      plt.hist([2, 1], stacked=False)
      plt.bar([1], [2], hatch='//')
      plt.semilogy([1, 2], base=2)
      print('done')
      """)
    #expect(out == "done\n")
    #expect(
      err
        == "NumBook: hist(stacked=...) is accepted but not drawn yet\n"
        + "NumBook: bar(hatch=...) is accepted but not drawn yet\n"
        + "NumBook: semilogy(base=...) is accepted but not drawn yet\n")
  }

  @Test func imageFormatsOtherThanPNG() {
    let out = Self.run(
      """
      import matplotlib.pyplot as plt
      try:
          plt.imread('photo.jpg')
      except NotImplementedError as e:
          print(e)
      plt.imsave('out.jpg', [[0.0, 1.0]])
      """)
    #expect(
      out
        == "NumBook reads PNG images only; 'photo.jpg' is not a .png file (convert it to PNG first)\nNotImplementedError: NumBook saves images as PNG only; use a .png name (or plt.imshow and savefig for SVG)"
    )
  }
}
