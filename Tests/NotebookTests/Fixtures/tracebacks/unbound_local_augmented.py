def total(xs):
    for x in xs:
        s += x
    s = 0
    return s


print(total([1, 2]))
