# copy.copy and copy.deepcopy: containers, instances, numpy arrays, shared references.
import copy
import numpy as np
class Net:
    def __init__(self):
        self.params = {"W": np.ones((2, 2)), "b": [0.0, 0.0]}
        self.name = "net"
a = [[1, 2], [3, 4]]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0][0] = 99
print(b, c, b is not a, b[0] is a[0], c[0] is a[0])
n = Net()
m = copy.deepcopy(n)
s = copy.copy(n)
n.params["W"][0, 0] = 5
n.params["b"].append(1)
print(m.params["W"], m.params["b"], s.params["W"][0, 0], type(m).__name__, m.name, m is not n)
shared = [1]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup, dup[0] is dup[1], copy.deepcopy((1, [2])), copy.copy({1, 2}), copy.deepcopy({"k": [1]}), copy.copy(5), copy.deepcopy("s"))
arr = np.arange(4)
arr2 = copy.deepcopy(arr)
arr[0] = 10
print(arr2, copy.copy(arr) is arr)
