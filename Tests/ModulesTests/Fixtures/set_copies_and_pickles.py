# copy, deepcopy and pickle keep sets laid out as CPython does; a frozenset pickles as one.
import copy, pickle
s = {8, 16, 24, 3, 11}
s.discard(16)
print(copy.copy(s), copy.deepcopy(s))
f = frozenset([9, 1, 17, 25, 33])
print(copy.copy(f) is f, copy.deepcopy(f))
g = pickle.loads(pickle.dumps(f))
print(g, type(g).__name__, pickle.loads(pickle.dumps(s)))
big = set(range(0, 64, 8)) - {0, 8}
print(copy.copy(big), big.copy(), set(big))
print(pickle.loads(pickle.dumps([f, f]))[1] is pickle.loads(pickle.dumps([f, f]))[0])
both = pickle.loads(pickle.dumps([f, f]))
print(both[0] is both[1], type(both[1]).__name__, hash(both[0]) == hash(f))
