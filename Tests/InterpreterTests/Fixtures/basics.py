x = 3
y = 4.5
name = "NumBook"
print(x, y, name, x + y, x * 2, x / 2, x // 2, x % 2, -x ** 2, 2 ** 10)
print(7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 1 / 3, 10 / 5)
print(True + True, None, [1, 2.0, "a"], (1,), (), {"a": 1, "b": [2]}, {1, 2})
print("a" + "b", "ab" * 3, len("héllo"), "hello"[1:4], "hello"[::-1], "hi"[-1])
print(repr("it's"), repr('say "hi"'), repr("tab\there"))
a, b, *rest = [1, 2, 3, 4, 5]
print(a, b, rest)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, "a" in "cat", 3 not in [1, 2])
print(f"{name} has {len(name)} letters, pi ~ {3.14159:.2f}, {x!r:>5}|{y=}")
print("{} + {} = {}".format(1, 2, 3), "%d items at %.1f%%" % (5, 12.5))
