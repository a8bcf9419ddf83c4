# Generated: control exceptions.
def risky(kind):
    try:
        print("try", kind)
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            return {}["missing"]
        if kind == "zero":
            return 1 / 0
        return "fine"
    except (ValueError, KeyError) as e:
        print("caught", type(e).__name__, repr(e))
        return "handled"
    else:
        print("no exception")
    finally:
        print("finally", kind)
for kind in ["value", "key", "none"]:
    print("->", risky(kind))
try:
    risky("zero")
except ZeroDivisionError as e:
    print("outer caught:", e)
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
