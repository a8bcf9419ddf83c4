def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("bad input " + repr(s))

def load(items):
    return [parse(x) for x in items]

print(load(["1", "2"]))
load(["3", "x"])
