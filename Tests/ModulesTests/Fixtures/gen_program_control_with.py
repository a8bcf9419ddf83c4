# Generated: control with.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return kind is KeyError
with Resource("a") as r:
    print("using", r.name)
with Resource("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
with open("corpus_with.txt", "w") as f:
    f.write("one\ntwo\n")
with open("corpus_with.txt") as f:
    print([line.strip() for line in f], f.closed)
print(f.closed)
import os
os.remove("corpus_with.txt")
