# Objects whose class defines __hash__ and __eq__ as dict keys and set members: colliding
# hashes stay apart unless __eq__ says equal, and an object equal to an int finds its key.
class P:
    def __init__(self, x): self.x = x
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    def __repr__(self): return f"P({self.x})"
d = {P(1): 'a', P(2): 'b'}
print(d, len({P(1), P(2), P(1)}), P(1) in d, d[P(2)])
class Q:
    def __init__(self, x): self.x = x
    def __hash__(self): return hash(self.x)
    def __eq__(self, o): return isinstance(o, Q) and o.x == self.x
print({Q(1): 1}[Q(1)], Q(5) in {Q(5)}, {Q(3): 0}.get(3, 'missing'))
class MyInt:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, MyInt) else o)
print({3: 'three'}[MyInt(3)], MyInt(4) in {4, 5}, {MyInt(7): 1}[7], len({MyInt(1), 1, MyInt(1)}))
from fractions import Fraction
print({Fraction(1, 2): 'h', (1, P(2)): 't'}[(1, P(2))], hash(P(1)), hash(Q(10)))
from dataclasses import dataclass
@dataclass(frozen=True)
class Pt:
    x: int
    y: int
print({Pt(1, 2): 'a', Pt(1, 2): 'b', Pt(2, 1): 'c'}, Pt(1, 2) in {Pt(1, 2)})
