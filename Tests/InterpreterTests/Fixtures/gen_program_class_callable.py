# Generated: class callable.
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return len(args) + len(kwargs)
c = Counter()
print(c(), c(1, 2), c(a=1), c.calls, callable(c), callable(3))
class Polynomial:
    def __init__(self, *coefficients):
        self.c = coefficients
    def __call__(self, x):
        return sum(a * x ** i for i, a in enumerate(self.c))
    def __repr__(self):
        return " + ".join(f"{a}x^{i}" for i, a in enumerate(self.c) if a)
p = Polynomial(1, 0, 2)
print(p, [p(x) for x in range(4)], list(map(p, [0.5, -1])))
