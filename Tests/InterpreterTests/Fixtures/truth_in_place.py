# if x / if not x / while x with x a local: plain lists, tuples, dicts and strs answered in
# place; numbers, None, sets, ranges, bytes, subclasses and classes with __bool__ or __len__
# as always; an unbound local.
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
