# len() of the built-in read in place: lists, tuples, dicts, ASCII and other strs, a subclass
# with __len__, an int, and len shadowed by a global and by a local.
xs = [1, 2, 3]
t = (1,)
d = {'a': 1}
s = 'héllo'
a = 'ascii text'
n = 5
print(len(xs), len(t), len(d), len(s), len(a))
def f(xs, t, d, s, a, n):
    out = [len(xs), len(t), len(d), len(s), len(a)]
    try:
        len(n)
    except TypeError as e:
        out.append(str(e))
    return out
print(f(xs, t, d, s, a, n))
class L(list):
    def __len__(self):
        return 42
print(len(L([1])), f(L([1]), t, d, s, a, 1)[0:1] if False else len(L()))
def g(xs):
    return len(xs)
print(g(xs))
len = lambda x: -1
print(g(xs), len(xs))
del len
print(g(xs))
def h(xs):
    len = max
    return len(xs)
print(h(xs))
