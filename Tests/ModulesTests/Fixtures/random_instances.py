# random.Random(seed): a generator with its own stream, the module's functions as its methods.
import random
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice("abcdef"), r.uniform(1, 2))
random.seed(42)
print(random.random() == random.Random(42).random())
# Two generators and the module's own stream do not disturb each other.
a, b = random.Random(1), random.Random(1)
random.seed(9)
xs = [a.random(), random.random(), b.random(), a.random(), b.random()]
print(xs[0] == xs[2], xs[3] == xs[4], xs[1] == random.Random(9).random())
r2 = random.Random()
r2.seed(7)
print(r2.random(), r2.getrandbits(40), r2.randrange(0, 50, 5))
deck = list(range(10))
random.Random(3).shuffle(deck)
print(deck, random.Random(5).sample(range(100), 3), random.Random(5).gauss(0, 1))
print(random.Random(11).choices("xyz", weights=[1, 2, 3], k=4))
print(type(r).__name__, isinstance(r, random.Random), repr(r).startswith("<random.Random object at 0x"))
state = r.getstate()
first = r.random()
r.setstate(state)
print(first == r.random())
try:
    r.nope
except AttributeError as e:
    print(e)
try:
    random.Random(1, 2)
except TypeError as e:
    print("TypeError")
