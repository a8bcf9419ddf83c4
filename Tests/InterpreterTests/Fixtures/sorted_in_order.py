# sorted() and list.sort() of numbers already in the order asked for (returned as they are,
# equal items in their order) and of numbers nearly so, with reverse, equal floats of both
# signs of zero, NaN, bools mixed in, and single items.

cases = [
    [], [5], [1.5], [float("nan")], [1, 2, 2, 3], [3, 2, 2, 1], [1, 3, 2], [0.0, -0.0, 0.0],
    [-0.0, 0.0], [1.0, 2.0, float("nan")], [float("nan"), 1.0], [1, 2.0, 3], [True, 2, 3],
    [1, 1, 1], [2**62, 2**63 - 1], [-5, -5, 0], [float("-inf"), 0.0, float("inf")], ["a", "b"],
]
for xs in cases:
    print(xs, sorted(xs), sorted(xs, reverse=True))
    ys = list(xs)
    ys.sort()
    zs = list(xs)
    zs.sort(reverse=True)
    print("  sort:", ys, zs)
signs = [0.0, -0.0, 0.0, -0.0]
print([str(x) for x in sorted(signs)], [str(x) for x in sorted(signs, reverse=True)])
data = list(range(10))
again = sorted(data)
again.append(99)
print(data, again, sorted(range(5)), sorted((3, 4, 5)))
