# Files as learners use them: write/read/append, readline(s), print(file=), errors (FileNotFoundError.errno, io.UnsupportedOperation), os.path.getsize; exception attributes.
import os
with open("data.txt", "w") as f:
    f.write("alpha 1\nbeta 2\n")
    f.writelines(["gamma 3\n", "delta 4\n"])
    print(f.closed, f.name, f.mode)
with open("data.txt") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open("data.txt", "a") as f:
    print("epsilon 5", file=f)
with open("data.txt", encoding="utf-8") as f:
    rows = [line.split() for line in f]
print(rows, {name: int(v) for name, v in rows})
print(open("data.txt").read().count("\n"), os.path.exists("data.txt"), os.path.getsize("data.txt") if hasattr(os.path, "getsize") else 0)
with open("data.txt", "r+") as f:
    text = f.read()
print(len(text), text.splitlines()[-1])
try:
    open("missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno if hasattr(e, "errno") else "", e)
try:
    with open("data.txt") as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
os.remove("data.txt")
print(os.path.exists("data.txt"), sorted(os.listdir(".")) == sorted(os.listdir(os.getcwd())))
try:
    int("x")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
