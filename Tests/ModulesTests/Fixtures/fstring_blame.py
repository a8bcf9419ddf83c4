# A field that fails to format is blamed on the whole f-string; an error in its expression on
# the expression (CPython 3.11's carets).
import traceback
class Bad:
    def __str__(self):
        raise ValueError("no str")
    def __format__(self, spec):
        raise TypeError("no format " + spec)
x = 1.5
def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"), end="")
show(lambda: print(f"{x:d}"))
show(lambda: print(f"value {x:d} and {x}"))
show(lambda: print(f"{Bad()!s}"))
show(lambda: print(f"a {Bad():>3}"))
show(lambda: print(f"{x.foo}"))
show(lambda: print(f"{x:{'d'}}"))
def g():
    y = 2
    msg = f"{y:s}"
show(g)
