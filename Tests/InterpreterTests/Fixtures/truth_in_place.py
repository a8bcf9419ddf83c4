# if x / if not x / while x with x a local or a module-level name: plain lists, tuples,
# dicts and strs answered in place; numbers, None, sets, ranges, bytes, subclasses and
# classes with __bool__ or __len__ as always; an unbound local, an undefined global.
class B:
    def __bool__(self):
        return False
class Ln:
    def __len__(self):
        return 0
class L(list):
    pass
def t(x):
    if x:
        r = 'yes'
    else:
        r = 'no'
    if not x:
        r += '!'
    while x:
        break
    return r
for v in [[], [0], (), (1,), {}, {1: 2}, '', 'a', 0, 1, 0.0, 2.5, None, True, False, B(), Ln(), L(), L([1]), set(), {1}, range(0), b'', 'é']:
    print(repr(v) if not isinstance(v, (B, Ln)) else type(v).__name__, t(v))
def u():
    if y:
        pass
    y = 1
try:
    u()
except UnboundLocalError as e:
    print(e)
queue = [3, 2, 1]
out = []
while queue:
    out.append(queue.pop())
print(out, 'empty' if not queue else 'full')
for v in [[], [0], (), (1,), {}, {1: 2}, '', 'a', 0, 1, 0.0, None, True, B(), set(), {1}, range(2)]:
    x = v
    if x:
        r = 'yes'
    else:
        r = 'no'
    if not x:
        r += '!'
    print(r)
if len:
    print('builtin')
try:
    if undefined_name:
        pass
except NameError as e:
    print(e)
class C:
    y = []
    if y:
        print('class y')
    else:
        print('class no y')
