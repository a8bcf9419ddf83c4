# Open files' classes as io names them: _io.TextIOWrapper for text, BufferedReader,
# BufferedWriter and BufferedRandom for binary modes, in type() and in error messages.
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb") as f:
    print(type(f).__name__, type(f))
    f.write(b"abc")
with open(path, "rb") as f:
    print(type(f).__name__, type(f))
    try:
        f.nothing
    except AttributeError as e:
        print(e)
with open(path, "r+b") as f:
    print(type(f).__name__)
with open(path) as f:
    print(type(f).__name__, type(f))
    try:
        f()
    except TypeError as e:
        print(e)
os.remove(path)
os.rmdir(os.path.dirname(path))
