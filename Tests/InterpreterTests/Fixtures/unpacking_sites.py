# Assignments to several targets and loops over pairs, in the forms that have their own
# paths: a display assigned to as many targets, a local tuple unpacked into names, `for a, b`
# over a list of pairs; and str.split with a separator.


class Row(list):
    """A list subclass: unpacked by the general path."""


def trace(label, value):
    print("eval", label)
    return value


class Box:
    pass


def displays():
    a, b = 0, 1
    for _ in range(10):
        a, b = b, a + b
    print(a, b)
    x, y, z = 1, 2, 3
    x, y, z = z, x, y
    print(x, y, z)
    p, q = [q for q in "pq"]
    print(p, q)
    p, q = [1, 2]
    print(p, q)
    # Every value first, then the targets left to right.
    xs = [0, 1, 2, 3]
    i, xs[i] = 2, 9
    print(i, xs)
    xs[0], xs[3] = xs[3], xs[0]
    print(xs)
    box = Box()
    box.a, box.b = trace("first", 1), trace("second", 2)
    print(box.a, box.b)
    (m, n), k = (1, 2), 3
    print(m, n, k)
    s, s = 1, 2
    print(s)
    try:
        a, b = 1, 2, 3
    except ValueError as e:
        print("ValueError:", e)
    try:
        a, b, c = 1, 2
    except ValueError as e:
        print("ValueError:", e)
    try:
        u, v = v, u
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        box.c, box.d = box.d, 1
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(box, "c"))


G1 = G2 = None


def locals_unpacked():
    global G1, G2
    t = (1, "two")
    a, b = t
    print(a, b)
    t = [3, 4]
    a, b = t
    print(a, b)
    t = (5, 6, 7)
    a, b, c = t
    print(a, b, c)
    t, u = (8, 9)
    t = (t, u)
    t, u = t
    print(t, u)
    G1, G2 = t, u
    pair = (10, 11)
    G1, G2 = pair
    print(G1, G2)
    w = "xy"
    a, b = w
    print(a, b)
    d = {"k": 1, "j": 2}
    a, b = d
    print(a, b)
    gen = (i * i for i in range(2))
    a, b = gen
    print(a, b)
    row = Row([12, 13])
    a, b = row
    print(a, b)
    for bad in [(1, 2, 3), (1,), [], 5, "abc"]:
        try:
            a, b = bad
            print("unpacked", a, b)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        a, b = missing
    except NameError as e:
        print("NameError:", e)
    missing = None


def pair_loops():
    total = 0
    for a, b in [(1, 2), [3, 4], (5, 6)]:
        total += a * b
    print(total, a, b)
    for a, b in ((i, i * i) for i in range(3)):
        print(a, b, end="; ")
    print()
    for a, b in ["ab", "cd"]:
        print(a + b, end=" ")
    print()
    for a, b in ((1, 2), (3, 4)):
        pass
    print(a, b)
    for x, y in [Row([1, 2]), Row([3, 4])]:
        print(x + y, end=" ")
    print()
    pairs = [(0, 0)]
    for a, b in pairs:
        if a < 3:
            pairs.append((a + 1, b + 2))
    print(pairs)
    for a, b in [(1, 2), (3, 4)]:
        if a == 3:
            break
    else:
        print("not reached")
    print("broke at", a, b)
    for a, b in []:
        pass
    else:
        print("empty, else ran")
    for bad in [[(1, 2), (1, 2, 3)], [(1, 2), 7], [(1, 2), "abc"]]:
        try:
            for a, b in bad:
                print("got", a, b)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)


def splits():
    print("a,b,,c".split(","), "".split(","), ",".split(","), "a,b".split(",", 1))
    print("abc".split("bc"), "a::b::".split("::"), "a,b,c".split(",", 0), "a,b".split("é"))
    print("é,b,c".split(","), "a,é".split(","), "x" * 20 + ",y".split(",")[0])
    long_line = ",".join(["piece%d" % i * 3 for i in range(5)])
    print(long_line.split(","), long_line.split(",", 2))
    counts = {}
    for line in ["1,2,3", "2,3,4", "3,4,5", "10,20,30"] * 3:
        for field in line.split(","):
            counts[field] = counts.get(field, 0) + 1
    print(counts)
    print("a, b, c".split(", "), "1.5;2.5;3.5".split(";"), [float(v) for v in "1.5;2.5".split(";")])
    print("a\tb\tc".split("\t"), "path/to/file.txt".split("/")[-1].split("."))


displays()
locals_unpacked()
pair_loops()
splits()
