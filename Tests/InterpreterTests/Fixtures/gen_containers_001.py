# Generated: container operations.
s = {3, 1, 2}
s.add(5)
s.discard(1)
print(sorted(s), 2 in s, sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {3}), sorted(s ^ {2, 7}))
print(len(s), sorted(set('hello')), {1, 2} <= {1, 2, 3}, set([1]) == {1})
