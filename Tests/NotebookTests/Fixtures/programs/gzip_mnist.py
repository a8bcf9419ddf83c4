# MNIST's files as the course's loader reads them: gzip, np.frombuffer with an offset,
# one-hot labels, a pickle cache; gzip text files; errors.
import gzip
import pickle

import numpy as np


def load_images(name):
    with gzip.open(name, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 784)


def load_labels(name):
    with gzip.open(name, "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=8)


images = load_images("data/tiny-images-idx3-ubyte.gz")
labels = load_labels("data/tiny-labels-idx1-ubyte.gz")
print(images.shape, images.dtype, images[0, :8], images.sum(), labels)
x = images.astype(np.float32) / 255.0
one_hot = np.zeros((labels.size, 10))
for i, row in enumerate(one_hot):
    row[labels[i]] = 1
print(round(float(x.mean()), 6), one_hot.argmax(axis=1))
with open("mnist.pkl", "wb") as f:
    pickle.dump({"x": images, "t": labels}, f, -1)
with open("mnist.pkl", "rb") as f:
    cached = pickle.load(f)
print(np.array_equal(cached["x"], images), cached["t"])
with gzip.open("log.txt.gz", "wt") as f:
    f.write("epoch 1\nepoch 2\n")
with gzip.open("log.txt.gz", "rt") as f:
    print(f.readline(), [line.strip() for line in f])
data = gzip.compress("abc".encode() * 100)
print(len(gzip.decompress(data)), np.frombuffer("abcd".encode(), dtype=np.uint8, count=2))
print(np.frombuffer(gzip.decompress(gzip.compress("12345678".encode())), dtype=np.int32))
with open("plain.txt", "w") as f:
    f.write("not gzip at all")
for attempt in ["plain file", "odd size", "missing"]:
    try:
        if attempt == "plain file":
            gzip.open("plain.txt").read()
        elif attempt == "odd size":
            np.frombuffer("abc".encode(), dtype=np.int32)
        else:
            gzip.open("data/none.gz")
    except Exception as e:
        print(attempt, "->", type(e).__name__)
