# `ch in 'aeiou'` against a str literal of ASCII characters (answered from a table made
# once), with every other kind of operand taking the general path: multi-character and
# empty needles, non-ASCII characters, 'not in', non-str operands (CPython's TypeError);
# iterating and listing ASCII and non-ASCII text.
text = 'The quick brown fox, naïve café!\tEnd'
vowels = [ch for ch in text if ch in 'aeiou']
others = [ch for ch in text if ch not in 'aeiou \t']
print(vowels, len(others), ''.join(others))
print('ab' in 'cabd', 'ba' in 'cabd', '' in 'abc', 'é' in 'aeiou', 'é' not in 'aeiou')
print(' ' in ' \t', '\t' in ' \t', '~' in 'abc~', '\x7f' in 'a\x7f', 'A' in 'aeiou')
for needle in [1, None, ['a'], b'a']:
    try:
        print(needle in 'aeiou')
    except TypeError as e:
        print(e)
print(list('héllo'), list('hello'), list(''), [c for c in 'ab\ncd'])
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(set('mississippi')), 'mississippi'[4], 'mississippi'[-1])
print(all(c in 'abcdefghijklmnopqrstuvwxyz' for c in 'hello'), any(c in '0123456789' for c in 'a1'))
