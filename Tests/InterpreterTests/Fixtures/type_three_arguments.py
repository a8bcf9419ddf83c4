# type(name, bases, dict) makes a class as a class statement does (module from the caller or
# the dict's __module__, its own copy of the namespace), with CPython's argument errors.
T = type('T', (), {'a': 1, 'f': lambda self: self.a * 2, '__doc__': 'made by type'})
t = T()
print(T, T.__name__, T.__module__, T.__doc__, t.a, t.f(), T.__bases__, type(t) is T, isinstance(t, T))
class Base:
    def hello(self):
        return 'hi from ' + type(self).__name__
D = type('D', (Base,), {'x': 5})
print(D().hello(), D.x, D.__mro__, issubclass(D, Base), vars(T)['a'])
E = type('E', (ValueError,), {})
try:
    raise E('boom')
except ValueError as e:
    print(type(e).__name__, e, repr(e))
M = type('M', (), {'__module__': 'mymod'})
print(M, M.__module__)
ns = {'k': 1}
K = type('K', (), ns)
ns['k'] = 2
print(K.k, type('Z', (), {})().__class__.__name__)
for bad in [(1, (), {}), ('n', [], {}), ('n', (), []), ('n', (1,), {})]:
    try:
        type(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    type('a', 'b')
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    pass
print(type(type('Q', (), {})).__name__)
