# glob: *, ?, [..], hidden names, trailing "/", and ** with recursive=True, on a tree the
# program makes and removes (results sorted: Python's follow the directory's order).
import glob
import os

files = ["g/a.py", "g/b.py", "g/c.txt", "g/.dot.py", "g/data/x.csv", "g/data/y.csv",
         "g/data/sub/z.csv", "g/data/sub/deeper/w.csv", "g/.hidden/h.csv", "g/data/[x].txt"]
for path in files:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").close()
print(sorted(glob.glob("g/*.py")), sorted(glob.glob("g/data/*.csv")), sorted(glob.glob("g/data/?.csv")))
print(sorted(glob.glob("g/**/*.csv", recursive=True)), sorted(glob.glob("g/**/*.csv")))
print(sorted(glob.glob("g/data/**", recursive=True)), sorted(glob.glob("g/*/")), glob.glob("g/nothing*"))
print(sorted(glob.glob("g/[ab].py")), sorted(glob.glob("g/data/sub")), sorted(glob.glob("g/.*")))
print(sorted(glob.iglob("g/*.txt")), sorted(os.listdir("g")))
for path in files:
    os.remove(path)
for directory in ["g/data/sub/deeper", "g/data/sub", "g/data", "g/.hidden", "g"]:
    os.rmdir(directory)
print(os.path.exists("g"))
