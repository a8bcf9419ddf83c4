/// `contextlib`, `types` (SimpleNamespace) and `timeit`, written in the language itself.
enum ContextSource {
  static let contextlib = #"""
    class _GeneratorContextManager:
        def __init__(self, func, args, kwds):
            self.gen = func(*args, **kwds)
            self.func, self.args, self.kwds = func, args, kwds

        def __enter__(self):
            try:
                return next(self.gen)
            except StopIteration:
                raise RuntimeError("generator didn't yield") from None

        def __exit__(self, typ, value, traceback):
            if typ is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            if value is None:
                value = typ()
            try:
                self.gen.throw(value)
            except StopIteration as exc:
                return exc is not value
            except BaseException as exc:
                if exc is value:
                    return False
                raise
            raise RuntimeError("generator didn't stop after throw()")

        def __call__(self, func):
            def inner(*args, **kwds):
                with _GeneratorContextManager(self.func, self.args, self.kwds):
                    return func(*args, **kwds)
            return inner


    def contextmanager(func):
        def helper(*args, **kwds):
            return _GeneratorContextManager(func, args, kwds)
        helper.__name__ = func.__name__
        helper.__doc__ = func.__doc__
        return helper


    class suppress:
        def __init__(self, *exceptions):
            self._exceptions = exceptions

        def __enter__(self):
            pass

        def __exit__(self, exctype, excinst, exctb):
            return exctype is not None and issubclass(exctype, self._exceptions)


    class nullcontext:
        def __init__(self, enter_result=None):
            self.enter_result = enter_result

        def __enter__(self):
            return self.enter_result

        def __exit__(self, *excinfo):
            pass


    class closing:
        def __init__(self, thing):
            self.thing = thing

        def __enter__(self):
            return self.thing

        def __exit__(self, *exc_info):
            self.thing.close()


    class redirect_stdout:
        _stream = "stdout"

        def __init__(self, new_target):
            self._new_target = new_target
            self._old_targets = []

        def __enter__(self):
            import sys
            self._old_targets.append(getattr(sys, self._stream))
            setattr(sys, self._stream, self._new_target)
            return self._new_target

        def __exit__(self, exctype, excinst, exctb):
            import sys
            setattr(sys, self._stream, self._old_targets.pop())


    class redirect_stderr(redirect_stdout):
        _stream = "stderr"


    class ExitStack:
        def __init__(self):
            self._exits = []

        def enter_context(self, cm):
            result = cm.__enter__()
            self._exits.append(cm.__exit__)
            return result

        def callback(self, callback, *args, **kwds):
            def exit_callback(exc_type, exc, tb):
                callback(*args, **kwds)
            self._exits.append(exit_callback)
            return callback

        def push(self, exit):
            self._exits.append(exit if not hasattr(exit, "__exit__") else exit.__exit__)
            return exit

        def close(self):
            self.__exit__(None, None, None)

        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            suppressed = False
            pending = None
            while self._exits:
                exit = self._exits.pop()
                try:
                    if exit(exc_type, exc, tb):
                        suppressed = True
                        exc_type, exc, tb = None, None, None
                except BaseException as e:
                    pending = e
                    exc_type, exc, tb = type(e), e, None
            if pending is not None:
                raise pending
            return suppressed
    """#

  static let types = #"""
    class SimpleNamespace:
        def __init__(self, mapping_or_iterable=(), /, **kwargs):
            for key, value in dict(mapping_or_iterable, **kwargs).items():
                setattr(self, key, value)

        def __repr__(self):
            items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
            return f"namespace({items})"

        def __eq__(self, other):
            return isinstance(other, SimpleNamespace) and vars(self) == vars(other)


    FunctionType = type(lambda: None)
    LambdaType = FunctionType
    import sys as _sys
    ModuleType = type(_sys)
    BuiltinFunctionType = type(len)
    """#

  static let timeit = #"""
    import time as _time

    default_timer = _time.perf_counter
    default_number = 1000000
    default_repeat = 5


    class Timer:
        def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
            self.timer = timer
            self._globals = {} if globals is None else globals
            self._stmt, self._setup = stmt, setup

        def _run(self, code):
            if callable(code):
                code()
            else:
                exec(code, self._globals)

        def timeit(self, number=default_number):
            self._run(self._setup)
            stmt = self._stmt
            if callable(stmt):
                start = self.timer()
                for _ in range(number):
                    stmt()
                return self.timer() - start
            body = "\n".join("    " + line for line in stmt.split("\n"))
            exec("def _timeit_inner(_n, _timer):\n    _t0 = _timer()\n    for _i in range(_n):\n"
                 + "\n".join("    " + line for line in body.split("\n"))
                 + "\n    return _timer() - _t0\n", self._globals)
            return self._globals["_timeit_inner"](number, self.timer)

        def repeat(self, repeat=default_repeat, number=default_number):
            return [self.timeit(number) for _ in range(repeat)]

        def autorange(self, callback=None):
            i = 1
            while True:
                for j in 1, 2, 5:
                    number = i * j
                    time_taken = self.timeit(number)
                    if callback:
                        callback(number, time_taken)
                    if time_taken >= 0.2:
                        return (number, time_taken)
                i *= 10


    def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
        return Timer(stmt, setup, timer, globals).timeit(number)


    def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
               number=default_number, globals=None):
        return Timer(stmt, setup, timer, globals).repeat(repeat, number)
    """#
}
