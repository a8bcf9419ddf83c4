# Generated: functions arguments.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
for call in ["f()", "f(1)", "g(1, 2, 3)", "g(x=1, y=2, z=3)", "f(1, c=2, a=3)"]:
    try:
        eval_result = {"f()": lambda: f(), "f(1)": lambda: f(1), "g(1, 2, 3)": lambda: g(1, 2, 3),
                       "g(x=1, y=2, z=3)": lambda: g(x=1, y=2, z=3),
                       "f(1, c=2, a=3)": lambda: f(1, c=2, a=3)}[call]()
        print(call, eval_result)
    except TypeError as e:
        print(call, "TypeError:", e)
