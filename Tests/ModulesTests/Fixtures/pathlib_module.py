# pathlib.Path: joining, parts, tests, listings, reading and writing, cleaning up; open() and os.path take a Path.
from pathlib import Path
p = Path("data") / "mnist" / "train.csv"
print(p, repr(p), p.name, p.stem, p.suffix, p.parent, p.parent.parent, p.parts, p.is_absolute())
print(Path("a/b.tar.gz").suffixes, Path("a/b.tar.gz").stem, Path("/").name, Path(".").parent, Path("x").parent)
print(Path("a", "b", "c.txt"), Path("/tmp") / "x", "root" / Path("y"), Path("a//b/./c"), Path(""), str(Path("a/b/")))
print(p.with_suffix(".npy"), p.with_name("test.csv"), Path("a") == Path("a/"), sorted([Path("b"), Path("a")]))
d = Path("pathlib_demo")
d.mkdir(exist_ok=True)
(d / "sub").mkdir(parents=True, exist_ok=True)
(d / "notes.txt").write_text("hello\nworld\n")
(d / "sub" / "data.bin").write_bytes(b"\x00\x01")
print((d / "notes.txt").read_text().splitlines(), (d / "sub" / "data.bin").read_bytes(), (d / "notes.txt").exists(), d.is_dir(), (d / "notes.txt").is_file())
print(sorted(q.name for q in d.iterdir()), [str(q) for q in d.glob("*.txt")], [str(q) for q in d.rglob("*.bin")])
with (d / "notes.txt").open() as f:
    print(f.readline().strip())
(d / "notes.txt").unlink()
(d / "sub" / "data.bin").unlink()
(d / "sub").rmdir()
d.rmdir()
print(d.exists(), Path.cwd() == Path(Path.cwd()), d.resolve().is_absolute())
import os
q = Path("pl_open.txt")
with open(q, "w") as f:
    f.write("via open(Path)\n")
print(open(q).read().strip(), os.path.exists(q), os.path.getsize(q), os.path.basename(q), os.path.splitext(q))
os.remove(q)
print(os.path.exists(q))
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
