# A def's annotations: evaluated where the def stands, kept in __annotations__ in CPython's
# order (positional-only ones after the others), 'return' last; {} when there are none.
def f(a: int, /, b: str = "x", *c: float, d: bool, **e: list) -> None: pass
print(f.__annotations__)
def g(x): return x
print(g.__annotations__, g.__dict__)
class A:
    def m(self, x: "A") -> "A": return self
print(A.m.__annotations__)
def outer():
    T = int
    def inner(x: T) -> T: return x
    return inner
print(outer().__annotations__)
g.__annotations__["x"] = float
print(g.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
def shapes(n: len("abc") * 2, m: [1, 2][0]): pass
print(shapes.__annotations__)
try:
    def bad(x: undefined_name): pass
except NameError as e:
    print("NameError:", e)
