/// `io`: `StringIO` and `BytesIO`, in-memory files written in the language itself. Appends
/// (the usual use: `print(..., file=buffer)`) collect pieces and join them when read.
enum InMemoryFilesSource {
  static let text = #"""
    class _MemoryFile:
        _empty = ""
        _kind = "string"

        def __init__(self, initial_value=None):
            if initial_value is None:
                initial_value = self._empty
            initial_value = self._check_type(initial_value, "initial_value must be str or None, not ")
            self._pieces = [initial_value] if initial_value else []
            self._size = len(initial_value)
            self._pos = 0
            self.closed = False

        def _check_type(self, value, message):
            # A bytearray is copied in as bytes (later changes to it are not the file's).
            if self._kind == "bytes" and isinstance(value, bytearray):
                return bytes(value)
            if not isinstance(value, type(self._empty)):
                if self._kind == "string":
                    raise TypeError(message + type(value).__name__)
                raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
            return value

        def _check_open(self):
            if self.closed:
                raise ValueError(self._closed_message)

        def _whole(self):
            if len(self._pieces) > 1:
                self._pieces = [self._empty.join(self._pieces)]
            return self._pieces[0] if self._pieces else self._empty

        def write(self, s):
            self._check_open()
            if self._kind == "string" and not isinstance(s, str):
                raise TypeError(f"string argument expected, got '{type(s).__name__}'")
            s = self._check_type(s, "")
            if self._pos == self._size:
                if s:
                    self._pieces.append(s)
            else:
                whole = self._whole()
                if self._pos > len(whole):
                    whole = whole + self._padding(self._pos - len(whole))
                whole = whole[:self._pos] + s + whole[self._pos + len(s):]
                self._pieces = [whole]
            self._pos += len(s)
            self._size = max(self._size, self._pos)
            return len(s)

        def _padding(self, n):
            return "\0" * n if self._kind == "string" else bytes(n)

        def writelines(self, lines):
            for line in lines:
                self.write(line)

        def getvalue(self):
            self._check_open()
            return self._whole()

        def read(self, size=-1):
            self._check_open()
            whole = self._whole()
            end = len(whole) if size is None or size < 0 else min(len(whole), self._pos + size)
            start = min(self._pos, len(whole))
            self._pos = max(self._pos, end)
            return whole[start:end]

        def readline(self, size=-1):
            self._check_open()
            whole = self._whole()
            start = min(self._pos, len(whole))
            if self._kind == "string":
                end = whole.find("\n", start)
                end = len(whole) if end < 0 else end + 1
            else:
                end = start
                while end < len(whole) and whole[end] != 10:
                    end += 1
                end = min(end + 1, len(whole))
            if size is not None and size >= 0:
                end = min(end, start + size)
            self._pos = max(self._pos, end)
            return whole[start:end]

        def readlines(self, hint=-1):
            lines = []
            while True:
                line = self.readline()
                if not line:
                    return lines
                lines.append(line)

        def __iter__(self):
            self._check_open()
            return self

        def __next__(self):
            line = self.readline()
            if not line:
                raise StopIteration
            return line

        def seek(self, pos, whence=0):
            self._check_open()
            if whence == 0:
                if pos < 0:
                    raise ValueError(f"Negative seek position {pos}")
                self._pos = pos
            elif whence == 1:
                self._pos = max(0, self._pos + pos)
            elif whence == 2:
                self._pos = max(0, self._size + pos)
            else:
                raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
            return self._pos

        def tell(self):
            self._check_open()
            return self._pos

        def truncate(self, size=None):
            self._check_open()
            size = self._pos if size is None else size
            self._pieces = [self._whole()[:size]]
            self._size = min(self._size, size)
            return size

        def flush(self):
            pass

        def readable(self):
            return True

        def writable(self):
            return True

        def seekable(self):
            return True

        def close(self):
            self.closed = True

        def __enter__(self):
            self._check_open()
            return self

        def __exit__(self, *exc_info):
            self.close()


    class StringIO(_MemoryFile):
        _empty = ""
        _kind = "string"
        _closed_message = "I/O operation on closed file"


    class BytesIO(_MemoryFile):
        _empty = b""
        _kind = "bytes"
        _closed_message = "I/O operation on closed file."


    open = open
    """#
}
