# Lines a traceback names when the failing statement is the only one of an if/else branch,
# a loop body or a function body (those run without a block around them).
import traceback


def short_paths(text):
    # File names without their folders (python3 prints the absolute path).
    lines = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            name, rest = line[8:].split('"', 1)
            line = '  File "' + name.split("/")[-1] + '"' + rest
        lines.append(line)
    return "\n".join(lines)


def a(x):
    if x > 1:
        return 1 / 0
    return 2
def b(x):
    if x:
        pass
    else:
        y = [][1]
def c(x):
    if x == 1:
        return 1
    elif x.foo:
        return 2
def d():
    return undefined_name
def e():
    undefined_name2
def gen():
    yield 1
    raise ValueError("in gen")
def f():
    for v in gen():
        if v:
            pass
def g(n):
    if n == 0:
        raise KeyError(n)
    else:
        return g(n - 1)
def h(x):
    if x:
        return
    return 5
for fn, arg in [(a, 2), (b, 0), (c, 3), (d, None), (e, None), (f, None), (g, 3)]:
    try:
        fn(arg) if arg is not None else fn()
    except Exception:
        print(short_paths(traceback.format_exc()))
print(h(1), h(0))
def k(x):
    if x: return x * 2
    return -1
print(k(3), k(0))
