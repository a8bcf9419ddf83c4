# isinstance(x, C) of a variable and a module-level class: answered in place, and the general call
# when isinstance is shadowed or C is not a class.
class A: pass
class B(A): pass
def f(x, y, z):
    int = float
    return isinstance(x, int)
def g(v):
    return [isinstance(v, int), isinstance(v, float), isinstance(v, bool), isinstance(v, object), isinstance(v, A), isinstance(v, B), isinstance(v, str), isinstance(v, type(None))]
for v in [1, 2.5, True, None, A(), B(), "s", [1]]:
    print(g(v))
print(f(1, 2, 3), f(1.5, 0, 0))
isinstance = lambda a, b: "shadowed"
print(g(1))
del isinstance
try:
    def h(v):
        return isinstance(v, 3)
    h(1)
except TypeError as e:
    print(e)
def u():
    return isinstance(w, int)
try:
    u()
except NameError as e:
    print(e)
def k(v):
    return isinstance(v, Missing)
try:
    k(1)
except NameError as e:
    print(e)
