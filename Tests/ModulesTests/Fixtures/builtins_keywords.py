# Builtins refuse keywords CPython's do not take (a misspelt keyword is not ignored).
for t in ["sorted([3, 1, 2], reversed=True)", "sorted([3, 1, 2], keys=len)", "[3, 1].sort(reversed=True)", "print(1, ends='')", "max([1, 2], keys=abs)", "min([1], defualt=0)", "enumerate([1], star=1)", "'a b'.split(max_split=1)", "round(1.5, digits=1)", "int('5', bas=10)", "zip([1], [2], stric=True)", "open('x', mod='r')", "range(1, 5, step=2)", "sum([1], begin=1)", "'x'.join(['a'], sep=',')", "str.format('{}', 1, x=2)", "list(iterable=[1])", "len([1], x=1)"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
