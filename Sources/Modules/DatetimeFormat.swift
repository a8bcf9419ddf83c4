import Interpreter

/// `datetime.strftime` in the C locale, as CPython gives it on Linux (glibc's directives, with
/// `%f` microseconds; `%z` and `%Z` are empty for naive datetimes).
enum DatetimeFormat {
  typealias Fields = (
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, micro: Int
  )

  static let dayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// 0 = Monday, as `datetime.weekday()`.
  static func weekday(_ f: Fields) -> Int { PyDatetime.ordinal(f.year, f.month, f.day) % 7 }

  /// `weekday()` (Monday 0) or `isoweekday()` (Monday 1) of a date or datetime.
  static func weekdayMethod(_ name: String, _ f: Fields) -> Value {
    let offset = name == "isoweekday" ? 1 : 0
    return .object(
      PyBuiltinFunction(name) { (_, _) throws(PyException) in .int(weekday(f) + offset) })
  }

  static func dayOfYear(_ f: Fields) -> Int {
    PyDatetime.ordinal(f.year, f.month, f.day) - PyDatetime.ordinal(f.year, 1, 1) + 1
  }

  static func format(_ f: Fields, _ pattern: String) -> String {
    var out = ""
    var chars = pattern.makeIterator()
    while let c = chars.next() {
      guard c == "%" else {
        out.append(c)
        continue
      }
      guard let d = chars.next() else {
        out.append("%")
        break
      }
      out += directive(d, f) ?? "%\(d)"
    }
    return out
  }

  private static func pad(_ v: Int, _ width: Int, _ fill: Character = "0") -> String {
    let s = String(v)
    return String(repeating: fill, count: max(0, width - s.count)) + s
  }

  private static func directive(_ d: Character, _ f: Fields) -> String? {
    let weekday = weekday(f)
    switch d {
    case "a": return String(dayNames[weekday].prefix(3))
    case "A": return dayNames[weekday]
    case "w": return String((weekday + 1) % 7)
    case "u": return String(weekday + 1)
    case "d": return pad(f.day, 2)
    case "e": return pad(f.day, 2, " ")
    case "b", "h": return String(monthNames[f.month - 1].prefix(3))
    case "B": return monthNames[f.month - 1]
    case "m": return pad(f.month, 2)
    case "y": return pad(f.year % 100, 2)
    case "Y": return String(f.year)
    case "C": return pad(f.year / 100, 2)
    case "H": return pad(f.hour, 2)
    case "I": return pad(f.hour % 12 == 0 ? 12 : f.hour % 12, 2)
    case "p": return f.hour < 12 ? "AM" : "PM"
    case "M": return pad(f.minute, 2)
    case "S": return pad(f.second, 2)
    case "f": return pad(f.micro, 6)
    case "j": return pad(dayOfYear(f), 3)
    case "U": return pad((dayOfYear(f) + 6 - (weekday + 1) % 7) / 7, 2)
    case "W": return pad((dayOfYear(f) + 6 - weekday) / 7, 2)
    case "z", "Z": return ""
    case "c": return format(f, "%a %b %e %H:%M:%S %Y")
    case "x", "D": return format(f, "%m/%d/%y")
    case "X", "T": return format(f, "%H:%M:%S")
    case "F": return format(f, "%Y-%m-%d")
    case "R": return format(f, "%H:%M")
    case "n": return "\n"
    case "t": return "\t"
    case "%": return "%"
    default: return nil
    }
  }
}
