def check(v):
    if v < 0:
        raise ValueError(f"negative: {v}")
    return v

for v in [1, -2]:
    try:
        check(v)
    except ValueError as e:
        print("caught", e, repr(e))
    else:
        print("ok", v)
    finally:
        print("finally", v)

for bad in ["1/0", "[][1]", "{}['k']", "undefined_name", "int('x')", "'a' + 1", "None.foo", "(1, 2) + [3]"]:
    try:
        eval_result = None
        if bad == "1/0":
            1 / 0
        elif bad == "[][1]":
            [][1]
        elif bad == "{}['k']":
            {}["k"]
        elif bad == "undefined_name":
            undefined_name
        elif bad == "int('x')":
            int("x")
        elif bad == "'a' + 1":
            "a" + 1
        elif bad == "None.foo":
            None.foo
        else:
            (1, 2) + [3]
    except Exception as e:
        print(type(e).__name__ + ":", e)


class MyError(Exception):
    pass

try:
    raise MyError("custom")
except (KeyError, MyError) as e:
    print("got", type(e).__name__, e.args)

try:
    {}["k"]
except KeyError as caught:
    pass
try:
    caught
except NameError as e:
    print("after the handler:", e)

def outer():
    return inner()

def inner():
    return {"a": 1}["b"]

outer()
