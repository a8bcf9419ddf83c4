import Syntax

#if canImport(Glibc)
  import Glibc
#endif

/// A raised Python exception. It is both the Swift error thrown through the interpreter and the
/// Python exception object (`except E as e` binds this very object).
public final class PyException: PyInstance, Error, @unchecked Sendable {
  public var args: [Value]
  /// Frames the exception passed through, innermost first.
  public var traceback: [TracebackEntry] = []
  /// Where in the current frame the exception arose (the innermost failing expression);
  /// moved into the traceback entry when the exception leaves the frame.
  public var pendingSpan: SourceSpan?
  public var cause: PyException?
  public var context: PyException?
  /// The traceback as it stood when a handler caught the exception, down to the frame that
  /// caught it (shown when the exception is printed as another one's cause or context): the
  /// first `handledDepth` entries of `traceback` (which only grows), then the catching frame's.
  /// Kept as its parts: most caught exceptions are never printed, and the array cost an
  /// allocation and a copy of every entry at each `except`.
  public var handledTraceback: [TracebackEntry]? {
    handledEntry.map { Array(traceback.prefix(handledDepth)) + [$0] }
  }
  private var handledEntry: TracebackEntry?
  private var handledDepth = 0

  /// Whether a handler has caught the exception.
  var wasHandled: Bool { handledEntry != nil }

  /// Records that a handler in the frame at `entry` caught the exception.
  func markHandled(at entry: TracebackEntry) {
    (handledEntry, handledDepth) = (entry, traceback.count)
  }
  /// Set by `raise ... from`: the context is not shown (`__suppress_context__`).
  public var suppressContext = false
  /// For SyntaxError: where, and the offending source line.
  public var syntaxLocation: SourceLocation?
  /// The column just past the underlined text, when it is more than one character.
  public var syntaxEndColumn: Int?
  public var syntaxFile: String?
  public var syntaxLine: String?
  /// Whether the traceback marks the syntax error's column with a caret (not for "unexpected
  /// indent" or TabError, as in Python).
  public var syntaxShowsCaret = true
  /// See `SyntaxError.atEndOfInput`.
  public var syntaxAtEndOfInput = false
  /// A SyntaxError that more input could fix (the REPL asks for a continuation line).
  public var isIncompleteInput = false
  /// For a NameError or AttributeError: the missing name, and the names to suggest from
  /// (computed only when the exception is printed: `hasattr` raises and catches many).
  public var missingName: String?
  /// An OSError's errno, strerror and file names (nil: not given, as `OSError('text')`).
  public var osFields: OSErrorFields?
  public var nameCandidates: (() -> [[String]])?

  public init(_ type: PyClass, args: [Value]) {
    self.args = args
    super.init(type)
  }

  public convenience init(_ type: PyClass, _ message: String) {
    self.init(type, args: [.str(message)])
  }

  /// The class name as Python prints it before the message.
  public var exceptionName: String { instanceClass.name }

  /// `str(e)`: the message; the repr of the single argument when it is not a string.
  public func message(_ interp: Interpreter) -> String {
    if instanceClass.lookup("__str__")?.as(PyFunction.self) != nil {
      return (try? interp.str(.object(self))) ?? "<exception str() failed>"
    }
    return baseMessage(interp)
  }

  /// BaseException's own `str()`: from the arguments, whatever a subclass defines.
  public func baseMessage(_ interp: Interpreter) -> String {
    if let text = osMessage(interp) { return text }
    if isInstance(of: .keyError) && args.count == 1 { return (try? interp.repr(args[0])) ?? "" }
    // A SyntaxError from the parser: `invalid syntax (<string>, line 1)`.
    if let location = syntaxLocation, let file = syntaxFile, args.count == 1 {
      return ((try? interp.str(args[0])) ?? "") + " (\(file), line \(location.line))"
    }
    switch args.count {
    case 0: return ""
    case 1: return (try? interp.str(args[0])) ?? ""
    default: return (try? interp.repr(.tuple(args))) ?? ""
    }
  }

  public func isInstance(of type: PyClass) -> Bool { instanceClass.isSubclass(of: type) }
}

/// One line of a traceback: where a frame was when the exception passed through it.
public struct TracebackEntry: Equatable {
  public var file: String
  public var line: Int
  public var function: String
  public var cell: Int?
  /// The expression that failed in this frame, for Python 3.11's `~~~^^^` markers.
  public var span: SourceSpan?

  public init(
    file: String, line: Int, function: String, cell: Int? = nil, span: SourceSpan? = nil
  ) {
    self.file = file
    self.line = span?.line ?? line
    self.function = function
    self.cell = cell
    self.span = span
  }
}

