# functools.total_ordering (from any one of < <= > >=) and functools.cached_property.
import functools
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return f"V({s.v})"
print(V(1) >= V(2), V(3) > V(2), V(2) <= V(2), V(1) < V(2))
print(sorted([V(3), V(1), V(2)]), max(V(3), V(5)))
@functools.total_ordering
class W:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __ge__(s, o): return s.v >= o.v
print(W(1) < W(2), W(2) > W(1), W(1) <= W(1))
try:
    @functools.total_ordering
    class X: pass
except ValueError as e:
    print(e)
class D:
    def __init__(self): self.n = 0
    @functools.cached_property
    def big(self):
        self.n += 1
        print("computing")
        return 42
d = D()
print(d.big, d.big, d.n)
print(V.__gt__.__name__)
