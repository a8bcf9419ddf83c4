# set()/frozenset() of ranges, lists and tuples (added as they come, CPython's layout), and
# list(), tuple(), sorted() and set() of a list subclass that defines __iter__.
print(list(set(range(20))), list(set(range(100, 0, -7))), list(set(range(0))), list(set(range(5, 5))))
print(list(set([3, 1.0, True, 2, 'x'[0:0] == '', (1, 2), 1, -5, 3.5])))
print(list(set((9, 8, 7, 9, 1 << 40, -(1 << 62)))), frozenset(range(3)), frozenset([1, 2, 1]))
print(sorted(set(range(-10, 10, 3))), set(range(9223372036854775800, 9223372036854775807, 3)))
try:
    set([1, [2]])
except TypeError as e:
    print('TypeError', e)
try:
    frozenset(([1],))
except TypeError as e:
    print('TypeError', e)
class L(list):
    def __iter__(self):
        return iter([42])
print(set(L([1, 2, 3])), {1, 2}.union(range(4)), set([1, 2]).issubset(range(5)), {3}.isdisjoint([1, 2]))
d = {1: 2, 3: 4}
print(d.keys() | {5}, set(d), set('abc') == {'a', 'b', 'c'}, len(set(range(100000))))
print(list(L([1, 2])), tuple(L([1])), [x for x in L([1])], sorted(L([3])))
