with open("notes.txt", "w") as f:
    f.write("first line\n")
    n = f.write("second line\n")
    f.writelines(["third\n", "fourth\n"])
print(n, f.closed)
with open("notes.txt") as f:
    print(repr(f.readline()), f.readlines())
with open("notes.txt", "a") as f:
    print("appended", file=f)
for line in open("notes.txt"):
    print(line.strip().upper())
text = open("notes.txt").read()
print(len(text), text.count("\n"), text.splitlines() if False else text.split("\n")[:2])
try:
    open("missing/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
f = open("notes.txt")
f.close()
f.read()
