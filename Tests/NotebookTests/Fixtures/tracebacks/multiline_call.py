def scale(values, factor):
    return [v * factor for v in values]


total = sum(scale([1, 2, 3],
                  2)) + len(5)
