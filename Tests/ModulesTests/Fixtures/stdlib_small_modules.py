# warnings (filters apply to numpy's RuntimeWarnings too), typing hints, heapq, bisect, operator.
import warnings
import numpy as np
from typing import List, Dict, Optional
import heapq, bisect, operator

def f(xs: List[int], scale: Optional[float] = None) -> Dict[str, int]:
    return {"n": len(xs)}

print(f([1, 2]), List[int], Optional)
print(np.log(np.array([0.0, 1.0])))
warnings.filterwarnings("ignore")
print(np.log(np.array([0.0, 2.0])))
warnings.resetwarnings()
warnings.simplefilter("error", RuntimeWarning)
try:
    np.exp(np.array([1000.0]))
except RuntimeWarning as e:
    print("RuntimeWarning raised:", e)
warnings.resetwarnings()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.warn("shown once")
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [7, 3, 5, 1]
heapq.heapify(data)
print(data, heapq.nlargest(2, [4, 1, 9, 7]), heapq.nsmallest(2, [4, 1, 9, 7]))
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
print(a)
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)), operator.add(2, 3), operator.itemgetter(0, 1)("xyz"))
print(list(map(operator.mul, [1, 2], [3, 4])))
print(Dict[str, int], List[List[int]], Optional[float])
