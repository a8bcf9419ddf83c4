# An exception caught and re-raised in an inner frame, caught again further out, then shown
# as the context of one raised while handling it: its traceback is the one it had when the
# outer handler caught it (both frames), not the one of its first catch.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("inner handler saw", key)
        raise


def middle(table):
    return lookup(table, "missing")


def outer():
    try:
        middle({"present": 1})
    except KeyError as e:
        print("outer handler saw", repr(e))
        raise RuntimeError("lookup failed")


outer()
