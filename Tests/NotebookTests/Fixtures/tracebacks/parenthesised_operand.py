items = [1, 2]
result = (items[0] + 1) * "x" - 2
