/// `logging` written in the language: loggers in a dotted hierarchy with effective levels and
/// propagation, `basicConfig` (level, format, stream, filename, force), `StreamHandler`,
/// `FileHandler`, `Formatter` with %-style records (name, levelname, message, asctime, ...),
/// `exception()` with the traceback, and the last-resort handler on stderr, as CPython prints.
enum LoggingSource {
  static let text = #"""
    import sys as _sys
    import time as _time

    CRITICAL = 50
    FATAL = CRITICAL
    ERROR = 40
    WARNING = 30
    WARN = WARNING
    INFO = 20
    DEBUG = 10
    NOTSET = 0

    _level_names = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO",
                    DEBUG: "DEBUG", NOTSET: "NOTSET"}
    _name_levels = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING,
                    "WARNING": WARNING, "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET}

    BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


    def getLevelName(level):
        if level in _level_names:
            return _level_names[level]
        if level in _name_levels:
            return _name_levels[level]
        return f"Level {level}"


    def addLevelName(level, name):
        _level_names[level] = name
        _name_levels[name] = level


    def _check_level(level):
        if isinstance(level, int):
            return level
        if str(level) == level:
            if level not in _name_levels:
                raise ValueError(f"Unknown level: {level!r}")
            return _name_levels[level]
        raise TypeError(f"Level not an integer or a valid string: {level!r}")


    class LogRecord:
        def __init__(self, name, level, msg, args, exc_info=None):
            self.name = name
            self.levelno = level
            self.levelname = getLevelName(level)
            self.msg = msg
            if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
                args = args[0]
            self.args = args
            self.exc_info = exc_info
            self.created = _time.time()
            self.msecs = int((self.created - int(self.created)) * 1000)
            self.relativeCreated = (self.created - _start_time) * 1000
            self.filename = "<unknown>"
            self.module = "<unknown>"
            self.lineno = 0
            self.funcName = "<unknown>"
            self.process = 0
            self.thread = 0
            self.threadName = "MainThread"
            self.processName = "MainProcess"

        def getMessage(self):
            msg = str(self.msg)
            if self.args:
                msg = msg % self.args
            return msg


    class Formatter:
        default_time_format = "%Y-%m-%d %H:%M:%S"
        default_msec_format = "%s,%03d"

        def __init__(self, fmt=None, datefmt=None, style="%"):
            if style != "%":
                if style == "{":
                    self._brace = True
                else:
                    raise NotImplementedError("logging.Formatter style '$' is not supported yet")
            else:
                self._brace = False
            self._fmt = fmt or ("{message}" if self._brace else "%(message)s")
            self.datefmt = datefmt

        def usesTime(self):
            return "asctime" in self._fmt

        def formatTime(self, record, datefmt=None):
            ct = _time.localtime(record.created)
            if datefmt:
                return _time.strftime(datefmt, ct)
            return self.default_msec_format % (_time.strftime(self.default_time_format, ct), record.msecs)

        def formatMessage(self, record):
            values = dict(vars(record))
            if self._brace:
                return self._fmt.format(**values)
            return self._fmt % values

        def format(self, record):
            record.message = record.getMessage()
            if self.usesTime():
                record.asctime = self.formatTime(record, self.datefmt)
            s = self.formatMessage(record)
            if record.exc_info:
                import traceback
                text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
                s = s + "\n" + text if s else text
            return s


    _default_formatter = Formatter()


    class Filter:
        def __init__(self, name=""):
            self.name = name

        def filter(self, record):
            return not self.name or record.name == self.name or record.name.startswith(self.name + ".")


    class Handler:
        def __init__(self, level=NOTSET):
            self.level = _check_level(level)
            self.formatter = None
            self.filters = []

        def setLevel(self, level):
            self.level = _check_level(level)

        def setFormatter(self, fmt):
            self.formatter = fmt

        def addFilter(self, f):
            self.filters.append(f)

        def removeFilter(self, f):
            if f in self.filters:
                self.filters.remove(f)

        def format(self, record):
            return (self.formatter or _default_formatter).format(record)

        def handle(self, record):
            for f in self.filters:
                if not (f.filter(record) if hasattr(f, "filter") else f(record)):
                    return False
            self.emit(record)
            return True

        def emit(self, record):
            raise NotImplementedError("emit must be implemented by Handler subclasses")

        def flush(self):
            pass

        def close(self):
            pass


    class StreamHandler(Handler):
        terminator = "\n"

        def __init__(self, stream=None):
            super().__init__()
            self._stream = stream

        @property
        def stream(self):
            return _sys.stderr if self._stream is None else self._stream

        def emit(self, record):
            stream = self.stream
            stream.write(self.format(record) + self.terminator)
            self.flush()

        def flush(self):
            if hasattr(self.stream, "flush"):
                self.stream.flush()


    class FileHandler(StreamHandler):
        def __init__(self, filename, mode="a", encoding=None, delay=False):
            super().__init__(open(filename, mode))
            self.baseFilename = filename

        def close(self):
            self._stream.close()


    class NullHandler(Handler):
        def emit(self, record):
            pass


    class Logger:
        def __init__(self, name, level=NOTSET):
            self.name = name
            self.level = _check_level(level)
            self.parent = None
            self.propagate = True
            self.handlers = []
            self.disabled = False
            self.filters = []

        def __repr__(self):
            return f"<{type(self).__name__} {self.name} ({getLevelName(self.getEffectiveLevel())})>"

        def setLevel(self, level):
            self.level = _check_level(level)

        def getEffectiveLevel(self):
            logger = self
            while logger:
                if logger.level:
                    return logger.level
                logger = logger.parent
            return NOTSET

        def isEnabledFor(self, level):
            return not self.disabled and level >= _disable_above + 1 and level >= self.getEffectiveLevel()

        def addHandler(self, handler):
            if handler not in self.handlers:
                self.handlers.append(handler)

        def removeHandler(self, handler):
            if handler in self.handlers:
                self.handlers.remove(handler)

        def hasHandlers(self):
            logger = self
            while logger:
                if logger.handlers:
                    return True
                if not logger.propagate:
                    return False
                logger = logger.parent
            return False

        def addFilter(self, f):
            self.filters.append(f)

        def getChild(self, suffix):
            name = suffix if self is root else self.name + "." + suffix
            return getLogger(name)

        def _log(self, level, msg, args, exc_info=None, **kwargs):
            if exc_info:
                if isinstance(exc_info, BaseException):
                    exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
                elif not isinstance(exc_info, tuple):
                    exc_info = _sys.exc_info()
            record = LogRecord(self.name, level, msg, args, exc_info)
            extra = kwargs.get("extra")
            if extra:
                for key, value in extra.items():
                    setattr(record, key, value)
            for f in self.filters:
                if not (f.filter(record) if hasattr(f, "filter") else f(record)):
                    return
            found = 0
            logger = self
            while logger:
                for handler in logger.handlers:
                    found += 1
                    if record.levelno >= handler.level:
                        handler.handle(record)
                if not logger.propagate:
                    break
                logger = logger.parent
            if found == 0 and lastResort is not None and record.levelno >= lastResort.level:
                lastResort.handle(record)

        def debug(self, msg, *args, **kwargs):
            if self.isEnabledFor(DEBUG):
                self._log(DEBUG, msg, args, **kwargs)

        def info(self, msg, *args, **kwargs):
            if self.isEnabledFor(INFO):
                self._log(INFO, msg, args, **kwargs)

        def warning(self, msg, *args, **kwargs):
            if self.isEnabledFor(WARNING):
                self._log(WARNING, msg, args, **kwargs)

        warn = warning

        def error(self, msg, *args, **kwargs):
            if self.isEnabledFor(ERROR):
                self._log(ERROR, msg, args, **kwargs)

        def exception(self, msg, *args, exc_info=True, **kwargs):
            self.error(msg, *args, exc_info=exc_info, **kwargs)

        def critical(self, msg, *args, **kwargs):
            if self.isEnabledFor(CRITICAL):
                self._log(CRITICAL, msg, args, **kwargs)

        fatal = critical

        def log(self, level, msg, *args, **kwargs):
            if not isinstance(level, int):
                raise TypeError("level must be an integer")
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)


    class RootLogger(Logger):
        def __init__(self, level):
            super().__init__("root", level)


    _start_time = _time.time()
    _disable_above = NOTSET - 1
    root = RootLogger(WARNING)
    _loggers = {}
    lastResort = StreamHandler()
    lastResort.setLevel(WARNING)


    def getLogger(name=None):
        if not name or name == "root":
            return root
        if name not in _loggers:
            logger = Logger(name)
            _loggers[name] = logger
            # The nearest existing ancestor is the parent; existing children move under it.
            parent_name = name
            logger.parent = root
            while "." in parent_name:
                parent_name = parent_name.rsplit(".", 1)[0]
                if parent_name in _loggers:
                    logger.parent = _loggers[parent_name]
                    break
            for other_name, other in _loggers.items():
                if other_name.startswith(name + ".") and (other.parent is root or
                                                          not other.parent.name.startswith(name + ".")):
                    if other.parent is logger.parent:
                        other.parent = logger
        return _loggers[name]


    def basicConfig(**kwargs):
        force = kwargs.pop("force", False)
        if force:
            for h in list(root.handlers):
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        stream = kwargs.pop("stream", None)
        filename = kwargs.pop("filename", None)
        mode = kwargs.pop("filemode", "a")
        if handlers is None:
            if filename:
                handlers = [FileHandler(filename, mode)]
            else:
                handlers = [StreamHandler(stream)]
        fmt = kwargs.pop("format", None)
        style = kwargs.pop("style", "%")
        if fmt is None:
            fmt = BASIC_FORMAT if style == "%" else "{levelname}:{name}:{message}"
        formatter = Formatter(fmt, kwargs.pop("datefmt", None), style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(formatter)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        kwargs.pop("encoding", None)
        kwargs.pop("errors", None)
        if kwargs:
            keys = ", ".join(kwargs.keys())
            raise ValueError(f"Unrecognised argument(s): {keys}")


    def _root_call(level, msg, args, kwargs):
        if not root.handlers:
            basicConfig()
        root.log(level, msg, *args, **kwargs)


    def debug(msg, *args, **kwargs):
        _root_call(DEBUG, msg, args, kwargs)


    def info(msg, *args, **kwargs):
        _root_call(INFO, msg, args, kwargs)


    def warning(msg, *args, **kwargs):
        _root_call(WARNING, msg, args, kwargs)


    warn = warning


    def error(msg, *args, **kwargs):
        _root_call(ERROR, msg, args, kwargs)


    def exception(msg, *args, exc_info=True, **kwargs):
        _root_call(ERROR, msg, args, dict(kwargs, exc_info=exc_info))


    def critical(msg, *args, **kwargs):
        _root_call(CRITICAL, msg, args, kwargs)


    fatal = critical


    def log(level, msg, *args, **kwargs):
        _root_call(level, msg, args, kwargs)


    def disable(level=CRITICAL):
        global _disable_above
        _disable_above = level


    def shutdown():
        for h in root.handlers:
            h.flush()


    def getLoggerClass():
        return Logger
    """#
}
