# global and nonlocal declared after a name's use, assignment or as a parameter (CPython's
# symbol table refuses them before anything runs: NumBook ran such code silently), where
# "no binding for nonlocal" points; carets of invalid decimal literals, of errors in an
# f-string's own syntax, and of del targets that cannot be deleted. Each exec'd and printed
# by traceback.format_exception_only.
import traceback
snippets = [
    'x = 1\ndef f():\n    print(x)\n    global x',
    'def f(x):\n    global x',
    'def f():\n    x = 2\n    global x',
    'def f():\n    import os\n    global os',
    'def f():\n    def g(): pass\n    global g',
    'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x',
    'def f():\n    x = 1\n    def g(x):\n        nonlocal x',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x',
    'def f():\n    def g():\n        nonlocal q\n        q = 1',
    'def f():\n    def g():\n        nonlocal a, b',
    'class A:\n    x = 1\n    global x',
    'x = 1\nglobal x',
    'def f():\n    for i in range(2):\n        global i',
    'def f():\n    print([x for x in range(3)])\n    global x',
    'x = 1abc', 'x = 1_', 'x = 1__0', 'x = 3.5x', 'x = 123_', 'x = 1e5z', 'x = 10_000_a',
    'x = f"{}"', 'x = f"{x!z}"', 'x = f"{x"', 'x = f"{x!}"', 'x = f"a{}b" + "c"',
    'x = f"{x:{}}"', 'x = f"{=}"', 'x = f"}"', 'x = (f"{}",\n 2)', 'x = "a" f"{}"',
    'del a < b', 'del a if b else c', 'del a + 1', 'del not a', 'del a and b', 'del *a',
    'del a, *b',
]
for src in snippets:
    try:
        exec(src, {})
        print('no error:', repr(src))
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
    except Exception as e:
        print('ran to', type(e).__name__)
# Declarations that are allowed run as before.
def counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
add = counter()
add(2)
print(add(3))
def setg():
    global g
    g = 7
setg()
print(g)
