# Refusals of operators by CPython's words: '** or pow()' for **, the in-place form only
# for the operator's own refusal (one raised inside a dunder it called is kept), divmod.
class A:
    def __add__(self, o):
        return 1 + 'x'
    def __pow__(self, o):
        return [] ** 2
    def __floordiv__(self, o):
        return {} // 1
a = A()
for f in [lambda: a.__iadd__, ]:
    pass
try:
    a += 1
except TypeError as e:
    print(e)
try:
    pow(a, 2)
except TypeError as e:
    print(e)
try:
    divmod(a, 2)
except TypeError as e:
    print(e)
x = [1]
try:
    x -= 1
except TypeError as e:
    print(e)
try:
    divmod('a', 1)
except TypeError as e:
    print(e)
y = 1
try:
    y @= 2
except TypeError as e:
    print(e)
for src in ['[] ** 2', 'x = []; x **= 2', 'pow([], 2)', 'pow([], 2, 3)', '2 ** []']:
    try: exec(src)
    except TypeError as e: print(src, '->', e)
