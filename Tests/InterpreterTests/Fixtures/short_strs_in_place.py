# Short strs made by split, str(i), upper/lower and join, str equality read in place, and
# `self.n += k` updated in place: each against python3's output.

# split() of ASCII text, eight bytes at a time: whitespace of every kind, control characters
# (which are not whitespace), words across chunk ends, long words, non-ASCII text.
texts = [
    '', ' ', 'a', ' a ', 'the quick brown fox jumps over the lazy dog',
    'abcdefgh', 'abcdefgh ijklmnop', '  abcdefghijklmnopqrstuvwxyz  x',
    'a\tb\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x1fj', 'a\x00b c\x01d', 'x' * 15, 'y' * 16,
    ' ' * 8 + 'z' * 8 + ' ' * 8, 'héllo wörld', 'abc def\n', '12345678 12345678x 1234567',
    'a b c d e f g h i j k l m n o p', '\x1f\x1fab\x1f', 'end8char', 'seven7 ', ' 8chars.' * 5,
]
for t in texts:
    print(repr(t), t.split(), t.split(None, 1), t.split(maxsplit=0))

# A pseudo-random corpus (a fixed linear congruential stream, no library).
alphabet = 'ab \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x00\x01!~ZZZ   xyz0123'
state = 12345
total = 0
checksum = 0
for n in range(400):
    chars = []
    for k in range(n % 41):
        state = (state * 1103515245 + 12345) % 2147483648
        chars.append(alphabet[state % len(alphabet)])
    words = ''.join(chars).split()
    total += len(words)
    for w in words:
        checksum = (checksum * 31 + len(w) + ord(w[0])) % 1000003
print(total, checksum)

# Words made again are equal, hash alike and count in a dict.
counts = {}
for line in ['the cat', 'the dog', 'a cat the end'] * 3:
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(counts)
w = 'same same'.split()
print(w[0] == w[1], hash(w[0]) == hash('same'))
word = 'abc def'.split()[0]
word += 'z'
print(word, 'abc def'.split())

# str(i): small ints, their edges around 15 characters, big ints, and appending to one.
for v in [0, 7, -7, 10, -10, 99999999999999, -99999999999999, -100000000000000,
          999999999999999, 1000000000000000, -9223372036854775808, 9223372036854775807,
          2 ** 70, -(2 ** 70), True, 2.5]:
    s = str(v)
    print(s, len(s), s == repr(v), hash(s) == hash(repr(v)))
s = str(5)
s += 'x'
print(s, str(5), str(12) * 3, str(7).zfill(3))

# upper() and lower() of every ASCII character in short and long texts, and non-ASCII text.
chars = ''.join(chr(i) for i in range(128))
for k in range(0, 128, 9):
    for n in (0, 1, 7, 8, 9, 15, 16, 30):
        t = (chars[k:] + chars)[:n]
        print(repr(t.upper()), repr(t.lower()), t.upper().lower() == t.lower())
print('héllo'.upper(), 'ÉCOLE'.lower(), 'straße'.upper(), 'ab'.upper() + 'x')
print({'AB': 1}['ab'.upper()])

# join of short, long and non-ASCII items with short, long and non-ASCII separators.
items = [[], ['a'], ['a', 'b'], ['', ''], ['héllo', 'wörld'], ['x' * 20, 'y' * 3, 'z' * 15],
         ['abcdefghijklmno', 'p'], ['a'] * 40]
for sep in ['', ' ', ', ', '-=-=-=-=-=-=-=-=-', 'é']:
    for i in items:
        r = sep.join(i)
        print(repr(r), len(r), r.split(sep) == i if sep and i else None)
try:
    ' '.join(['a', 1])
except TypeError as e:
    print(e)

# == and != of strs in variables and literals, in expressions and tests.
def compare(a, b):
    same = a == b
    differ = a != b
    if a == 'the':
        return same, differ, 'literal'
    if a != b:
        return same, differ, 'differ'
    return same, differ, 'same'
line = 'the quick brown fox'
print(compare(line, ' '.join(line.split())), compare('the', 'the'), compare('a', 'b'),
      compare('é', 'e\u0301'), compare(1, 1.0), compare('1', 1))

# self.n += k: ints, floats, overflow to big ints, strs, class attributes, properties and
# slots, unbound operands and missing attributes.
class Counter:
    step = 10
    def __init__(self):
        self.n = 0
        self.x = 1.5
        self.s = 'a'
        self.big = 2 ** 62
    def run(self, k):
        self.n += k
        self.n -= 1
        self.n *= 2
        self.x += 0.25
        self.x *= k
        self.s += 'b'
        self.step += 1
        self.big += self.big
        self.n += 2.5
        return self.n, self.x, self.s, self.step, self.big, Counter.step
c = Counter()
print(c.run(3))
print(c.run(4))

class Guarded:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print('set', value)
        self._v = value
    def bump(self, k):
        self.v += k
        return self.v
print(Guarded().bump(5))

class Slotted:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 1
    def go(self, k):
        self.a += k
        return self.a
print(Slotted().go(2))

def unbound(o):
    o.n += k
    k = 1
try:
    unbound(c)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def missing(o):
    o.missing += 1
try:
    missing(c)
except AttributeError as e:
    print('AttributeError:', e)
try:
    missing(5)
except AttributeError as e:
    print('AttributeError:', e)
