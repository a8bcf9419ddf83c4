# collections: Counter, defaultdict, deque, OrderedDict, namedtuple (written in the language itself).
from collections import Counter, defaultdict, deque, OrderedDict
import collections
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], len(c), sorted(c), c.total(), "a" in c)
c.update("aaz")
print(c, Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5), Counter())
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(), list(Counter(words).elements())[:4], Counter(words) == Counter(reversed(words)))
d = defaultdict(list)
for w in words:
    d[w[0]].append(w)
print(d, d["t"], len(d), dict(d.items()), "x" in d, d["x"], d)
n = defaultdict(int)
for w in words:
    n[w] += 1
print(n, sorted(n.items(), key=lambda kv: -kv[1]), defaultdict(None))
q = deque([1, 2, 3], maxlen=4)
q.append(4); q.append(5); q.appendleft(0)
print(q, q.popleft(), q.pop(), q, len(q), q[0], 3 in q, list(q), deque(), deque("ab"))
q.rotate(1)
print(q, q.maxlen)
o = OrderedDict([("b", 1), ("a", 2)])
o["c"] = 3
o.move_to_end("b")
print(o, list(o), o.popitem(), o.popitem(last=False), OrderedDict())
layers = OrderedDict()
layers["Affine1"] = 1
layers["Relu1"] = 2
print(layers.keys(), layers.values(), layers.items(), len(layers.keys()), "Relu1" in layers.keys())
print(list(layers.values()), list(reversed(layers.keys())), [k for k, v in layers.items()])
print(layers.keys() == {"Relu1", "Affine1"}, dict(layers.items()))
print(collections.Counter("xyx"), type(c).__name__)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
x, y = p
print(p, p.x, p[1], x + y, len(p), p == (1, 2), p._asdict(), p._replace(x=9), Point._make([3, 4]), Point._fields)
Card = namedtuple("Card", ["rank", "suit"], defaults=["spades"])
print(Card("A"), Card("K", "hearts"), type(p).__name__, sorted([Point(2, 1), Point(1, 5)]), hash(p) == hash((1, 2)))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
