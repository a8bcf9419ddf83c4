#if canImport(Glibc)
  import Glibc
#endif

/// What an OSError carries besides its arguments: CPython's `errno`, `strerror`, `filename`
/// and `filename2` (None when not given).
public struct OSErrorFields {
  var errno: Value
  var strerror: Value
  var filename: Value = .none
  var filename2: Value = .none
}

extension PyException {
  /// The OSError CPython raises for a failed system call: the subclass for `errno`
  /// (FileNotFoundError for ENOENT, ...), arguments `(errno, strerror)`, the C library's
  /// words, and the file name (`[Errno 2] No such file or directory: 'data.csv'`).
  public static func os(errno code: Int32, filename: String? = nil, filename2: String? = nil)
    -> PyException
  {
    let words = String(cString: strerror(code))
    let e = PyException(osErrorClass(errno: Int(code)), args: [.int(Int(code)), .str(words)])
    e.osFields = OSErrorFields(
      errno: .int(Int(code)), strerror: .str(words), filename: filename.map { .str($0) } ?? .none,
      filename2: filename2.map { .str($0) } ?? .none)
    return e
  }

  /// `OSError(...)` and its subclasses called from code, as CPython's OSError builds itself:
  /// from two to five arguments they are errno, strerror, filename, (winerror,) filename2;
  /// OSError itself becomes the subclass its errno names; a file name leaves only the first
  /// two as `args`.
  static func makeOSError(_ cls: PyClass, _ args: [Value]) -> PyException {
    guard (2...5).contains(args.count) else { return PyException(cls, args: args) }
    var type = cls
    if cls === PyClass.osError, case .int(let code) = args[0] { type = osErrorClass(errno: code) }
    var fields = OSErrorFields(errno: args[0], strerror: args[1])
    if args.count > 2 { fields.filename = args[2] }
    if args.count > 4 { fields.filename2 = args[4] }
    let e = PyException(type, args: fields.filename.isNone ? args : Array(args.prefix(2)))
    e.osFields = fields
    return e
  }

  /// CPython's errno-to-subclass table (Linux numbers).
  static func osErrorClass(errno code: Int) -> PyClass {
    switch Int32(truncatingIfNeeded: code) {
    case ENOENT: return .fileNotFoundError
    case EEXIST: return .fileExistsError
    case EACCES, EPERM: return .permissionError
    case EISDIR: return .isADirectoryError
    case ENOTDIR: return .notADirectoryError
    case EINTR: return .interruptedError
    case ESRCH: return .processLookupError
    case ECHILD: return .childProcessError
    case EAGAIN, EALREADY, EINPROGRESS: return .blockingIOError
    case EPIPE, ESHUTDOWN: return .brokenPipeError
    case ECONNABORTED: return .connectionAbortedError
    case ECONNREFUSED: return .connectionRefusedError
    case ECONNRESET: return .connectionResetError
    case ETIMEDOUT: return .timeoutError
    default: return .osError
    }
  }

  /// OSError's `str()` when it has an errno and strerror: `[Errno 2] text`, then `: 'file'`
  /// and ` -> 'file2'` when given; nil otherwise (BaseException's then).
  func osMessage(_ interp: Interpreter) -> String? {
    guard let fields = osFields else { return nil }
    func str(_ v: Value) -> String { (try? interp.str(v)) ?? "" }
    func repr(_ v: Value) -> String { (try? interp.repr(v)) ?? "" }
    var text = "[Errno \(str(fields.errno))] \(str(fields.strerror))"
    guard !fields.filename.isNone else {
      return fields.errno.isNone && fields.strerror.isNone ? nil : text
    }
    text += ": " + repr(fields.filename)
    if !fields.filename2.isNone { text += " -> " + repr(fields.filename2) }
    return text
  }

  /// `e.errno`, `e.strerror`, `e.filename`, `e.filename2` of an OSError.
  func osField(_ name: String) -> Value {
    switch name {
    case "errno": return osFields?.errno ?? .none
    case "strerror": return osFields?.strerror ?? .none
    case "filename": return osFields?.filename ?? .none
    default: return osFields?.filename2 ?? .none
    }
  }
}
