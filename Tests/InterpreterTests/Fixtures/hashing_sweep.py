# Dict and set keys of every kind: equal numbers share a key, strings of every length,
# tuples, None; tables large enough to be hashed; `d[k] op= v` on dicts.
keys = [0, 1, -1, 2**40, 1.0, 0.5, -0.0, 1e300, True, False, None, "", "a", "ab",
        "abcdefgh", "abcdefghi", "a longer key with spaces", "naïve ünïcode", (1, 2), (1.0, 2),
        ((1,), "x"), ()]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(len(d))
print(d)
for k in keys:
    print(repr(k), k in d, d[k])
s = set(keys)
print(len(s), 1 in s, 1.0 in s, True in s, 0.5 in s, "abcdefghi" in s, (1, 2.0) in s, 3 in s)
print(set([1e3, 1e-3, 0.0]) == set([1e3, 1e-3, 0.0]), {0.25, None} == {None, 0.25})
print(sorted(str(k) for k in s))
print(sorted(str(k) for k in s | {1.0, 2.0, "b"}), sorted(str(k) for k in {1.0, 2.0} | s))

big = {str(i) * (i % 5 + 1): i for i in range(300)}
print(len(big), big["777"], big["121212"], big["13131313"], big.get("123123123", "missing"), "99" in big)
nums = {i * 0.5: i for i in range(200)}
print(len(nums), nums[3], nums[3.0], nums[99.5], 3.25 in nums)
wide = {(i, i % 7): i for i in range(500)}
print(len(wide), wide[(499, 2)], (500, 3) in wide)

counts = {}
for word in "the cat and the dog and the bird".split():
    counts[word] = counts.get(word, 0) + 1
for word in ["the", "and", "cat"]:
    counts[word] += 10
counts["dog"] *= 3
counts["bird"] -= 1
print(counts)
try:
    counts["fish"] += 1
except KeyError as e:
    print("KeyError", e)
lists = {"a": [1], "b": [2]}
lists["a"] += [3]
print(lists)


def grow(d):
    d["new"] = 0
    return 5


grown = {"x": 1}
grown["x"] += grow(grown)
print(grown)
