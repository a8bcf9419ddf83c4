# A method call on an instance whose own attribute shadows the method, is deleted, or whose
# class's method is replaced; names of attributes set with setattr.
class C:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self.n
    def go(self):
        return "method go"
o = C()
for i in range(5):
    o.inc(i)
print(o.n)
o.go = lambda: "instance go"
print(o.go())
del o.go
print(o.go())
o.inc = lambda k: ("shadow", k)
print(o.inc(3))
def f(p):
    out = []
    for i in range(3):
        out.append(p.inc(i))
    return out
p = C()
print(f(p))
p.inc = print
f(p)
class D(C):
    def inc(self, k):
        return ("D", k)
print(f(D()))
q = C()
print([q.inc(i) for i in range(4)])
C.inc = lambda self, k: k * 100
print(f(q))
def g():
    r = C()
    r.inc(5)
    r = None
    try:
        r.inc(1)
    except AttributeError as e:
        print(e)
g()
class E:
    def m(self, x):
        return x
e = E()
for name in ["m", "mm", "xm", "a" * 40]:
    setattr(e, name, name)
try:
    print(e.m(1))
except TypeError as err:
    print(err)
