# typing.NamedTuple, class form (annotated fields, defaults, methods of its own) and
# functional form; functools.wraps copies __annotations__; bytes.fromhex.
import functools
from typing import NamedTuple, List, Tuple
def f(a: int, b: List[float]) -> Tuple[int, float]: pass
@functools.wraps(f)
def h(*args): return 1
print(h.__annotations__ == f.__annotations__, h.__name__, f.__annotations__)
class Pt(NamedTuple):
    x: float
    y: float = 0.0
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = Pt(3, 4)
print(p, p.norm(), p._replace(y=0), Pt._fields, p[0], len(p), tuple(p), Pt(1))
x, y = p
print(x, y, p._asdict())
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
Q = NamedTuple("Q", [("a", int), ("b", str)])
print(Q(1, "s"))
for s in ["61 62", " 6162 ", "6g", "616", "zz", ""]:
    try:
        print(repr(bytes.fromhex(s)))
    except ValueError as e:
        print("ValueError:", e)
try:
    bytes.fromhex(5)
except TypeError as e:
    print("TypeError:", e)
class Pt3(Pt):
    def double(self): return Pt3(self.x * 2, self.y * 2)
print(Pt3(1, 2), Pt3(1, 2).double(), Pt3(1).norm(), Pt3._fields)
