# OSError's errno mapping, fields and text; __slots__; and everyday class features (dunders,
# properties, classmethods, inheritance, exceptions).
try:
    open('/nonexistent/x.txt')
except OSError as e:
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e), repr(e))
for args in [(2, 'No such file'), (2, 'No such file', 'f.txt'), (17, 'exists'), (13, 'denied'), (1, 'perm'), (21, 'dir'), (20, 'notdir'), (110, 'timeout'), (3, 'srch'), (99, 'other'), ('x',), (), (2,), (2, 'a', 'b', 'c', 'd')]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename)
e = FileNotFoundError(2, 'gone', 'p')
print(repr(e), str(e), e.errno, e.filename)
print(isinstance(OSError(2, 'x'), FileNotFoundError), IOError is OSError, EnvironmentError is OSError)
class MyErr(OSError): pass
print(type(MyErr(2, 'x')).__name__)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
try: s.b
except AttributeError as e: print(repr(e))
try: s.c = 1
except AttributeError as e: print(repr(e))
class T(S): pass
t = T(); t.c = 5; print(t.c)
class U(S):
    __slots__ = ['d']
u = U(); u.d = 1; u.a = 2; print(u.a, u.d)
try: u.e = 1
except AttributeError as e: print(repr(e))
class V:
    __slots__ = 'x'
v = V(); v.x = 3; print(v.x)
try: v.y = 3
except AttributeError as e: print(repr(e))
class W:
    __slots__ = ('a', '__dict__')
w = W(); w.z = 1; print(w.z)
class P:
    __slots__ = ()
    @property
    def q(self): return 1
    @q.setter
    def q(self, v): print('set', v)
p = P(); p.q = 4
try: del s.a; s.a
except AttributeError as e: print(repr(e))
print(S.__slots__)
class M:
    __slots__ = ('__hidden', 'shown')
    def __init__(self):
        self.__hidden = 1
        self.shown = 2
    def get(self): return self.__hidden
m = M(); print(m.get(), m.shown)
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
pts = [Point(i, i * 2) for i in range(3)]
for pt in pts:
    pt.x += 10
print([(pt.x, pt.y) for pt in pts])
try:
    pts[0].z = 1
except AttributeError as e:
    print(e)
class E(Exception):
    __slots__ = ('k',)
e = E(); e.other = 1; print(e.other)
class A:
    count = 0
    def __init__(self, x):
        self.x = x
        A.count += 1
    def __repr__(self):
        return f'A({self.x!r})'
    def __eq__(self, other):
        return isinstance(other, A) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, other):
        return self.x < other.x
    def __add__(self, other):
        return A(self.x + other.x)
    def __len__(self):
        return 3
    def __bool__(self):
        return self.x != 0
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * self.x
    def __contains__(self, v):
        return v == self.x
    def __call__(self, y):
        return self.x * y
    @property
    def double(self):
        return self.x * 2
    @classmethod
    def make(cls):
        return cls(0)
    @staticmethod
    def helper(v):
        return v + 1

class B(A):
    def __init__(self, x, y=1):
        super().__init__(x)
        self.y = y
    def __repr__(self):
        return 'B' + super().__repr__()

a, b = A(2), B(3)
tests = ["a", "b", "a == A(2)", "a != A(3)", "sorted([B(5), a, b])", "a + b", "len(a)", "bool(A(0))", "list(a)", "2 in a", "a(5)", "a.double",
 "A.make()", "B.make()", "A.helper(1)", "a.helper(2)", "A.count", "{a, A(2)}", "isinstance(b, A)", "issubclass(B, A)", "type(b).__name__", "B.__mro__",
 "b.y", "a.y", "a.double = 5", "A(1, 2)", "B()", "a > b", "a <= b", "a * 2", "-a", "a[5]", "A.__name__", "a.__class__.__name__", "hasattr(a, 'x')",
 "getattr(a, 'zz', 'default')", "vars(a)", "a.__dict__", "str(a)", "format(a)", "f'{a}'", "f'{a!s}'", "repr([a, b])", "dir(a)[:3]", "callable(a)", "iter(a).__next__()",
 "max(a, b)", "hash(a) == hash(A(2))", "A.__init__", "a.__init__", "type(A.helper)", "type(A.make)", "object.__new__(A).__class__"]
for t in tests:
    try:
        r = eval(t)
        if t in ("A.__init__", "a.__init__"):
            r = type(r).__name__
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('bad', 7)
except E as e:
    print(repr(e), str(e), e.code, e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('wrapped') from z
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__context__ is v.__cause__)
try:
    raise KeyError('k')
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.args)
for exc in [ValueError(), ValueError('a', 'b'), KeyError(), OSError(2, 'No such file'), StopIteration(5), SystemExit(3)]:
    print(repr(exc), str(exc), exc.args)
class Slots:
    __slots__ = ('a',)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
class P:
    def __init__(self):
        self.__secret = 1
        self._prot = 2
p = P()
print(p._P__secret, p._prot)
try:
    p.__secret
except AttributeError as e:
    print(e)
