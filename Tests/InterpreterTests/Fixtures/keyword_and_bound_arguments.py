# Builtins and methods given keyword arguments and optional bounds, as a learner writes them
# (found silently ignored before: splitlines(keepends=True), expandtabs(tabsize=4), list.index's
# start and end).
tests = [
 "'a,b,c'.split(sep=',')", "'a,b,c'.split(',', maxsplit=1)", "'a b c'.split(maxsplit=1)", "'a,b,c'.rsplit(sep=',', maxsplit=1)",
 "'abc'.replace('b', 'x', count=1)", "'aaa'.replace('a', 'b', 1)", "'l1\\nl2\\n'.splitlines(keepends=True)",
 "'a\\tb'.expandtabs(tabsize=4)", "'ab'.center(6, '*')", "'ab'.ljust(width=5)", "'ab'.zfill(5)",
 "'abc'.startswith(('x', 'a'))", "'abc'.endswith('c', 0, 2)", "'abcabc'.count('a', 1)", "'abcabc'.find('c', 3)",
 "'abcabc'.index('b', 2, 5)", "'abc'.encode(encoding='ascii')", "b'abc'.decode(encoding='ascii')",
 "sorted([3, 1, 2], key=lambda v: -v)", "sorted([3, 1, 2], reverse=True)", "max([1, 3, 2], key=lambda v: -v)",
 "max([], default=0)", "min(3, 1, key=lambda v: -v)", "list(enumerate('ab', start=1))", "list(enumerate('ab', 5))",
 "list(zip([1, 2], [3, 4], strict=True))", "list(range(10)[::3])", "[1, 2, 3].index(2, 1)", "[1, 2, 3, 2].index(2, 2)",
 "{'a': 1}.get('b', 5)", "{'a': 1}.pop('b', 7)", "{'a': 1}.setdefault('b', 3)", "dict.fromkeys('ab', 0)",
 "dict(a=1, b=2)", "dict([('a', 1)], b=2)", "[3, 1, 2].sort(key=lambda v: -v)", "int('11', base=2)", "int('0x1f', 0)",
 "float('1e3')", "str(b'ab', encoding='ascii', errors='strict')", "'{a}-{0}'.format(1, a=2)", "'{:>5}'.format('x')",
 "print('a', 'b', sep='-', end='!\\n')", "'a-b'.partition('-')", "'x'.join(['a', 'b'])", "'  x '.strip(' x')",
 "'abc'.translate({97: 'z'})", "str.maketrans('ab', 'xy')", "'ab'.title()", "'aBc'.swapcase()", "'a b'.capitalize()",
 "round(1.23456, 3)", "round(-1.5)", "round(0.5)", "round(1.5)", "hex(-255)", "bin(0)", "oct(-8)", "chr(65) + chr(0x263a)",
 "isinstance(True, int)", "isinstance(1, (str, float))", "sum(range(5), 10)", "any(x > 2 for x in range(4))",
 "sorted('bca')", "sorted({'b': 1, 'a': 2})", "sorted([(1, 'b'), (1, 'a')])", "list(map(lambda a, b: a + b, [1, 2], [3, 4]))",
 "list(filter(None, [0, 1, '', 'a']))", "next(iter('ab'))", "list(iter([1, 2]))", "tuple('ab')", "set('aab') == {'a', 'b'}",
 "frozenset([1, 1])", "len({'a': 1})", "repr(1.0)", "repr(1e16)", "repr(0.1 + 0.2)", "str(1e-5)", "str(123456789012345678.0)",
 "format(1234567.891, ',.2f')", "format(0.5, '%')", "format(12, 'b')", "f'{3.0:g}'", "f'{1e20:g}'", "f'{123.456:e}'",
 "'%5.2f|%-5d|%x' % (3.14159, 42, 255)", "'%(a)s' % {'a': 1}", "'%c' % 'x'", "'%r' % 'x'", "'%10.4s|' % 'abcdefg'",
 "[1, 2, 3][-1:-3:-1]", "'abcdef'[::-2]", "list(range(5, 0, -2))", "(1, 2) + (3,)", "[0] * 3", "'ab' * 2",
 "3 // -2", "-3 % 2", "3.5 // 1", "-3.5 % 2", "2 ** -1", "(-8) ** (1/3) if False else 0", "7 / 2", "1 / 3",
 "int(-3.9)", "int('  42  ')", "float('  -1.5 ')", "bool('')", "bool([0])", "1 if [] else 2", "[] or 'x'", "0 and 1",
 "round(2.675, 2)", "round(1e20, -5)", "round(123, -1)", "round(125, -1)", "round(135, -1)", "int(1e20)",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
for t in ['[1,2,3].index(2, -2)', '[1,2,3].index(2, 0, 1)', '[1,2,3].index(3, -10, 10)', '[1,2].index(1, 1.5)', '(1,2).index(2, 1)', '(1,2).index(9)', '[1,2].index()', '[1,2].index(1,2,3,4)', '(1,2).index()', '[1,2].index(1, None)', '[1,2].index(2, True)', '[1,2].index(x=1)', "'a\\tbc\\td'.expandtabs(3)", "'a\\tb'.expandtabs(tabsize=0)", "'x\\r\\ny\\rz\\n'.splitlines(True)", "'x\\r\\ny'.splitlines(keepends=False)"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
