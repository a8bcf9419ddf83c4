# pickle: files CPython wrote (protocols 2 and 5, numpy arrays and an instance of the
# program's own class inside), a round trip of NumBook's own files, and the errors.
import pickle

import numpy as np

from mylib.layers import Affine

for version in (2, 5):
    with open("data/cpython_protocol%d.pkl" % version, "rb") as f:
        net = pickle.load(f)
    layer = net["layer"]
    print(version, sorted(net), type(layer).__name__, isinstance(layer, Affine))
    print(repr(layer.W), repr(layer.b), layer.forward(np.array([1.0, 0.0, -1.0])))
    print(net["sizes"], repr(net["scores"]), net["big"].shape, net["big"].dtype, net["big"].sum())
    print(repr(net["flags"]), net["text"], net["nested"])

params = {"W1": np.arange(6.0).reshape(2, 3) / 7, "b1": np.zeros(3, dtype=np.float32),
          "epochs": 3, "loss": [2.5, 1.25], "layer": Affine(np.eye(2), np.ones(2))}
params["again"] = params["loss"]
with open("params.pkl", "wb") as f:
    pickle.dump(params, f)
with open("params.pkl", "rb") as f:
    back = pickle.load(f)
print(sorted(back), repr(back["W1"]), repr(back["b1"]), back["epochs"], back["loss"])
print(back["again"] is back["loss"], repr(back["layer"].W), type(back["layer"]).__name__)
data = pickle.dumps([1, "two", (3.0, None)], protocol=2)
print(type(data).__name__, pickle.loads(data), pickle.loads(pickle.dumps({1, 2})))
print(pickle.loads(pickle.dumps(np.float32(1.5))), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
with open("text.txt", "w") as f:
    f.write("not a pickle")
for attempt in ["text file", "truncated", "lambda", "bad protocol"]:
    try:
        if attempt == "text file":
            with open("text.txt") as f:
                pickle.load(f)
        elif attempt == "truncated":
            pickle.loads(pickle.dumps(list(range(10)))[:12])
        elif attempt == "lambda":
            pickle.dumps(lambda x: x)
        else:
            pickle.dumps(1, protocol=9)
    except Exception as e:
        print(attempt, "->", type(e).__name__)
