# tempfile, shutil and the os functions they rest on (walk, rename, relpath, urandom).
import tempfile, shutil, os
import numpy as np
print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td), os.path.basename(td).startswith("tmp"), len(os.path.basename(td)))
    p = os.path.join(td, 'x.npy'); np.save(p, np.arange(6).reshape(2, 3)); print(np.load(p))
    os.makedirs(os.path.join(td, "a", "b"))
    with open(os.path.join(td, "a", "f.txt"), "w") as f: f.write("hello\n")
    with open(os.path.join(td, "a", "b", "g.txt"), "w") as f: f.write("world\n")
    for root, dirs, files in os.walk(td):
        print(os.path.relpath(root, td), sorted(dirs), sorted(files))
    shutil.copytree(os.path.join(td, "a"), os.path.join(td, "c"))
    print(sorted(os.listdir(os.path.join(td, "c"))))
    print(shutil.copy(os.path.join(td, "a", "f.txt"), os.path.join(td, "c", "b"))[len(td):])
    print(sorted(os.listdir(os.path.join(td, "c", "b"))))
    shutil.move(os.path.join(td, "c"), os.path.join(td, "d"))
    print(sorted(os.listdir(td)))
    shutil.rmtree(os.path.join(td, "a"))
    print(sorted(os.listdir(td)))
    os.rename(os.path.join(td, "x.npy"), os.path.join(td, "y.npy"))
    print(sorted(os.listdir(td)))
    try:
        os.rename(os.path.join(td, "zz"), os.path.join(td, "q"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename[len(td):], e.filename2[len(td):])
    root, dirs, files = next(os.walk(td))
    print(dirs, files)
print(os.path.exists(td))
t = tempfile.TemporaryDirectory()
print(repr(t).startswith("<TemporaryDirectory '/tmp/tmp"))
t.cleanup(); print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile(mode="w", suffix=".csv", delete=True) as f:
    f.write("1,2\n3,4\n"); f.flush()
    name = f.name
    print(name.endswith(".csv"), os.path.exists(name))
    print(np.loadtxt(name, delimiter=","))
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"abc"); f.close()
print(open(f.name, "rb").read()); os.unlink(f.name); print(os.path.exists(f.name))
d = tempfile.mkdtemp(prefix="run_", suffix="_x")
print(os.path.basename(d)[:4], d.endswith("_x"), os.path.isdir(d)); os.rmdir(d)
tf = tempfile.TemporaryFile()
tf.write(b"xyz"); tf.seek(0); print(tf.read()); tf.close()
print(len(os.urandom(5)), type(os.getpid()).__name__)
try:
    shutil.rmtree("/tmp/does-not-exist-nb")
except FileNotFoundError as e:
    print(e)
shutil.rmtree("/tmp/does-not-exist-nb", ignore_errors=True)
try:
    shutil.copy("/tmp/does-not-exist-nb.txt", "/tmp")
except FileNotFoundError as e:
    print(e)
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x", start="/a/b"))
try:
    os.path.relpath("")
except ValueError as e:
    print(e)
try:
    os.rename("/tmp/nb-missing-a", "/tmp/nb-missing-b")
except OSError as e:
    print(e)
with tempfile.TemporaryDirectory(prefix="walk") as td:
    for d in ["b", "a", "a/z", "a/y", "c"]:
        os.mkdir(os.path.join(td, d))
    for root, dirs, files in os.walk(td):
        dirs.sort()
        if "a" in dirs:
            dirs.remove("a")
        print(os.path.relpath(root, td), dirs)
    bottom_up = [os.path.relpath(r, td) for r, _, _ in os.walk(td, topdown=False)]
    print([r for r in bottom_up if r in ("a/z", "a", ".")])
    path = os.path.join(td, "x")
    open(path, "x").close()
    try:
        open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
