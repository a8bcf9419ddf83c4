/// `pathlib.Path` (POSIX paths), written in the language on `os`, `os.path` and `glob`:
/// joining with `/`, the parts (`name`, `stem`, `suffix`, `parent`, `parts`), tests and
/// listings (`exists`, `is_file`, `is_dir`, `iterdir`, `glob`, `rglob`), `mkdir`, `unlink`,
/// `rmdir`, `read_text`/`write_text`, `read_bytes`/`write_bytes`, `open`, `resolve`.
enum PathlibSource {
  static let text = #"""
    import os
    import glob as _glob


    def _normalize(text):
        if text == "":
            return "."
        absolute = text.startswith("/")
        parts = [p for p in text.split("/") if p not in ("", ".")]
        joined = "/".join(parts)
        if absolute:
            return "/" + joined
        return joined if joined else "."


    class PurePath:
        pass


    class Path(PurePath):
        def __init__(self, *segments):
            text = ""
            for segment in segments:
                segment = str(segment)
                if segment.startswith("/") or text == "":
                    text = segment
                else:
                    text = text.rstrip("/") + "/" + segment
            self._text = _normalize(text)

        def __str__(self):
            return self._text

        def __repr__(self):
            return "PosixPath(" + repr(self._text) + ")"

        def __fspath__(self):
            return self._text

        def __truediv__(self, other):
            return Path(self._text, str(other))

        def __rtruediv__(self, other):
            return Path(str(other), self._text)

        def __eq__(self, other):
            return isinstance(other, Path) and self._text == other._text

        def __lt__(self, other):
            return self._text < other._text

        def __hash__(self):
            return hash(self._text)

        @property
        def parts(self):
            if self._text == ".":
                return ()
            pieces = self._text.split("/")
            if self._text.startswith("/"):
                return tuple(["/"] + pieces[1:])
            return tuple(pieces)

        @property
        def name(self):
            if self._text in (".", "/"):
                return ""
            return self._text.rsplit("/", 1)[-1]

        @property
        def suffix(self):
            name = self.name
            i = name.rfind(".")
            return name[i:] if 0 < i < len(name) - 1 else ""

        @property
        def suffixes(self):
            name = self.name.lstrip(".")
            return ["." + s for s in name.split(".")[1:]] if "." in name else []

        @property
        def stem(self):
            name = self.name
            suffix = self.suffix
            return name[:len(name) - len(suffix)] if suffix else name

        @property
        def parent(self):
            if self._text in (".", "/"):
                return self
            if "/" not in self._text:
                return Path(".")
            head = self._text.rsplit("/", 1)[0]
            return Path(head if head else "/")

        def with_suffix(self, suffix):
            return self.parent / (self.stem + suffix)

        def with_name(self, name):
            return self.parent / name

        def is_absolute(self):
            return self._text.startswith("/")

        def exists(self):
            return os.path.exists(self._text)

        def is_file(self):
            return os.path.isfile(self._text)

        def is_dir(self):
            return os.path.isdir(self._text)

        def iterdir(self):
            return iter([self / name for name in os.listdir(self._text)])

        def glob(self, pattern):
            base = "" if self._text == "." else self._text + "/"
            return iter(sorted(Path(p) for p in _glob.glob(base + pattern, recursive="**" in pattern)))

        def rglob(self, pattern):
            return self.glob("**/" + pattern)

        def mkdir(self, mode=0o777, parents=False, exist_ok=False):
            if self.exists():
                if exist_ok and self.is_dir():
                    return
                raise FileExistsError(17, "File exists", self._text)
            if parents:
                os.makedirs(self._text, exist_ok=True)
            else:
                os.mkdir(self._text)

        def unlink(self, missing_ok=False):
            if missing_ok and not self.exists():
                return
            os.remove(self._text)

        def rmdir(self):
            os.rmdir(self._text)

        def open(self, mode="r", **kwargs):
            return open(self._text, mode, **kwargs)

        def read_text(self, encoding=None):
            with open(self._text) as f:
                return f.read()

        def write_text(self, data, encoding=None):
            with open(self._text, "w") as f:
                return f.write(data)

        def read_bytes(self):
            with open(self._text, "rb") as f:
                return f.read()

        def write_bytes(self, data):
            with open(self._text, "wb") as f:
                return f.write(data)

        def resolve(self):
            return Path(os.path.abspath(self._text))

        def absolute(self):
            return self.resolve()

        @classmethod
        def cwd(cls):
            return cls(os.getcwd())


    PosixPath = Path
    PurePosixPath = Path
    """#
}
