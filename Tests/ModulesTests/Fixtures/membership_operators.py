# The in and not in operators on every kind of container, their TypeErrors, chained forms.
import numpy as np
d = {'k': 1}
print('k' in d, 'x' in d, 'x' not in d, 1 in [1, 2], 3 not in (1, 2), 'b' in 'abc', 2 in np.array([1, 2]), 1 in {1}, 'k' in d.keys())
for bad in ["1 in 5", "[] in {}", "'a' in 3"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError", e)
class C:
    def __contains__(self, x):
        return x == 7
print(7 in C(), 8 in C(), 7 not in C(), 1 < 2 in [True])
if 'k' in d and 'z' not in d:
    print("cond ok")
