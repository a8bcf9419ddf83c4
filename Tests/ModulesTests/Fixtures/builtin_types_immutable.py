# Built-in classes are immutable (TypeError naming the type, module-qualified outside
# builtins); classes a program defines take attributes; built-in exceptions are made as
# before, and a program's exception classes keep their own __new__ and __init__.
import numpy as np

for target in ["int", "str", "list", "object", "type", "dict", "Exception", "ValueError",
               "np.ndarray", "np.float64", "range"]:
    try:
        exec(f"{target}.foo = 1")
        print(target, "set")
    except TypeError as e:
        print(target, e)
try:
    ValueError.__init__ = lambda self, *a: None
except TypeError as e:
    print(e)


class Mine:
    pass


Mine.foo = 2
print(Mine.foo)


class E(ValueError):
    pass


E.code = 3
print(E.code, E("x").code, E("x").args)


class Pair(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b


class Tagged(KeyError):
    def __new__(cls, *args):
        made = super().__new__(cls, *args)
        made.tag = "new"
        return made


for make in [lambda: ValueError("x"), lambda: ValueError(), lambda: KeyError("k", 2),
             lambda: OSError(2, "No such file", "f.txt"), lambda: Pair(2, 3),
             lambda: Tagged("t"), lambda: StopIteration(7)]:
    try:
        raise make()
    except Exception as e:
        print(type(e).__name__, e.args, repr(e), getattr(e, "total", None),
              getattr(e, "tag", None), getattr(e, "filename", None))
print(ValueError("a", "b").args, str(KeyError("k")), LookupError.__name__)
