# A generator expression first resumed inside a call whose frame is then freed (its locals
# are captured, so the frame is not reused), then resumed from other places.
def first(g):
    y = 1
    keep = lambda: y
    return next(g) + keep() - 1


def deep(n, g):
    if n == 0:
        return next(g)
    return deep(n - 1, g)


g = (x * x for x in range(40))
print(first(g))
print(deep(12, g))
for _ in range(3):
    print(first(g), deep(3, g), next(g))
print(sum(g))
pairs = ((i, j) for i in range(3) for j in range(i))
print(deep(2, pairs), list(pairs))
