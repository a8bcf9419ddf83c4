# str keys looked up by the str's own kept hash: equal texts from other objects, non-ASCII
# and composed/decomposed forms, keys of other types beside them, sets and dict views
d = {'a': 1, 'é': 2, 'e\u0301': 3, 1: 'int', 'ab' * 10: 'long'}
probe = ''.join(['a', 'b'] * 10)
print(d['a'], d['é'], d['e\u0301'], d[probe], d.get('zz', 0), 'é' in d, 'x' in d, d.get(1))
print(('a' + '') in d, chr(233) in d, 'e' + '\u0301' in d, d.get(str(1)), '1' in d)
s = {'x', 'é', 'long text here', 7}
print('x' in s, 'é' in s, 'e\u0301' in s, 'long text ' + 'here' in s, '7' in s, 7 in s)
big = {str(i): i for i in range(5000)}
hits = sum(1 for i in range(0, 10000, 3) if str(i) in big)
print(hits, big.get('4999'), big.get('5000', -1), len(big.keys() & {'1', '2', 'x'}))
