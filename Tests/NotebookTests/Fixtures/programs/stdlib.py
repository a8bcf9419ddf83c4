import os
import os.path
import random
import sys

random.seed(42)
print(random.random(), random.randint(1, 10), random.randrange(0, 100, 5), random.uniform(2, 3))
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.sample(range(100), 5), random.sample(range(1000), 8))
print(random.gauss(0, 1), random.gauss(5, 2), random.getrandbits(40), random.randint(-5, 5))
random.seed(0)
print([random.randint(0, 9) for _ in range(12)], random.random())
random.seed(123456789012)
print(random.random())
print(sys.argv[0].endswith("stdlib.py"), sys.platform, sys.maxsize, type(sys.version).__name__)
sys.stdout.write("written to stdout\n")
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/abs"), os.path.basename("/p/q/r.csv"), os.path.dirname("/p/q/r.csv"))
print(os.path.splitext("data/model.npz"), os.path.splitext(".bashrc"), os.path.exists("data"), os.path.isdir("data"), os.path.isfile("data"))
os.makedirs("made/deeper", exist_ok=True)
print(os.path.isdir("made/deeper"), sorted(os.listdir("made")), os.getcwd() == os.path.abspath("."))
try:
    os.makedirs("made")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
print("before exit")
sys.exit(3)
print("never")
