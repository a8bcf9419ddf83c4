# Collections, strings, numbers and their errors as learners meet them; and the repeat of a
# sequence by a non-int (CPython names the non-int operand, after either side's own *).
tests = [
 "[3, 1, 2].pop()", "[3, 1, 2].pop(0)", "[].pop()", "[1].pop(5)", "[1, 2].insert(-10, 0)", "[1, 2, 3].remove(4)", "[1, 2].extend(range(2))",
 "{'a': 1}.pop('a')", "{}.pop('x')", "{}.popitem()", "{'a': 1, 'b': 2}.popitem()", "{'a': 1}.update({'b': 2}, c=3)", "{'a': 1} | {'b': 2}",
 "dict(zip('ab', [1, 2]))", "{'a': 1}.keys() & {'a', 'c'}", "list({'a': 1}.items())", "{'a': 1}.get('a')", "{}.get()",
 "{1, 2} | {3}", "{1, 2} - {2}", "{1, 2} ^ {2, 3}", "{1, 2}.issubset({1, 2, 3})", "{1}.union([2], (3,))", "set().pop()", "{1, 2}.discard(5)", "{1}.remove(5)",
 "sorted({3, 1, 2})", "frozenset({1}) | {2}", "{1, 2} <= {1, 2}", "{1, 2} < {1, 2}", "len(set('hello'))",
 "[1, 2, 3][1:] == [2, 3]", "[1, 2] * -1", "[[0] * 2] * 2", "list(range(3)) + [3]", "[1, 2, 3].count(2)", "[1, 2] < [1, 3]", "[1, 2] == (1, 2)",
 "(1, 2, 3)[::2]", "(1,) * 3", "tuple([1, 2]).count(1)", "(1, 2) < (1, 2, 0)", "max((1, 'a'), (1, 'b'))", "sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=lambda p: p[0])",
 "'abc'[5]", "'abc'[1:100]", "'abc' * 0", "'a' < 'b'", "'abc'.index('z')", "'a,b,,c'.split(',')", "' a  b '.split(' ')", "''.split()", "''.split(',')",
 "'abc'.rfind('c')", "'hello world'.title()", "'Hello'.lower().upper()", "'x'.isalpha()", "'12'.isdigit()", "'1.5'.isdigit()", "'  '.isspace()", "'abc'.isupper()",
 "'a' in 'abc'", "'abc'.partition('z')", "'%s and %s' % ('a', 'b')", "'%d%%' % 50", "'{0} {1} {0}'.format('a', 'b')", "'{:08.3f}'.format(3.14159)", "'{:,}'.format(1234567)",
 "'{!r}'.format('x')", "'{0[1]}'.format([5, 6])", "'{p.real}'.format(p=3)", "'{:^10}'.format('mid')", "'{:x<4}'.format(7)", "'{}'.format()",
 "str([1, 'a', 2.0, None, True])", "repr({'a': [1, (2,)], 'b': {3}})", "str({1: 'x'})", "repr(set())", "repr(frozenset())", "str((1,))", "repr(())",
 "[x * 2 for x in range(3) if x]", "{k: v for k, v in zip('ab', range(2))}", "{x % 3 for x in range(10)}", "list(x for x in 'ab')",
 "[*range(2), *'ab']", "{**{'a': 1}, 'b': 2}", "(lambda *a, **k: (a, k))(1, x=2)", "list(map(str, [1, 2]))", "list(zip(*[(1, 2), (3, 4)]))",
 "sum(x * x for x in range(4))", "min('bca')", "max({'a': 3, 'b': 1})", "max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k])",
 "sorted(['b', 'A', 'c'])", "sorted(['b', 'A', 'c'], key=str.lower)", "list(reversed([1, 2, 3]))", "list(enumerate(['a', 'b']))", "dict(enumerate('ab'))",
 "all(isinstance(x, int) for x in [1, 2])", "1 < 2 < 3", "1 < 3 < 2", "not []", "None is None", "[] is []", "type([]) is list", "isinstance({}, dict)",
 "int('1_000')", "float('1_0.5')", "int(True) + True", "True + True", "3 * True", "10 / 4", "10 // 4", "-10 // 4", "10 % -3", "2 ** 10", "2 ** 0.5", "abs(-7) % 4",
 "round(3.14159, 2)", "round(-2.5)", "divmod(17, 5)", "1e308 * 10", "-1e308 * 10", "float('inf') - float('inf')", "0.1 + 0.2 == 0.3", "1 / 0", "1 % 0", "2 ** -2",
 "int('abc')", "float('x')", "[1, 2][2]", "{'a': 1}['b']", "None.x", "(1).x", "len(5)", "[] + ()", "'a' + 1", "1 + 'a'", "[1] * 'a'", "{}[[]]", "hash([])",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
for t in ['[1] * \'a\'', '\'a\' * [1]', '(1,) * 1.5', '1.5 * (1,)', '\'a\' * \'b\'', '[1] * None', 'None * [1]', '[1] * [2]', '\'ab\' * 2.0']:
    try: eval(t)
    except Exception as e: print(t, '->', e)
class Times:
    def __rmul__(self, other):
        return ('rmul', other)
    def __mul__(self, other):
        return ('mul', other)
print('ab' * Times(), [1] * Times(), Times() * 'ab', (1,) * Times())
xs = [1]
try:
    xs *= 'a'
except TypeError as e:
    print(e)
try:
    xs *= 1.5
except TypeError as e:
    print(e)
t = 'x'
try:
    t *= None
except TypeError as e:
    print(e)
try:
    print(b'ab' * 2, b'ab' * 'x')
except TypeError as e:
    print(e)
try:
    range(3) * 2
except TypeError as e:
    print(e)
