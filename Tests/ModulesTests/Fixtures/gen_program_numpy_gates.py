# Generated: numpy gates.
import numpy as np
def step(x):
    return (x > 0).astype(np.int64)
def gate(w, b):
    return lambda x1, x2: int(step(np.array([x1, x2]) @ np.array(w) + b))
AND, NAND, OR = gate([0.5, 0.5], -0.7), gate([-0.5, -0.5], 0.7), gate([0.5, 0.5], -0.2)
XOR = lambda a, b: AND(NAND(a, b), OR(a, b))
for a in (0, 1):
    for b in (0, 1):
        print(a, b, AND(a, b), NAND(a, b), OR(a, b), XOR(a, b))
