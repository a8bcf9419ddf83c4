# One call site meeting many receivers and callees: built-in methods found by the receiver's
# class, list subclasses overriding them, classes patched between calls, keyword arguments,
# errors raised through the site, re-entrant calls, and callees keeping their arguments.
def describe(o):
    return o.count(1), o.index(1), type(o).__name__

for o in [[1, 2, 1], (3, 1, 1), "a1b1"[1:]]:
    try:
        print(describe(o))
    except TypeError as e:
        print("TypeError:", e)

class Stack(list):
    def pop(self):
        return "own pop"

def pop_from(xs):
    return xs.pop()

for xs in [[1, 2], Stack([3, 4]), [5], Stack()]:
    print(pop_from(xs), xs)

class Plain(list):
    pass

p = Plain([1, 2, 3])
print(pop_from(p))
Plain.pop = lambda self: "patched"
print(pop_from(p), p)
del Plain.pop
print(pop_from(p), p)

def sort_desc(xs):
    xs.sort(key=lambda v: v % 3, reverse=True)
    return xs

print(sort_desc([1, 2, 3, 4, 5]), sort_desc([9, 7]))

for call in [lambda: [].pop(), lambda: "abc".index("z"), lambda: {}.get(), lambda: len(), lambda: len(5), lambda: list.append("x", 1), lambda: [1].append(), lambda: abs("x")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

def deepest(n):
    return n if n == 0 else max(deepest(n - 1), n, len([n] * n))

print(deepest(30))
pairs = [zip([i, i], [i + 1, i + 2]) for i in range(3)]
print([list(z) for z in pairs])
kept = [tuple((i, i * i)) for i in range(4)]
print(kept, [isinstance(k, tuple) for k in kept], len(kept))
words = "the cat the hat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items()), max(counts, key=counts.get))
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
