# Dicts and sets looked up in place: the counting idiom with locals and globals, dict get and
# store with int, str and other keys, set add/discard/in with ints and strs, str.join.


def counts_of(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


print(counts_of("hello world, héllo wörld"))

module_counts = {}
for word in "the cat and the hat and the bat".split():
    module_counts[word] = module_counts.get(word, 0) + 1
print(module_counts)


def keys_of_every_kind():
    d = {1: "one", "x": 2, (1, 2): "pair", 2.5: "float"}
    for k in [1, 1.0, True, "x", (1, 2), 2.5, "y", 3]:
        print(repr(k), d.get(k), d.get(k, "missing"), k in d)
    k = 2
    d[k] = "two"
    k = True
    d[k] = "true"
    k = "new"
    d[k] = None
    k = (3, 4)
    d[k] = "tuple"
    print(d)
    k = [1]
    for attempt in ("store", "get", "in"):
        try:
            if attempt == "store":
                d[k] = 1
            elif attempt == "get":
                d.get(k, 0)
            else:
                k in d
        except TypeError as e:
            print(attempt, "TypeError:", e)


keys_of_every_kind()


class Defaulting(dict):
    def get(self, key, default=None):
        return "overridden"


def subclass_get():
    d = Defaulting()
    k = 1
    print(d.get(k, 0))


subclass_get()


def unbound_names():
    try:
        x = later.get(1, 0)
        later = {}
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        c = {}
        c[key] = 1
        key = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound_names()
try:
    undefined_dict[1] = 2
except NameError as e:
    print("NameError:", e)


def sets_of_ints():
    s = set()
    for i in range(40):
        s.add(i * 7 % 23)
    s.add(1.0)
    s.add(True)
    for i in range(0, 40, 3):
        s.discard(i)
    s.discard(2.0)
    s.discard(999)
    print(sorted(s), len(s))
    print([x in s for x in (1, 4, 4.0, True, False, -1, 10**12)])
    negatives = {-5, -1, -2, 2**40}
    print([x in negatives for x in (-5, -1, -2, -3, 2**40)])
    try:
        s.remove(999)
    except KeyError as e:
        print("KeyError:", e)
    try:
        s.add([1])
    except TypeError as e:
        print("TypeError:", e)
    f = frozenset([1, 2])
    try:
        f.add(3)
    except AttributeError as e:
        print("AttributeError:", e)
    print(2 in f, 3 in f)


sets_of_ints()


def sets_of_strs():
    words = "the quick brown fox jumps over the lazy dog é ü 日本 the end".split()
    seen = set()
    repeated = []
    for w in words:
        if w in seen:
            repeated.append(w)
        seen.add(w)
    print(sorted(seen), repeated)
    built = "".join(["f", "o", "x"])
    print([x in seen for x in ("fox", built, "cat", "é", "e", "日本", "x" * 20)])
    mixed = {1, "a", (1, "a"), 2.5}
    print([x in mixed for x in ("a", "b", 1, 1.0, True, (1, "a"), 2.5)])
    seen.discard("fox")
    seen.discard("absent")
    print("fox" in seen, len(seen))


sets_of_strs()

print("-".join(["a", "bé", "日本", "x" * 30]), repr("".join([])), ",".join(["one"]))
print("".join("abc"), " ".join(w for w in ["a", "b"]))
for items in (["a", 1], [None], ["a", "b", b"c"]):
    try:
        " ".join(items)
    except TypeError as e:
        print("TypeError:", e)
