# Instances of a class share their attribute names in order while they follow the same
# layout: every departure (another order, a deletion, a new name, copies) must keep each
# instance's own order, as its __dict__ is in Python.
class P:
    def __init__(self, x, y, flip=False):
        if flip:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y
a = P(1, 2); b = P(3, 4, True); c = P(5, 6)
print(vars(a), vars(b), vars(c))
c.z = 7; d = P(8, 9); print(vars(c), vars(d))
d.w = 1; d.z = 2; print(vars(d))
del c.x; print(vars(c), c.__dict__); c.x = 10; print(vars(c))
e = P(0, 0); del e.y; e.q = 3; e.y = 4; print(vars(e))
f = P(1, 1); print(vars(f))
import copy
g = copy.copy(d); g.x = 100; print(vars(g), vars(d))
h = copy.deepcopy(b); print(vars(h))
class Q:
    pass
q = Q(); q.a = 1; q.b = 2
q2 = Q(); q2.b = 1; q2.a = 2
q3 = Q(); q3.a = 5
print(vars(q), vars(q2), vars(q3), q3.__dict__.keys())
q3.__dict__['zz'] = 1; print(vars(q3), hasattr(q3, 'b'))
for i in range(3):
    r = Q(); r.a = i; r.b = i; r.c = i
    print(vars(r))
s = Q(); s.c = 1; s.a = 2; print(vars(s))
t = P(1, 2); t.x += 5; print(t.x, t.y, vars(t))
try:
    print(P(1, 2).nope)
except AttributeError as ex:
    print(ex)
import pickle
u = pickle.loads(pickle.dumps(d)); print(vars(u))
