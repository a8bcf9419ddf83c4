# `x in list` and `x in tuple` for ints and strs, which are compared in place, among items of
# every other kind, which are asked by `==` in their turn.


class Loud:
    def __init__(self, answer):
        self.answer = answer

    def __eq__(self, other):
        print("eq with", repr(other))
        return other == self.answer


xs = list(range(100))
print(99 in xs, 100 in xs, -1 in xs, 0 in xs)
print(1 in [1.0], 1 in [True], 0 in [False], 2 in [2.0000001], 2**53 + 1 in [float(2**53)])
print(1.0 in [0, 1], True in [0, 1], None in [0, None], None in [0, 1])
print(3 in [None, 'a', 2.5, (3,), [3]], 3 in (None, 3), 7 in ())
print(5 in [1, Loud(5), 5], 6 in [Loud(5), 6], 4 in [Loud(9)])
ws = [str(i) for i in range(100)]
print('99' in ws, '100' in ws, '' in ws, '' in ['', 'a'], 'a' in [])
print('a' in [1, 2.5, None, True, 'a'], 'b' in ('a', 'b'), 'ab' in ['a', 'b'])
long = 'x' * 40
print(long in ['x' * 39, 'x' * 40], long + 'y' in ['x' * 40], 'fifteen chars!!' in ['fifteen chars!!'])
print('é' in ['e\u0301'], 'é' in ['é'], 'naïve' in ['naive', 'naïve'], '日本' in ('日', '日本'))
print('q' in [Loud('q')], 'r' in [Loud('q'), 'r'], 'abcdefghij' in ['abcdefghik', 'abcdefghij'])
print('abcdefgh' in ['abcdefghi'], 'abcdefghi' in ['abcdefgh'], 'a' * 8 in ['a' * 8])
print(1 in [[1]], [1] in [[1]], (1, 2) in [(1, 2)], 2.5 in [2.5])
nan = float('nan')
print(nan in [nan], nan in (1, nan))
