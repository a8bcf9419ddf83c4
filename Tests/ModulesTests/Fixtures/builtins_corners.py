# Builtins and str methods where NumBook differed from CPython (found by differential fuzzing):
# split/replace with empty strings, maxsplit remainders, fill characters, argument counts,
# and a spread of number formatting and arithmetic corner cases.
for t in ["'abc'.split('')", "'abc'.rsplit('')", "'a,b'.split(',', -1)", "[3,1,2].sort(1)", "set((1,2), 3)", "any([1], 2)", "'abc'.replace('', '-')", "'abc'.partition('')", "'abc'.index('')", "'abc'.strip(None)", "'abc'.startswith(('x', 'a'))", "'a b'.split(None, 0)", "'  a b '.split(maxsplit=1)", "'abc'.join([])", "'-'.join(['a', 1])", "'x'.center(5, 'ab')", "'abc'.zfill(-1)", "'a\\tb'.expandtabs(-1)", "sorted([3,1], [1])", "min([])", "min([], default=5)", "max(1)", "sum([1], 2, 3)", "list(range(3), 1)", "dict([(1,2)], [3])", "int('12', 1)", "int('z', 36)", "int(' 42 ')", "int('4_2')", "float(' 1e3 ')", "float('1_0.5')", "round(2.5)", "round(-0.5)", "round(1.25, 1)", "divmod(-7, 2)", "divmod(7.5, -2)", "pow(2, -1, 5)", "pow(3, 4, 5)", "abs(-0.0)", "chr(0x110000)", "ord('ab')", "hex(-255)", "bin(0)", "oct(8)", "format(1234567.891, ',.2f')", "format(0.000012345, 'g')", "format(1e16, 'g')", "format(123, '+08d')", "format(3.14159, '.3e')", "format(-0.0, '.1f')", "format(1/3, '.17g')", "str(1e16)", "str(1e-5)", "repr(0.1 + 0.2)", "str(-0.0)", "1e300 * 1e10", "2 ** -1", "7 // -2", "-7 % 3", "7.0 % -3", "1 / 3 * 3 == 1", "bool('False')", "[1, 2] * -1", "'%5.1f%%' % 99.5", "'%-5s|' % 'ab'", "'%x %X %o' % (255, 255, 8)", "'%c' % 65", "'%r' % 'a'", "'%e' % 12345.678", "'%g' % 0.0001"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
for t in ["'abc'.replace('', '-', 2)", "'abc'.replace('', '-', 0)", "''.replace('', 'x')", "'a b  c'.split(None, 1)", "'  a b '.rsplit(maxsplit=1)", "'a,b,,c'.rsplit(',', 1)", "'abc'.split(sep='b')", "'x'.ljust(3, '')", "tuple([1], 2)", "all([])", "any(())"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
