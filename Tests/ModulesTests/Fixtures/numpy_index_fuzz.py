# Random index expressions (ints, slices, None, ..., int lists and arrays, masks) read from and
# written to arrays of several layouts, with numpy's results and error messages. The
# expressions come from `random` with a fixed seed: the same stream in python3 and NumBook.
import random

import numpy as np

random.seed(2026)
ARRAYS = [
    "np.arange(24).reshape(2, 3, 4)", "np.arange(12.0).reshape(3, 4)", "np.arange(6)",
    "np.arange(12).reshape(3, 4).T", "np.arange(24.0).reshape(4, 6)[::2, 1::2]",
    "np.array([[True, False], [False, True]])", "np.arange(10, dtype=np.float32)",
    "np.zeros((0, 3))", "np.arange(8).reshape(2, 2, 2)[:, ::-1]",
]
VALUES = ["7", "-1.5", "[1, 2]", "np.arange(3)", "[[9], [8]]", "True", "np.array(5)", "[]"]


def bound():
    return random.choice(["", str(random.randint(-4, 4))])


def index():
    parts = []
    for _ in range(random.randint(1, 4)):
        r = random.random()
        if r < 0.25:
            parts.append(str(random.randint(-3, 3)))
        elif r < 0.5:
            step = random.choice(["", "1", "2", "-1", "-2", "3"])
            parts.append(f"{bound()}:{bound()}" + (f":{step}" if step else ""))
        elif r < 0.6:
            parts.append("None")
        elif r < 0.65:
            parts.append("...")
        elif r < 0.8:
            parts.append(str([random.randint(-2, 2) for _ in range(random.randint(0, 3))]))
        elif r < 0.9:
            parts.append(f"np.array({[random.randint(0, 1) for _ in range(random.randint(1, 3))]})")
        else:
            mask = [random.choice([True, False]) for _ in range(random.randint(1, 4))]
            parts.append(f"np.array({mask})")
    return ", ".join(parts)


for case in range(600):
    source = random.choice(ARRAYS)
    key = index()
    x = eval(source)
    try:
        if random.random() < 0.5:
            r = eval(f"x[{key}]")
            print(case, f"x[{key}]", repr(r), getattr(r, "shape", ""), type(r).__name__)
        else:
            value = random.choice(VALUES)
            exec(f"x[{key}] = {value}")
            print(case, f"x[{key}] = {value}", repr(x))
    except Exception as e:
        print(case, f"[{key}]", type(e).__name__, e)
