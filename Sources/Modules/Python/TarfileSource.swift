/// `tarfile`, written in the language: reading tar archives, plain or gzip-compressed (ustar,
/// GNU long names and pax headers, as CIFAR-10's `cifar-10-python.tar.gz` is), listing,
/// `extractfile`, `extract` and `extractall` (with the `data` and `tar` filters), and writing
/// ustar archives (`w`, `w:gz`, `add`, `addfile`) that Python's tarfile reads.
enum TarfileSource {
  static let text = #"""
    import gzip as _gzip
    import io as _io
    import os as _os
    import stat as _stat

    _io_open = open  # (the built-in: this module's own `open` is defined below)
    NUL = b"\0"
    BLOCKSIZE = 512
    RECORDSIZE = BLOCKSIZE * 20
    REGTYPE = b"0"
    AREGTYPE = b"\0"
    LNKTYPE = b"1"
    SYMTYPE = b"2"
    CHRTYPE = b"3"
    BLKTYPE = b"4"
    DIRTYPE = b"5"
    FIFOTYPE = b"6"
    CONTTYPE = b"7"
    GNUTYPE_LONGNAME = b"L"
    GNUTYPE_LONGLINK = b"K"
    XHDTYPE = b"x"
    XGLTYPE = b"g"
    USTAR_FORMAT = 0
    GNU_FORMAT = 1
    PAX_FORMAT = 2
    DEFAULT_FORMAT = PAX_FORMAT
    ENCODING = "utf-8"
    _REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE)


    class TarError(Exception):
        pass


    class ReadError(TarError):
        pass


    class CompressionError(TarError):
        pass


    class StreamError(TarError):
        pass


    class ExtractError(TarError):
        pass


    class HeaderError(TarError):
        pass


    class FilterError(TarError):
        def __init__(self, message, tarinfo):
            super().__init__(message)
            self.tarinfo = tarinfo


    class AbsolutePathError(FilterError):
        def __init__(self, tarinfo):
            super().__init__(f"member {tarinfo.name!r} has an absolute path", tarinfo)


    class OutsideDestinationError(FilterError):
        def __init__(self, tarinfo, path):
            super().__init__(f"{tarinfo.name!r} would be extracted to {path!r}, "
                             "which is outside the destination", tarinfo)


    def _text(field):
        end = field.find(NUL)
        return (field if end < 0 else field[:end]).decode(ENCODING, "replace")


    def _number(field):
        if field[:1] in (b"\x80", b"\xff"):
            # base-256: the big-endian bytes after the marker (negative for 0xff).
            value = 0
            for byte in field[1:]:
                value = value * 256 + byte
            return value - 256 ** (len(field) - 1) if field[0] == 0xFF else value
        digits = _text(field).strip()
        try:
            return int(digits or "0", 8)
        except ValueError:
            raise HeaderError("invalid header") from None


    def _octal(value, digits):
        return ("%0*o" % (digits - 1, value)).encode("ascii") + NUL


    def _field(text, size):
        raw = text.encode(ENCODING)
        if len(raw) > size:
            raise ValueError("name is too long")
        return raw + NUL * (size - len(raw))


    class TarInfo:
        def __init__(self, name=""):
            self.name = name
            self.mode = 0o644
            self.uid = 0
            self.gid = 0
            self.size = 0
            self.mtime = 0
            self.chksum = 0
            self.type = REGTYPE
            self.linkname = ""
            self.uname = ""
            self.gname = ""
            self.devmajor = 0
            self.devminor = 0
            self.offset = 0
            self.offset_data = 0
            self.pax_headers = {}

        @property
        def path(self):
            return self.name

        @path.setter
        def path(self, name):
            self.name = name

        @property
        def linkpath(self):
            return self.linkname

        def isfile(self):
            return self.type in _REGULAR_TYPES

        def isreg(self):
            return self.isfile()

        def isdir(self):
            return self.type == DIRTYPE

        def issym(self):
            return self.type == SYMTYPE

        def islnk(self):
            return self.type == LNKTYPE

        def ischr(self):
            return self.type == CHRTYPE

        def isblk(self):
            return self.type == BLKTYPE

        def isfifo(self):
            return self.type == FIFOTYPE

        def isdev(self):
            return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)

        def replace(self, **changes):
            copy = TarInfo(self.name)
            copy.__dict__.update(self.__dict__)
            copy.pax_headers = dict(self.pax_headers)
            for key, value in changes.items():
                setattr(copy, key, value)
            return copy

        def __repr__(self):
            return "<TarInfo %r at %#x>" % (self.name, id(self))

        @classmethod
        def frombuf(cls, buf, encoding=ENCODING, errors="surrogateescape"):
            if len(buf) != BLOCKSIZE:
                raise HeaderError("truncated header" if buf else "empty header")
            if buf.count(NUL) == BLOCKSIZE:
                raise HeaderError("end of file header")
            checksum = _number(buf[148:156])
            if checksum != sum(buf[:148]) + 8 * 32 + sum(buf[156:]):
                raise HeaderError("bad checksum")
            info = cls(_text(buf[0:100]))
            info.mode = _number(buf[100:108])
            info.uid = _number(buf[108:116])
            info.gid = _number(buf[116:124])
            info.size = _number(buf[124:136])
            info.mtime = _number(buf[136:148])
            info.chksum = checksum
            info.type = buf[156:157]
            info.linkname = _text(buf[157:257])
            info.uname = _text(buf[265:297])
            info.gname = _text(buf[297:329])
            info.devmajor = _number(buf[329:337])
            info.devminor = _number(buf[337:345])
            prefix = _text(buf[345:500])
            if info.type == AREGTYPE and info.name.endswith("/"):
                info.type = DIRTYPE
            if buf[257:263] == b"ustar\0" and prefix and info.type not in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
                info.name = prefix + "/" + info.name
            if info.isdir():
                info.name = info.name.rstrip("/")
            return info

        def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
            name = self.name + ("/" if self.isdir() and not self.name.endswith("/") else "")
            prefix = ""
            if len(name.encode(ENCODING)) > 100:
                cut = name.rfind("/", 0, 156)
                if cut <= 0 or len(name[cut + 1:].encode(ENCODING)) > 100:
                    raise ValueError("name is too long")
                prefix, name = name[:cut], name[cut + 1:]
            header = (_field(name, 100) + _octal(self.mode & 0o7777, 8) + _octal(self.uid, 8)
                      + _octal(self.gid, 8) + _octal(self.size, 12) + _octal(int(self.mtime), 12)
                      + b" " * 8 + self.type + _field(self.linkname, 100) + b"ustar\x0000"
                      + _field(self.uname, 32) + _field(self.gname, 32)
                      + _octal(self.devmajor, 8) + _octal(self.devminor, 8) + _field(prefix, 155))
            header += NUL * (BLOCKSIZE - len(header))
            checksum = ("%06o" % sum(header)).encode("ascii") + NUL
            return header[:148] + checksum + header[155:]


    def _pax_records(data):
        records = {}
        position = 0
        while position < len(data):
            space = data.find(b" ", position)
            if space < 0:
                break
            length = int(data[position:space])
            record = data[space + 1:position + length - 1]
            key, _, value = record.partition(b"=")
            records[key.decode(ENCODING)] = value.decode(ENCODING, "replace")
            position += length
        return records


    def fully_trusted_filter(member, dest_path):
        return member


    def tar_filter(member, dest_path):
        name = member.name.lstrip("/")
        if _os.path.isabs(member.name) and not name:
            raise AbsolutePathError(member)
        target = _os.path.realpath(_os.path.join(dest_path, name))
        if _os.path.commonpath([target, _os.path.realpath(dest_path)]) != _os.path.realpath(dest_path):
            raise OutsideDestinationError(member, target)
        mode = member.mode & 0o7777 & ~(_stat.S_ISUID | _stat.S_ISGID) & ~0o022
        return member.replace(name=name, mode=mode)


    def data_filter(member, dest_path):
        member = tar_filter(member, dest_path)
        if member.isdev():
            raise FilterError(f"{member.name!r} is a special file", member)
        mode = member.mode
        if member.isfile():
            mode = (mode & 0o755) | 0o600
        elif member.isdir():
            mode = None
        return member.replace(mode=mode)


    _FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}


    class TarFile:
        fileobject = _io.BytesIO
        extraction_filter = None

        def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                     dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                     pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
            if mode not in ("r", "w", "x", "a"):
                raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
            if mode == "a":
                raise CompressionError("NumBook's tarfile does not append to archives")
            self.mode = mode
            self.name = _os.path.abspath(name) if name is not None else getattr(fileobj, "name", None)
            self.format = DEFAULT_FORMAT if format is None else format
            self.closed = False
            self._compression = None
            self._fileobj = fileobj
            self.members = []
            self._blocks = []
            self.offset = 0
            if mode == "r":
                if fileobj is None:
                    with _io_open(name, "rb") as f:
                        data = f.read()
                else:
                    data = fileobj.read()
                self._read_members(data)
            elif mode == "x" and name is not None and _os.path.exists(name):
                raise FileExistsError(17, "File exists", name)

        def _read_members(self, data):
            self._data = data
            if not data:
                raise ReadError("empty file")
            position = 0
            long_name = long_link = None
            pax = {}
            while position < len(data):
                block = data[position:position + BLOCKSIZE]
                try:
                    info = TarInfo.frombuf(block)
                except HeaderError as error:
                    if str(error) == "end of file header":
                        break
                    if position == 0:
                        raise ReadError(str(error)) from None
                    raise ReadError("unexpected end of data") from None
                info.offset = position
                info.offset_data = position + BLOCKSIZE
                # Data follows regular files, long names and pax records, not directories or links.
                carries = info.isfile() or info.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, XHDTYPE, XGLTYPE)
                content = data[info.offset_data:info.offset_data + info.size] if carries else b""
                position = info.offset_data + ((info.size + BLOCKSIZE - 1) // BLOCKSIZE * BLOCKSIZE if carries else 0)
                if info.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
                    if info.type == GNUTYPE_LONGNAME:
                        long_name = _text(content)
                    else:
                        long_link = _text(content)
                    continue
                if info.type == XHDTYPE:
                    pax = _pax_records(content)
                    continue
                if info.type == XGLTYPE:
                    continue
                if long_name is not None:
                    info.name = long_name.rstrip("/") if info.isdir() else long_name
                if long_link is not None:
                    info.linkname = long_link
                if pax:
                    info.pax_headers = pax
                    if "path" in pax:
                        info.name = pax["path"].rstrip("/") if info.isdir() else pax["path"]
                    if "linkpath" in pax:
                        info.linkname = pax["linkpath"]
                    if "size" in pax:
                        info.size = int(pax["size"])
                    if "mtime" in pax:
                        info.mtime = float(pax["mtime"])
                long_name = long_link = None
                pax = {}
                self.members.append(info)
            self.offset = position

        @classmethod
        def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
            return open(name, mode, fileobj, bufsize, **kwargs)

        @classmethod
        def taropen(cls, name, mode="r", fileobj=None, **kwargs):
            return cls(name, mode, fileobj, **kwargs)

        def _check(self, modes=None):
            if self.closed:
                raise OSError("TarFile is closed")
            if modes is not None and self.mode not in modes:
                raise OSError("bad operation for mode %r" % self.mode)

        def getmembers(self):
            self._check()
            return list(self.members)

        def getnames(self):
            return [member.name for member in self.getmembers()]

        def getmember(self, name):
            for member in reversed(self.members):
                if member.name == name.rstrip("/"):
                    return member
            raise KeyError("filename %r not found" % name)

        def __iter__(self):
            return iter(self.getmembers())

        def next(self):
            self._check("r")
            index = getattr(self, "_next_index", 0)
            if index >= len(self.members):
                return None
            self._next_index = index + 1
            return self.members[index]

        def _member(self, member):
            return self.getmember(member) if isinstance(member, str) else member

        def _content(self, member):
            if member.issym():
                target = _os.path.normpath(_os.path.join(_os.path.dirname(member.name), member.linkname))
                return self._content(self.getmember(target))
            if member.islnk():
                return self._content(self.getmember(member.linkname))
            return self._data[member.offset_data:member.offset_data + member.size]

        def extractfile(self, member):
            self._check("r")
            member = self._member(member)
            if member.isfile() or member.issym() or member.islnk():
                return _io.BytesIO(self._content(member))
            return None

        def _filter(self, filter):
            if filter is None:
                filter = self.extraction_filter or fully_trusted_filter
            if isinstance(filter, str):
                if filter not in _FILTERS:
                    raise ValueError(f"filter {filter!r} not found")
                filter = _FILTERS[filter]
            return filter

        def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
            self._check("r")
            chosen = self._filter(filter)
            directories = []
            for member in (self.getmembers() if members is None else members):
                member = chosen(self._member(member), _os.path.realpath(path))
                if member is None:
                    continue
                if member.isdir():
                    directories.append(member)
                self._extract_member(member, path, set_attrs=not member.isdir())
            # Directories last, deepest first: their times and modes after their contents.
            for member in sorted(directories, key=lambda m: m.name, reverse=True):
                target = _os.path.join(path, member.name)
                self._set_attributes(member, target)

        def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
            self._check("r")
            member = self._filter(filter)(self._member(member), _os.path.realpath(path or "."))
            if member is not None:
                self._extract_member(member, path, set_attrs)

        def _extract_member(self, member, path, set_attrs=True):
            target = _os.path.join(path, member.name)
            parent = _os.path.dirname(target)
            if parent and not _os.path.exists(parent):
                _os.makedirs(parent)
            if member.isdir():
                if not _os.path.isdir(target):
                    _os.mkdir(target, 0o700)
            elif member.issym():
                if _os.path.islink(target) or _os.path.exists(target):
                    _os.remove(target)
                _os.symlink(member.linkname, target)
                return
            elif member.isfile() or member.islnk():
                with _io_open(target, "wb") as f:
                    f.write(self._content(member))
            else:
                raise ExtractError("NumBook's tarfile extracts files, directories and links only: %r" % member.name)
            if set_attrs:
                self._set_attributes(member, target)

        def _set_attributes(self, member, target):
            if member.mode is not None:
                _os.chmod(target, member.mode)
            if member.mtime is not None:
                _os.utime(target, (member.mtime, member.mtime))

        def gettarinfo(self, name=None, arcname=None, fileobj=None):
            if name is None:
                name = fileobj.name
            if arcname is None:
                arcname = name
            arcname = arcname.replace(_os.sep, "/").lstrip("/")
            status = _os.lstat(name)
            info = TarInfo(arcname)
            info.mode = _stat.S_IMODE(status.st_mode)
            info.uid = status.st_uid
            info.gid = status.st_gid
            info.mtime = status.st_mtime
            if _stat.S_ISDIR(status.st_mode):
                info.type = DIRTYPE
            elif _stat.S_ISLNK(status.st_mode):
                info.type = SYMTYPE
                info.linkname = _os.readlink(name)
            elif _stat.S_ISREG(status.st_mode):
                info.size = status.st_size
            else:
                return None
            return info

        def add(self, name, arcname=None, recursive=True, *, filter=None):
            self._check("wx")
            info = self.gettarinfo(name, arcname)
            if info is None:
                return
            if filter is not None:
                info = filter(info)
                if info is None:
                    return
            if info.isfile():
                with _io_open(name, "rb") as f:
                    self.addfile(info, f)
            else:
                self.addfile(info)
            if info.isdir() and recursive:
                for entry in sorted(_os.listdir(name)):
                    self.add(_os.path.join(name, entry), _os.path.join(info.name, entry), recursive,
                             filter=filter)

        def addfile(self, tarinfo, fileobj=None):
            self._check("wx")
            content = b""
            if fileobj is not None:
                content = fileobj.read(tarinfo.size)
                if len(content) < tarinfo.size:
                    raise OSError("unexpected end of data")
            self._blocks.append(tarinfo.tobuf(self.format))
            if content:
                self._blocks.append(content + NUL * (-len(content) % BLOCKSIZE))
            self.members.append(tarinfo)

        def list(self, verbose=True, *, members=None):
            for member in (self.getmembers() if members is None else members):
                if verbose:
                    print(_stat.filemode(member.mode | (_stat.S_IFDIR if member.isdir() else _stat.S_IFREG)),
                          "%s/%s" % (member.uname or member.uid, member.gname or member.gid),
                          "%10d" % member.size, member.name + ("/" if member.isdir() else ""))
                else:
                    print(member.name + ("/" if member.isdir() else ""))

        def close(self):
            if self.closed:
                return
            self.closed = True
            if self.mode in "wx":
                data = b"".join(self._blocks) + NUL * (2 * BLOCKSIZE)
                data += NUL * (-len(data) % RECORDSIZE)
                if self._compression == "gz":
                    data = _gzip.compress(data)
                if self._fileobj is not None:
                    self._fileobj.write(data)
                else:
                    with _io_open(self.name, "wb") as f:
                        f.write(data)

        def __enter__(self):
            self._check()
            return self

        def __exit__(self, kind, value, traceback):
            self.close()
            return False


    def open(name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        if not name and fileobj is None:
            raise ValueError("nothing to open")
        base, colon, method = mode.replace("|", ":").partition(":")
        if base not in ("r", "w", "x", "a") or method not in ("", "*", "gz", "bz2", "xz", "tar"):
            raise ValueError("undiscernible mode")
        if not colon and base == "r":
            method = "*"
        if base != "r" and method in ("bz2", "xz"):
            raise CompressionError(f"{method} module is not available")
        if base == "r":
            if fileobj is None:
                with _io_open(name, "rb") as f:
                    data = f.read()
            else:
                data = fileobj.read()
            for kind, magic, missing in (("bz2", b"BZh", "not a bzip2 file"),
                                         ("xz", b"\xfd7zXZ\x00", "not an lzma file")):
                if method == kind:
                    if data.startswith(magic):
                        raise CompressionError(f"{kind} module is not available")
                    raise ReadError(missing)
            compressed = data[:2] == b"\x1f\x8b"
            if method == "gz" and not compressed:
                raise ReadError("not a gzip file")
            if compressed and method in ("gz", "*"):
                data = _gzip.decompress(data)
            elif compressed:
                raise ReadError("invalid header")
            try:
                archive = TarFile(name, "r", _io.BytesIO(data), **kwargs)
            except ReadError as error:
                if method != "*" or compressed:
                    raise
                # CPython tried each compression in turn and reports them all.
                raise ReadError("file could not be opened successfully:\n"
                                "- method gz: ReadError(%r)\n" % ("not a gzip file" if data else "empty file") +
                                "- method bz2: ReadError('not a bzip2 file')\n"
                                "- method xz: ReadError('not an lzma file')\n"
                                "- method tar: ReadError(%r)" % str(error)) from None
            archive.name = _os.path.abspath(name) if name else getattr(fileobj, "name", None)
            return archive
        archive = TarFile(name, base, fileobj, **kwargs)
        archive._compression = "gz" if method == "gz" else None
        return archive


    def is_tarfile(name):
        try:
            open(name).close()
            return True
        except (TarError, OSError, EOFError):
            return False
    """#
}
