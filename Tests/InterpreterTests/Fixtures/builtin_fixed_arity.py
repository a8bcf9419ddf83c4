# Built-ins that call sites pass plain arguments to (no argument array): results and CPython's
# errors through every way of calling them.
d = {1: "one", "k": [1, 2]}
print(d.get(1), d.get(2), d.get(2, "none"), d.get("k"))
print(len("abc"), len([1, 2]), len(d), isinstance(1, int), isinstance(True, (str, int)))
print("MiXed".upper(), "MiXed".lower(), "  pad  ".strip(), "xxaxx".strip("x"), "  a".lstrip())
print("b  ".rstrip(), "-".join(["a", "b", "c"]), ",".join("xyz"), "ab".strip(None))
xs = [3, 1, 2]
print(xs.pop(), xs.pop(0), xs)
xs.insert(0, 9)
xs.insert(-10, 8)
xs.insert(100, 7)
xs.extend([5, 6])
xs.extend(range(2))
xs.extend(xs)
print(xs)
s = {1}
s.add(2)
s.discard(1)
s.discard(5)
print(s, sorted(d.keys(), key=str), list(d.values()), list(d.items()))

# Through the class, bound, and on subclasses.
print(str.upper("q"), dict.get(d, 1), list.pop([4, 5]), str.join("+", ["1", "2"]))
get = d.get
print(get(1), get(9, 0))


class D(dict):
    pass


class L(list):
    def pop(self, *args):
        return ("overridden", list.pop(self, *args))


e = D(a=1)
print(e.get("a"), e.get("b", 2), L([1, 2]).pop(), L([1, 2]).pop(0))
print(len(e), isinstance(e, dict), isinstance(L(), list))

for text in [
    "'a'.strip(5)", "[].pop()", "[1].pop('a')", "[].insert(1)", "[].extend(1)", "{}.keys(1)",
    "'a'.join([1])", "'a'.join(1)", "{}.get()", "len()", "len(1, 2)", "isinstance(1)",
    "isinstance(1, int, 3)", "'a'.upper(1)", "set().add()", "[].pop(1, 2)", "'a'.strip('a', 1)",
    "len(x=1)", "{}.get(1, x=2)", "'a'.upper(x=1)", "[].insert(1, 2, 3)", "len(5)",
    "str.upper(5)", "dict.get([], 1)", "list.pop()", "str.join()", "[].pop(5)", "{}.get([])",
    "isinstance(1, 5)", "set().add([])", "'a'.join()", "[].extend()", "set().discard()",
]:
    try:
        eval(text)
    except Exception as error:
        print(text, "->", type(error).__name__, error)

# A call site whose callee changes between a fixed-arity built-in and others.
for f in [len, lambda x: 42, str.upper, abs]:
    try:
        print(f("abc"))
    except TypeError as error:
        print("TypeError", error)
for o in [{"x": 1}, D(x=2)]:
    print(o.get("x"), o.get("y", 3))
