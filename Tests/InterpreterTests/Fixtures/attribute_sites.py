# One attribute site meeting instances whose tables hold their names in different orders,
# attributes deleted and added back, class attributes and properties of the same name.
class P:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())

def read(objs):
    out = []
    for o in objs:
        out.append(o.x + o.y + o.z)
    return out

objs = [P('xyz'), P('zyx'), P('yzx'), P('xyz')]
print(read(objs))

def write(objs):
    for n, o in enumerate(objs):
        o.y = n
        o.z = o.y * 10
    return [(o.x, o.y, o.z) for o in objs]

print(write(objs))
del objs[0].x
objs[0].w = 'w'
try:
    print(read(objs))
except AttributeError as e:
    print('AttributeError', e)
objs[0].x = 'again'
print(read(objs[:1]) if False else objs[0].x, list(vars(objs[0])))

class Q:
    x = 'class x'
    def __init__(self, own):
        if own:
            self.x = 'own x'

qs = [Q(True), Q(False), Q(True)]
print([q.x for q in qs])
delattr(qs[0], 'x')
print([q.x for q in qs])

class R:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 100
    @v.setter
    def v(self, value):
        self._v = value

class S:
    def __init__(self):
        self.v = 'plain'

for o in [R(), S(), R()]:
    o.v = 3
    print(type(o).__name__, o.v)

class T:
    def __init__(self):
        self.count = 0
    def bump(self):
        self.count += 1
        return self.count

ts = [T(), T()]
ts[1].extra = 1
for _ in range(3):
    for t in ts:
        t.bump()
print([t.count for t in ts], vars(ts[1]))
