def scale(v):
    result = [x * factor for x in v]
    factor = 2
    return result


def show(v):
    print("values:", v, count)
    count = len(v)


show([1, 2])
