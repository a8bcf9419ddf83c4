/// matplotlib's `DejaVuSansFontConstants` (ratios of the x-height), the x-height and math
/// axis in em, and the small Greek letters' names, from the generated table.
enum MathConstants {
  private static let table = MathFontTable.constants
  static let xHeight = table["x_height"]!
  static let scriptSpace = table["script_space"]!
  static let delta = table["delta"]!
  static let deltaSlanted = table["delta_slanted"]!
  static let deltaIntegral = table["delta_integral"]!
  static let supDrop = table["supdrop"]!
  static let subDrop = table["subdrop"]!
  static let sup1 = table["sup1"]!
  static let sub1 = table["sub1"]!
  static let sub2 = table["sub2"]!
  static let num1 = table["num1"]!
  static let num2 = table["num2"]!
  static let num3 = table["num3"]!
  static let denom1 = table["denom1"]!
  static let denom2 = table["denom2"]!
  static let axisHeight = table["axis_height"]!
  static let smallGreek = Set(MathFontTable.smallGreek.split(separator: " ").map(String.init))
}
