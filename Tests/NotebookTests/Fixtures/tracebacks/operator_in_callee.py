def f(x):
    return x + "a"

values = [1, 2, 3]
total = values[1] + f(2)
