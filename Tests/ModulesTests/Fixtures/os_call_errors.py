# Failed file, os and pathlib calls raise the OSError subclass for their errno, with CPython's
# args, errno, strerror, filename and text.
import os, pathlib
d = os.path.join(os.getcwd(), 'oserr_probe_dir')
os.makedirs(d, exist_ok=True)
f = os.path.join(d, 'f.txt')
open(f, 'w').write('x')
for label, action in [
    ('open x', lambda: open(f, 'x')), ('open dir', lambda: open(d)), ('open missing', lambda: open(os.path.join(d, 'no', 'x'))),
    ('mkdir exists', lambda: os.mkdir(d)), ('makedirs exists', lambda: os.makedirs(d)), ('rmdir nonempty', lambda: os.rmdir(d)),
    ('remove missing', lambda: os.remove(os.path.join(d, 'zz'))), ('listdir file', lambda: os.listdir(f)), ('listdir missing', lambda: os.listdir(os.path.join(d, 'q'))),
    ('path mkdir', lambda: pathlib.Path(d).mkdir()), ('remove dir', lambda: os.remove(d)), ('rmdir missing', lambda: os.rmdir(os.path.join(d, 'q'))),
    ('getsize missing', lambda: os.path.getsize(os.path.join(d, 'q')))]:
    try:
        action()
        print(label, 'ok')
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e.filename == None, str(e).replace(d, 'D'), e.args)
os.remove(f)
os.rmdir(d)
