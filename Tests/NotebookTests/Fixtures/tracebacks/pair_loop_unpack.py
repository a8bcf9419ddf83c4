# An item of the wrong length in `for a, b in pairs`, in a function: the error is reported at
# the loop's line, after the body ran for the good items.
def table(pairs):
    for name, score in pairs:
        print(name, score)
        name, score = score, name


table([("ann", 3), ["bob", 4], ("cy", 5, 6)])
