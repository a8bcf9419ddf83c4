# Built-in functions called with each argument count, by keyword, and with wrong types:
# CPython's results and its exact error messages.
names = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'divmod', 'format', 'getattr',
         'hasattr', 'hash', 'hex', 'id', 'isinstance', 'issubclass', 'iter', 'len', 'max', 'min',
         'next', 'oct', 'ord', 'pow', 'repr', 'round', 'setattr', 'delattr', 'sorted', 'sum',
         'vars', 'int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set', 'range',
         'enumerate', 'zip', 'map', 'filter', 'reversed', 'slice', 'frozenset', 'object']
args = [(), (1,), ('a',), (1, 2), ([1], 2), (1, 2, 3), (1, 2, 3, 4), (None,), ([],), (1.5,),
        ('ab', 'cd')]
for n in names:
    f = eval(n)
    for a in args:
        try:
            f(*a)
        except Exception as e:
            print(n, a, '->', type(e).__name__, e)

tests = ['round(2.567, ndigits=2)', 'round(number=2.567)', 'round(number=2.567, ndigits=1)',
         'pow(2, exp=3)', 'pow(base=2, exp=3)', 'pow(2, 3, mod=5)', 'pow(2, 3, None)',
         'sum([1, 2], start=10)', 'sum([0.1] * 3)', 'sum([[1], [2]], [])', "sum(['a'], '')",
         "sum([b'a'], b'')", 'divmod(7, 2)', 'divmod(-7.5, 2)', 'divmod(2**70, 3)',
         'pow(2, -1)', 'pow(0, -1)', 'round(2.5)', 'round(-0.5)',
         'round(1234, -2)', 'round(True)', 'round(2.675, 2)', 'round(2.5, None)',
         'round(7, 1.5)', 'next(iter([]), 5)', 'next(iter([1]), 5)', 'getattr(1, "real")',
         'getattr(1, "nope", None)', 'getattr(1, "nope")', 'hasattr([], "append")',
         'hasattr([], "nope")', 'bin(-5)', 'hex(255)', 'oct(8)', 'bin(True)', 'hex(2**70)',
         'hex(1.5)', 'chr(0x1F600)', 'chr(0x110000)', 'ord("é")', 'ord("")', 'ord(b"a")', 'ord(b"ab")',
         'issubclass(bool, int)', 'issubclass(bool, (str, int))', 'issubclass(int, 1)', 'issubclass(int, (int, 1))', 'issubclass(int, (str, 1))',
         'abs(-2**63)', 'abs(-0.0)', 'abs(True)', 'abs("x")', 'object()', 'object(1)',
         'object(x=1)', 'int(1, 2)', "int('z', 36)", "int(x='5')", "int('5', base=8)",
         "str(1, 'utf-8')", "str(b'ab', 'ascii')", "str(b'ab', encoding=1)", 'any([])',
         'all([])', 'any([0, 0.0, ""])', 'all([1, 2, 0])', 'any((0, 3))',
         'any(x for x in [0, 0, 3])', 'all(range(1, 5))', 'repr("a")', 'hash(1.0) == hash(1)',
         'hash(-1)', 'hash([])', 'callable(len)', 'callable(1)', 'format(3.14159)',
         'format(3.14159, ".2f")', "format('x', '^5')", 'format(1, 2)', 'setattr(1, "x", 2)',
         'delattr(1, "x")', 'id(1) == id(1)', 'reversed()', 'reversed([1], [2])', 'slice()',
         'slice(1, 2, 3, 4)', 'slice(3)', 'vars(1, 2)', 'vars(1)']
for t in tests:
    try:
        r = eval(t)
        if t.startswith('object('):
            r = type(r)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '->', type(e).__name__, e)


# any() and all() over a list that a __bool__ changes while they read it; classes with
# __divmod__, __rdivmod__ and __round__.
class Shrinking:
    def __init__(self, items):
        self.items = items

    def __bool__(self):
        self.items.pop()
        return False


xs = []
xs.extend([Shrinking(xs), Shrinking(xs), Shrinking(xs), Shrinking(xs)])
print(any(xs), len(xs))
ys = [1, 1, 1]
ys.append(Shrinking(ys))
print(all(ys), len(ys))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, other):
        return ('divmod', self.cents, other)

    def __rdivmod__(self, other):
        return ('rdivmod', other, self.cents)

    def __round__(self, digits=None):
        return ('round', self.cents, digits)


print(divmod(Money(5), 2), divmod(3, Money(7)))
print(round(Money(5)), round(Money(5), 1), round(Money(5), ndigits=2))
try:
    divmod(Money(5), Money(6))
except TypeError as e:
    print('TypeError', e)


def in_function():
    local_name = 1
    print(sorted(vars()))


in_function()
