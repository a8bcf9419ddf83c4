# contextlib, types.SimpleNamespace, timeit, io.StringIO/BytesIO, print honouring sys.stdout, exec with a globals dict.
import contextlib, io, sys, timeit, types

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")

with swallow():
    raise KeyError("k")
print("after swallow")

@tag("deco")
def decorated():
    print("body")
decorated()

with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.nullcontext(5) as v:
    print("null", v)

class Resource:
    def close(self):
        print("closed")
with contextlib.closing(Resource()):
    print("using")

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("hidden", 1, 2, sep="-")
    print("line two")
print(repr(buffer.getvalue()))

with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")

s = io.StringIO("first\nsecond\nthird")
print(s.readline(), end="")
print(s.read(3), s.tell())
print(s.readlines())
s.seek(0)
print([line for line in s])
s = io.StringIO("abc")
s.write("X")
print(s.getvalue(), s.tell())
s.seek(0, 2); s.write("!!"); print(s.getvalue())
s.seek(10); s.write("Z"); print(repr(s.getvalue()))
out = io.StringIO()
for i in range(3):
    print(i, i * i, file=out)
print(repr(out.getvalue()))
out.close()
try:
    out.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
b = io.BytesIO(b"\x00\x01abc\n")
print(b.read(2), b.readline(), b.read())
b.write(b"zz"); print(b.getvalue())

old = sys.stdout
sys.stdout = io.StringIO()
print("into the buffer")
captured = sys.stdout.getvalue()
sys.stdout = old
print("captured:", repr(captured))

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two", c=[3]))
print(types.FunctionType, isinstance(print, types.BuiltinFunctionType), isinstance(tag, types.FunctionType))

t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t > 0)
print(len(timeit.repeat("pass", number=10, repeat=3)))
print(timeit.timeit(lambda: None, number=5) >= 0)
g = {"y": 3}
print(timeit.timeit("z = y * 2", globals=g, number=10) >= 0, g.get("z"))
g = {"y": 3}
exec("def f():\n    return y", g)
print(g["f"]())
exec("w = y + 1", g)
print(g["w"])
