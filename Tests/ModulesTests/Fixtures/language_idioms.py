# Everyday learner code: strings, formatting, numbers, containers, a class, the common error messages, random, os.path.
import math, random, time, os
text = "The quick brown fox jumps over the lazy dog"
words = text.lower().split()
print(len(words), words.count('the'), text.find('fox'), text.index('dog'), text[::-1][:5], text.title().swapcase()[:9])
print(' '.join(sorted(words, key=lambda w: (len(w), w))), text.replace(' ', '_', 2), text.split(' ', 3)[-1][:8])
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('r', 'l', 'c', 'm'), '{:,}'.format(1234567.891), '{:.3%}'.format(0.12345), '{:e}'.format(12345.678))
print(format(255, '#010b'), format(3.14159, '+.2f'), format(-42, '08d'), format('abc', '>5'), f'{12345:_}', f'{0.000123:.2e}')
print(str(1e16), str(1e-5), repr(0.1 + 0.2), 1/3, 2/3, 10/3, float('1e500'), -float('inf'), 1e22, 1e21, 123456789012345678.0)
print(int('0b101', 0), int('ff', 16), int(' 42 '), float(' 3.5 '), str(True), bool(''), bool('0'), bool([0]), None is None)
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, round(1234.5678, -2), round(0.5), round(1.5), round(2.5), abs(-0.0), pow(2, 0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.pi * 2, math.e ** 2, math.sqrt(2) ** 2 == 2)
nums = [5, 3, 8, 1, 9, 2]
print(sorted(nums)[len(nums) // 2], sum(nums) / len(nums), max(nums) - min(nums), nums[-3:], nums[::2], nums[1::2], list(reversed(nums)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [x for row in matrix for x in row if x % 2], {x: x ** 2 for x in range(4)})
d = {}
for w in words:
    d.setdefault(w[0], []).append(w)
print(d, sorted(d.items())[:2], list(d.keys())[:3], 'q' in d, d.get('z', 'none'))
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack().push(1).push(2)
print(s, len(s), s.pop(), s, bool(s))
try:
    Stack().pop()
except IndexError as e:
    print(f"caught: {e!r} {e}")
try:
    {}['missing']
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    int('abc')
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    undefined_thing
except NameError as e:
    print(e)
try:
    'abc'.foo()
except AttributeError as e:
    print(e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    def f(a, b): pass
    f(1)
except TypeError as e:
    print(e)
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice(words), random.sample(range(10), 3), random.uniform(0, 1))
lst = list(range(10)); random.shuffle(lst); print(lst, random.gauss(0, 1), random.randrange(0, 100, 5))
print(os.path.join('a', 'b', 'c.txt'), os.path.splitext('x/y.tar.gz'), os.path.basename('/p/q.py'), os.path.dirname('/p/q.py'))
t0 = time.time(); print(type(t0).__name__, time.perf_counter() > 0)
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('abc', range(3))), list(filter(lambda v: v > 4, nums)), any(n > 8 for n in nums))
print(chr(9731), ord('€'), 'ü'.upper(), 'straße'.upper(), len('héllo'), 'a\tb'.expandtabs(4), repr('it\'s'), repr("say \"hi\""))
print("%d%%" % 50, "%.3f" % math.pi, "%10.4f|" % math.e, "%-10s|" % "left", "%x %o %e" % (255, 8, 0.00012))
