# csv: reader, writer, DictReader, DictWriter with the excel dialect's quoting, against CPython;
# and universal newlines when reading text files (newline=None vs '').
import csv
rows = [["name", "score", "note"], ["Ann", 3.5, 'says "hi"'], ["Bob", 10, "a,b"], ["Cy", None, "multi\nline"], ["Di", 0.1, ""]]
with open("t.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerows(rows)
print(repr(open("t.csv", newline="").read()))
with open("t.csv", newline="") as f:
    for row in csv.reader(f):
        print(row)
with open("t.csv", newline="") as f:
    r = csv.DictReader(f)
    print(r.fieldnames)
    for d in r:
        print(d["name"], d["score"], repr(d["note"]))
with open("d.csv", "w", newline="") as f:
    dw = csv.DictWriter(f, fieldnames=["x", "y"])
    dw.writeheader()
    dw.writerow({"x": 1, "y": 2.5})
    dw.writerow({"x": "q"})
print(repr(open("d.csv").read()))
print(list(csv.reader(["a;b;c", "1; 2;3"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
with open("q.csv", "w", newline="") as f:
    csv.writer(f, quoting=csv.QUOTE_ALL).writerow([1, "a"])
print(repr(open("q.csv").read()))
open("crlf.txt", "w", newline="").write("a\r\nb\rc\n")
print(repr(open("crlf.txt").read()), list(open("crlf.txt")), repr(open("crlf.txt", newline="").read()))
with open("crlf.txt") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
import os
for name in ["t.csv", "d.csv", "q.csv", "crlf.txt"]:
    os.remove(name)
