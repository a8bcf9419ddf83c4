# pickle of a network object, __getstate__/__setstate__, every protocol, io.BytesIO as the file,
# several pickles in one file loaded one by one, CPython's errors.
import pickle, numpy as np, os, io, collections, tempfile
scratch = tempfile.TemporaryDirectory()
class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        np.random.seed(3)
        self.params = {}
        self.params['W1'] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params['b1'] = np.zeros(hidden_size)
        self.layers = collections.OrderedDict()
        self.layers['Affine1'] = [1, 2]
        self.name = "net"
    def predict(self, x): return x @ self.params['W1'] + self.params['b1']
net = TwoLayerNet(4, 3, 2)
with open(os.path.join(scratch.name, 'net.pkl'), 'wb') as f:
    pickle.dump(net, f)
with open(os.path.join(scratch.name, 'net.pkl'), 'rb') as f:
    net2 = pickle.load(f)
print(type(net2).__name__, net2.name, list(net2.layers.items()), np.array_equal(net2.params['W1'], net.params['W1']))
print(net2.predict(np.ones(4)))
blob = pickle.dumps({"a": (1, 2.5, "s", None, True), "b": [b"x", {1, 2}], "c": np.float32(1.5), "d": np.int64(7), "e": np.arange(3, dtype=np.int32)})
back = pickle.loads(blob)
print(back["a"], back["b"][0], sorted(back["b"][1]), repr(back["c"]), repr(back["d"]), repr(back["e"]))
for proto in range(0, 6):
    print(proto, pickle.loads(pickle.dumps([1, "x", 2.0, (3,), {"k": None}], protocol=proto)))
class P:
    def __init__(self): self.x = 1
    def __getstate__(self): return {"x": self.x * 10}
    def __setstate__(self, s): self.x = s["x"] + 1
print(pickle.loads(pickle.dumps(P())).x)
buf = io.BytesIO(); pickle.dump([1, 2], buf); buf.seek(0); print(pickle.load(buf))
try:
    pickle.loads(b"garbage")
except Exception as e:
    print(type(e).__name__, str(e).split(' at 0x')[0])
try:
    pickle.dumps(lambda x: x)
except Exception as e:
    print(type(e).__name__, str(e).split(' at 0x')[0])
with open(os.path.join(scratch.name, 'two.pkl'), 'wb') as f:
    pickle.dump([1], f); pickle.dump({"b": 2}, f)
with open(os.path.join(scratch.name, 'two.pkl'), 'rb') as f:
    print(pickle.load(f)); print(pickle.load(f))
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError", e)
scratch.cleanup()
print(os.path.exists(scratch.name))
