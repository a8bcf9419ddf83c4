# Generated: builtins types.
values = [0, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, range(3), len, print]
for v in values:
    print(type(v).__name__, bool(v) if not callable(v) else "callable", isinstance(v, (int, float)))
print(int("12") + int(3.9) + int(-3.9), float("1e3"), str(12.0), bool("False"), list("ab"))
print(tuple([1, 2]), dict([("a", 1)]), set([1, 1, 2]), chr(65), ord("a"), hex(255), oct(8), bin(5))
print(isinstance(True, int), issubclass(bool, int), type(1) is int, type(1.0) == float)
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(1, "nothing"))
