/// `tempfile` and `shutil`, written in the language on `os`: the temporary directories and
/// files, and the copies, moves and tree removals, that data-preparation code makes.
enum FileSystemSource {
  static let tempfile = #"""
    import os as _os
    import shutil as _shutil

    tempdir = None
    template = "tmp"
    _LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


    def gettempdir():
        global tempdir
        if tempdir is None:
            found = None
            for name in ("TMPDIR", "TEMP", "TMP"):
                candidate = _os.environ.get(name)
                if candidate and _os.path.isdir(candidate):
                    found = candidate
                    break
            tempdir = _os.path.abspath(found or "/tmp")
        return tempdir


    def gettempprefix():
        return template


    def _random_name():
        return "".join(_LETTERS[byte % len(_LETTERS)] for byte in _os.urandom(8))


    def _candidates(suffix, prefix, dir):
        directory = gettempdir() if dir is None else dir
        start = template if prefix is None else prefix
        end = "" if suffix is None else suffix
        for _ in range(10000):
            yield _os.path.abspath(_os.path.join(directory, start + _random_name() + end))
        raise FileExistsError(17, "No usable temporary file name found")


    def mkdtemp(suffix=None, prefix=None, dir=None):
        for path in _candidates(suffix, prefix, dir):
            try:
                _os.mkdir(path, 0o700)
            except FileExistsError:
                continue
            return path


    class TemporaryDirectory:
        def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
            self.name = mkdtemp(suffix, prefix, dir)
            self._ignore_cleanup_errors = ignore_cleanup_errors

        def __repr__(self):
            return "<{} {!r}>".format(self.__class__.__name__, self.name)

        def __enter__(self):
            return self.name

        def __exit__(self, exc, value, tb):
            self.cleanup()

        def cleanup(self):
            if _os.path.exists(self.name):
                _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)


    class _TemporaryFileWrapper:
        def __init__(self, file, name, delete=True):
            self.file = file
            self.name = name
            self.delete = delete

        def __getattr__(self, name):
            return getattr(self.file, name)

        def __enter__(self):
            return self

        def __exit__(self, exc, value, tb):
            self.close()
            return False

        def __iter__(self):
            return iter(self.file)

        def close(self):
            if not self.file.closed:
                self.file.close()
            if self.delete and _os.path.exists(self.name):
                _os.remove(self.name)


    def _create(mode, encoding, newline, suffix, prefix, dir):
        exclusive = "x" + mode[1:] if mode[0] in "wa" else mode
        for path in _candidates(suffix, prefix, dir):
            try:
                return path, open(path, exclusive, encoding=encoding, newline=newline)
            except FileExistsError:
                continue


    def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                           suffix=None, prefix=None, dir=None, delete=True):
        path, file = _create(mode, encoding, newline, suffix, prefix, dir)
        return _TemporaryFileWrapper(file, path, delete)


    def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                      suffix=None, prefix=None, dir=None):
        path, file = _create(mode, encoding, newline, suffix, prefix, dir)
        _os.remove(path)
        return file
    """#

  static let shutil = #"""
    import os as _os


    class Error(OSError):
        pass


    class SameFileError(Error):
        pass


    def copyfileobj(source, target, length=65536):
        while True:
            chunk = source.read(length)
            if not chunk:
                break
            target.write(chunk)


    def copyfile(src, dst):
        if _os.path.exists(dst) and _os.path.abspath(src) == _os.path.abspath(dst):
            raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
        with open(src, "rb") as source:
            with open(dst, "wb") as target:
                copyfileobj(source, target)
        return dst


    def copy(src, dst):
        if _os.path.isdir(dst):
            dst = _os.path.join(dst, _os.path.basename(src))
        return copyfile(src, dst)


    copy2 = copy


    def copytree(src, dst, dirs_exist_ok=False):
        names = _os.listdir(src)
        _os.makedirs(dst, exist_ok=dirs_exist_ok)
        for name in names:
            source = _os.path.join(src, name)
            target = _os.path.join(dst, name)
            if _os.path.isdir(source):
                copytree(source, target, dirs_exist_ok)
            else:
                copyfile(source, target)
        return dst


    def rmtree(path, ignore_errors=False):
        try:
            if _os.path.islink(path):
                raise OSError("Cannot call rmtree on a symbolic link")
            names = _os.listdir(path)
        except OSError:
            if ignore_errors:
                return
            raise
        for name in names:
            inner = _os.path.join(path, name)
            if _os.path.isdir(inner) and not _os.path.islink(inner):
                rmtree(inner, ignore_errors)
            else:
                try:
                    _os.remove(inner)
                except OSError:
                    if not ignore_errors:
                        raise
        try:
            _os.rmdir(path)
        except OSError:
            if not ignore_errors:
                raise


    def move(src, dst):
        target = dst
        if _os.path.isdir(dst):
            target = _os.path.join(dst, _os.path.basename(src.rstrip("/")))
            if _os.path.exists(target):
                raise Error("Destination path '{}' already exists".format(target))
        try:
            _os.rename(src, target)
        except OSError as e:
            # Another file system (errno 18, EXDEV): copied, then the source removed.
            if e.errno != 18:
                raise
            if _os.path.isdir(src):
                copytree(src, target)
                rmtree(src)
            else:
                copyfile(src, target)
                _os.remove(src)
        return target
    """#
}
