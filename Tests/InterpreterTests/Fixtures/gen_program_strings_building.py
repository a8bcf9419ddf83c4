# Generated: strings building.
lines = []
for i in range(1, 6):
    lines.append(" ".join(f"{i * j:3d}" for j in range(1, 6)))
print("\n".join(lines))
words = "the rain in spain stays mainly in the plain".split()
print(" ".join(w.capitalize() for w in words), "-".join(sorted(set(words))))
print("".join(reversed("palindrome")), "abc" * 3, "x".join("123"), "%s=%d" % ("n", 5))
table = {"apple": 1.5, "kiwi": 0.25, "banana": 12}
for k, v in table.items():
    print(f"{k:<8}{v:>8.2f}")
print("%-8s|%8.3f|%+d|%x|%o|%e" % ("left", 3.14159, 7, 255, 8, 12345.678))
