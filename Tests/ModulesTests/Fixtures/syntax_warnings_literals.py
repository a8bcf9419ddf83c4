# CPython 3.11's compile-time SyntaxWarnings: 'is' with a literal, an assert of a tuple, calls
# and subscripts of literals that fail for any value (a missed comma); one per expression,
# through the warnings filters.
import textwrap
import warnings
sources = [
    "x = 1\nif x is 1:\n    pass",
    "x = 1\ny = (x is not 'a', x is None, x is (), x is -1, x is (1, 2), x is not f'{x}')",
    "x = 1\ny = 1 < x is 2.5",
    "assert (1, 'message')",
    "assert ()",
    "def f():\n    return [1, 2] [0, 1]",
    "y = (1, 2)(3) if False else 0",
    "y = (lambda: 1)()",
    "y = [5[0], 'ab'['a'], {1}[0], (1, 2)[1.5], b'x'[None]] if False else 0",
    "y = [i for i in 'ab'][0], 'abc'[1:], [1][True], (-1)(2) if False else 0",
    "y = None(1) if False else [f'{1}'(2), [1](0), {}(1), {1: 2}[0], (not 1)[0], ...[0]]",
]
for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        # Compiled inside a function that is not called: the warnings come as it compiles.
        exec('def probe():\n' + textwrap.indent(src, '    '), {})
    print(repr(src))
    for w in caught:
        print('  ', w.category.__name__, w.lineno, w.message)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    exec("x = 1\nx is 1", {})
print(len(caught))
