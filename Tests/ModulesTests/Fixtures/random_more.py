# Python's random: choices (weights, cum_weights), triangular, normalvariate, expovariate, with CPython's numbers.
import random
random.seed(7)
print(random.choices(["a", "b", "c"], k=5), random.choices(range(10), weights=[1] * 9 + [20], k=4), random.sample(range(100), 5))
print(random.randrange(10), random.randrange(0, 100, 7), random.random() < 1, round(random.uniform(-1, 1), 12), random.getrandbits(8))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=3), round(random.gauss(5, 2), 12), round(random.normalvariate(0, 1), 12) if hasattr(random, "normalvariate") else 0)
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choice("hello"), random.sample("abcdef", 3), round(random.triangular(0, 10, 3), 12) if hasattr(random, "triangular") else 0)
random.seed("text seed") if False else random.seed(12345)
print([random.randint(1, 6) for _ in range(10)], round(random.expovariate(2), 12) if hasattr(random, "expovariate") else 0)

# getstate/setstate: CPython's state tuple, and a restored stream repeats itself.
random.seed(42)
random.gauss(0, 1)
s = random.getstate()
print(s[0], len(s[1]), s[1][:3], s[1][-1], s[2])
a = [random.random() for _ in range(3)]
random.setstate(s)
print(a == [random.random() for _ in range(3)], random.gauss(0, 1))
