# split, join and replace by bytes: empty pieces, separators at the ends, non-ASCII text,
# maxsplit and count limits, and join's errors
print('a,b,,c'.split(','), 'abc'.split('abc'), 'aaa'.split('aa'), ''.split(','), 'x'.split('x'))
print('  a b\t c\x1c d  '.split(), '  a b c '.split(None, 1), ' é x'.split(), ''.split(), '   '.split())
print('a b c d'.split(' ', 2), 'a::b::c'.split('::'), 'naïve café'.split('é'), 'one'.split(None, 0))
print('aaaa'.replace('aa', 'b'), 'abcabc'.replace('b', ''), 'abc'.replace('x', 'y'), 'aaa'.replace('a', 'bb', 2))
print('héllo héllo'.replace('é', 'e', 1), 'abc'.replace('', '-'), 'abab'.replace('ab', 'ab', 0), 'ab'.replace('ab', 'xyz'))
print('the fox and the fox'.replace('fox', 'cat'), 'x'.replace('x', ''), 'ababab'.replace('aba', 'X'))
print('-'.join([]), '-'.join(['a']), ', '.join(['é', 'b', '']), ''.join(['x', 'y']), '-'.join('abc'), 'é'.join(['1', '2']))
print('+'.join(str(i) for i in range(5)), ' '.join(('a', 'b')), '--'.join({'k': 1, 'v': 2}))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), ' '.join(words) == 'the quick brown fox jumps over the lazy dog')
for bad in (['a', 1], ['a', None, 'b']):
    try:
        ','.join(bad)
    except TypeError as e:
        print(e)
try:
    ','.join(5)
except TypeError as e:
    print(e)
print('a1b1c'.rsplit('1', 1), 'a b c'.rsplit(None, 1))
