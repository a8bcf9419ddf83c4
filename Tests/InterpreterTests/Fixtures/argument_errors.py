tests = [lambda: repr(), lambda: chr(), lambda: str.upper(), lambda: str.upper(5), lambda: list.append(),
         lambda: len(), lambda: abs(), lambda: ord(), lambda: hash(), lambda: [].append(), lambda: dict.get(),
         lambda: isinstance(1), lambda: len(1, 2), lambda: type(), lambda: "x".zfill()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(None, object), isinstance(True, int), type(1.5).__name__, type(None).__name__)
