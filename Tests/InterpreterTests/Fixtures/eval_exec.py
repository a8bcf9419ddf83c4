# eval, exec and locals(): module globals, a function's locals (a snapshot), explicit dicts,
# class bodies, and the errors they raise.
x = 10
print(eval("x + 1"), eval("  x * 2"), eval("[i * i for i in range(4)]"))
exec("y = x + 5\nprint('in exec', y)")
print(y)
def f(a, b=3):
    c = a + b
    print(sorted(locals().items()))
    print(eval("a * c + x"))
    exec("d = c * 2")
    return eval("len(str(a))")
print(f(7))
print(eval("z + 1", {"z": 4}), eval("q", {}, {"q": 9}))
ns = {}
exec("def g(n):\n    return n * 3", ns)
print(sorted(k for k in ns if not k.startswith("__")))
print(eval("max(3, 8)"), type(eval("1.5")))
def outer():
    v = 1
    def inner():
        return v
    return sorted(locals().keys()), inner()
print(outer())
class K:
    p = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
for src in ["1 +", "x = 1", "undefined_name + 1", "1 / 0"]:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print("TypeError", e)
