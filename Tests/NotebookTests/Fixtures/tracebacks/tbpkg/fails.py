def compute(values):
    total = 0
    for v in values:
        total += 10 / v
    return total


result = compute([1, 2, 0])
