# Builtins refuse keywords and extra positional arguments CPython refuses (a misspelt keyword
# or an extra argument is not ignored).
for t in ["sorted([3, 1, 2], reversed=True)", "sorted([3, 1, 2], keys=len)", "[3, 1].sort(reversed=True)", "print(1, ends='')", "max([1, 2], keys=abs)", "min([1], defualt=0)", "enumerate([1], star=1)", "'a b'.split(max_split=1)", "round(1.5, digits=1)", "int('5', bas=10)", "zip([1], [2], stric=True)", "open('x', mod='r')", "range(1, 5, step=2)", "sum([1], begin=1)", "'x'.join(['a'], sep=',')", "str.format('{}', 1, x=2)", "list(iterable=[1])", "len([1], x=1)"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
L = [1]
for t in ["L.extend([2], [3])", "len([1], 2)", "sorted([2, 1], None)", "sum([1], 2, 3)", "isinstance(1, int, 2)", "'a b'.split(' ', 1, 2)", "'abc'.upper(1)", "divmod(1, 2, 3)", "abs(1, 2)", "[1].append(1, 2)", "{}.get(1, 2, 3)", "int('1', 10, 3)", "str(1, 2, 3, 4)", "list([1], 2)", "range(1, 2, 3, 4)", "'x'.join(['a'], 'b')", "round(1.5, 1, 2)", "hasattr(1, 'x', 2)", "min(3, 1)", "max([1, 2])", "print('ok', 1, 2, 3)", "'abc'.replace('a', 'b', 1, 2)", "{1}.add(2, 3)", "(1, 2).count(1, 2)", "dict(a=1)", "'a'.startswith('a', 0, 1, 2)"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
for source in ["f(a=1, b=2, a=3)", "g(x, key=1, key=2)", "h(1, sep='-', end='\\n')"]:
    try:
        exec(source, {"f": print, "g": print, "h": print, "x": 1})
        print(source, "runs")
    except SyntaxError as e:
        print(source, "->", e)