/// The source range of an expression (1-based lines, 1-based columns, end exclusive), and
/// for binary operators and subscripts the part Python 3.11 marks with `^` (the operator,
/// or the bracketed index), the rest of the range being marked with `~`.
public struct SourceSpan: Equatable, Sendable {
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var anchorStart: Int?
  public var anchorEnd: Int?

  public init(
    line: Int, column: Int, endLine: Int, endColumn: Int, anchorStart: Int? = nil,
    anchorEnd: Int? = nil
  ) {
    (self.line, self.column, self.endLine, self.endColumn) = (line, column, endLine, endColumn)
    (self.anchorStart, self.anchorEnd) = (anchorStart, anchorEnd)
  }
}

// MARK: - The built-in exception classes and their hierarchy

extension PyClass {
  /// A new exception class deriving from `base` (defined in `module` when given: its
  /// tracebacks then name it `module.Name`, as Python's do).
  public static func exception(_ name: String, _ base: PyClass, module: String? = nil)
    -> PyClass
  {
    let c = PyClass(name, bases: [base])
    c.isExceptionClass = true
    if let module { c.moduleName = module }
    return c
  }

  public static let baseException: PyClass = {
    let c = PyClass("BaseException", bases: [.object])
    c.isExceptionClass = true
    return c
  }()
  public static let exception = exception("Exception", .baseException)
  public static let systemExit = exception("SystemExit", .baseException)
  public static let keyboardInterrupt = exception("KeyboardInterrupt", .baseException)
  public static let generatorExit = exception("GeneratorExit", .baseException)
  public static let stopIteration = exception("StopIteration", .exception)
  public static let arithmeticError = exception("ArithmeticError", .exception)
  public static let zeroDivisionError = exception("ZeroDivisionError", .arithmeticError)
  public static let overflowError = exception("OverflowError", .arithmeticError)
  public static let floatingPointError = exception("FloatingPointError", .arithmeticError)
  /// `io.UnsupportedOperation`: an OSError and a ValueError, as in Python.
  public static let unsupportedOperation: PyClass = {
    let c = PyClass("UnsupportedOperation", bases: [.osError, .valueError])
    c.isExceptionClass = true
    c.moduleName = "io"
    return c
  }()
  public static let assertionError = exception("AssertionError", .exception)
  public static let attributeError = exception("AttributeError", .exception)
  public static let lookupError = exception("LookupError", .exception)
  public static let indexError = exception("IndexError", .lookupError)
  public static let keyError = exception("KeyError", .lookupError)
  public static let nameError = exception("NameError", .exception)
  public static let unboundLocalError = exception("UnboundLocalError", .nameError)
  public static let typeError = exception("TypeError", .exception)
  public static let valueError = exception("ValueError", .exception)
  public static let unicodeError = exception("UnicodeError", .valueError)
  public static let unicodeEncodeError = exception("UnicodeEncodeError", .unicodeError)
  public static let unicodeDecodeError = exception("UnicodeDecodeError", .unicodeError)
  public static let runtimeError = exception("RuntimeError", .exception)
  public static let recursionError = exception("RecursionError", .runtimeError)
  public static let notImplementedError = exception("NotImplementedError", .runtimeError)
  public static let importError = exception("ImportError", .exception)
  public static let moduleNotFoundError = exception("ModuleNotFoundError", .importError)
  public static let osError = exception("OSError", .exception)
  public static let fileNotFoundError = exception("FileNotFoundError", .osError)
  public static let fileExistsError = exception("FileExistsError", .osError)
  public static let memoryError = exception("MemoryError", .exception)
  public static let eofError = exception("EOFError", .exception)
  public static let timeoutError = exception("TimeoutError", .osError)
  public static let permissionError = exception("PermissionError", .osError)
  public static let isADirectoryError = exception("IsADirectoryError", .osError)
  public static let notADirectoryError = exception("NotADirectoryError", .osError)
  public static let interruptedError = exception("InterruptedError", .osError)
  public static let processLookupError = exception("ProcessLookupError", .osError)
  public static let childProcessError = exception("ChildProcessError", .osError)
  public static let blockingIOError = exception("BlockingIOError", .osError)
  public static let connectionError = exception("ConnectionError", .osError)
  public static let brokenPipeError = exception("BrokenPipeError", .connectionError)
  public static let connectionAbortedError = exception(
    "ConnectionAbortedError", .connectionError)
  public static let connectionRefusedError = exception(
    "ConnectionRefusedError", .connectionError)
  public static let connectionResetError = exception("ConnectionResetError", .connectionError)
  public static let referenceError = exception("ReferenceError", .exception)
  public static let bufferError = exception("BufferError", .exception)
  public static let systemError = exception("SystemError", .exception)
  public static let stopAsyncIteration = exception("StopAsyncIteration", .exception)
  public static let unicodeTranslateError = exception("UnicodeTranslateError", .unicodeError)
  public static let bytesWarning = exception("BytesWarning", .warning)
  public static let encodingWarning = exception("EncodingWarning", .warning)
  public static let syntaxError = exception("SyntaxError", .exception)
  public static let indentationError = exception("IndentationError", .syntaxError)
  public static let tabError = exception("TabError", .indentationError)
  public static let warning = exception("Warning", .exception)
  public static let userWarning = exception("UserWarning", .warning)
  public static let deprecationWarning = exception("DeprecationWarning", .warning)
  public static let pendingDeprecationWarning = exception("PendingDeprecationWarning", .warning)
  public static let runtimeWarning = exception("RuntimeWarning", .warning)
  public static let futureWarning = exception("FutureWarning", .warning)
  public static let syntaxWarning = exception("SyntaxWarning", .warning)
  public static let importWarning = exception("ImportWarning", .warning)
  public static let unicodeWarning = exception("UnicodeWarning", .warning)
  public static let resourceWarning = exception("ResourceWarning", .warning)

