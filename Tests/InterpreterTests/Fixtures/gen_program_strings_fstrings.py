# Generated: strings fstrings.
name, value, items = "width", 3.14159, [1, 2]
print(f"{name!r:>10}|{value:.2f}|{value:10.4e}|{items!s}|{len(items):03d}")
w, p = 12, 3
print(f"[{value:{w}.{p}f}] [{name:^{w}}] [{'x' * 3}] [{ {'k': 1}['k'] }]")
print(f"{1 + 1 = }" if False else f"{'nested ' + f'{w}'}", f"{{literal}}", f"{w:#x} {w:b} {-w:+d}")
print(f"{3.0:g} {1e20:g} {0.0001:g} {123456789:,} {0.5:%} {True} {None!r}")
data = {"a": [1, {"b": "c"}]}
print(f"{data['a'][1]['b']} {data!r}")