  /// Every built-in exception class, for the builtins namespace.
  static let builtinExceptions: [PyClass] = [
    .baseException, .exception, .systemExit, .keyboardInterrupt, .generatorExit, .stopIteration,
    .arithmeticError, .zeroDivisionError, .overflowError, .floatingPointError,
    .assertionError, .attributeError,
    .lookupError, .indexError, .keyError, .nameError, .unboundLocalError, .typeError,
    .valueError, .unicodeError, .unicodeEncodeError, .unicodeDecodeError, .runtimeError,
    .recursionError, .notImplementedError, .importError,
    .moduleNotFoundError, .osError, .fileNotFoundError, .fileExistsError, .memoryError,
    .eofError, .timeoutError, .permissionError, .isADirectoryError, .notADirectoryError,
    .interruptedError, .processLookupError, .childProcessError, .blockingIOError,
    .connectionError, .brokenPipeError, .connectionAbortedError, .connectionRefusedError,
    .connectionResetError, .referenceError, .bufferError, .systemError, .stopAsyncIteration,
    .unicodeTranslateError, .bytesWarning, .encodingWarning,
    .syntaxError, .indentationError, .tabError, .warning, .userWarning, .deprecationWarning,
    .pendingDeprecationWarning, .runtimeWarning, .futureWarning, .syntaxWarning, .importWarning,
    .unicodeWarning, .resourceWarning,
  ]
}

// MARK: - Factories with CPython's wording

extension PyException {
  public static func typeError(_ m: String) -> PyException { PyException(.typeError, m) }
  public static func valueError(_ m: String) -> PyException { PyException(.valueError, m) }
  public static func indexError(_ m: String) -> PyException { PyException(.indexError, m) }
  public static func nameError(_ m: String) -> PyException { PyException(.nameError, m) }
  public static func attributeError(_ m: String) -> PyException {
    PyException(.attributeError, m)
  }
  public static func zeroDivision(_ m: String) -> PyException {
    PyException(.zeroDivisionError, m)
  }
  public static func overflow(_ m: String) -> PyException { PyException(.overflowError, m) }
  public static func runtimeError(_ m: String) -> PyException { PyException(.runtimeError, m) }
  public static func keyError(_ key: Value) -> PyException {
    PyException(.keyError, args: [key])
  }
  public static func notImplemented(_ m: String) -> PyException {
    PyException(.notImplementedError, m)
  }
  public static func fileNotFound(_ path: String) -> PyException {
    .os(errno: ENOENT, filename: path)
  }
  public static func stopIteration() -> PyException { PyException(.stopIteration, args: []) }

  /// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`.
  public static func unsupportedOperands(_ op: String, _ a: Value, _ b: Value) -> PyException {
    .typeError("unsupported operand type(s) for \(op): '\(a.typeName)' and '\(b.typeName)'")
  }
}

/// What `exception.__traceback__` gives: a `traceback` object with no attributes of its own
/// (`traceback.format_exception` and the rest read the exception's own record).
public final class PyTracebackObject: PyObject {
  static let tracebackClass = PyClass("traceback", bases: [.object])
  override public var pyClass: PyClass { PyTracebackObject.tracebackClass }
}
