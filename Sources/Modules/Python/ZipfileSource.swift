/// `zipfile`, written in the language on `struct` and `zlib`: reading zip archives (stored or
/// deflated members: `namelist`, `infolist`, `getinfo`, `read`, `open`, `extract`,
/// `extractall`, `testzip`) and writing them (`write`, `writestr`, modes `w` and `x`), as
/// datasets downloaded as `.zip` are unpacked.
enum ZipfileSource {
  static let text = #"""
    import io as _io
    import os as _os
    import stat as _stat
    import struct as _struct
    import time as _time
    import zlib as _zlib

    ZIP_STORED = 0
    ZIP_DEFLATED = 8
    ZIP_BZIP2 = 12
    ZIP_LZMA = 14
    _NAMES = {0: "store", 8: "deflate", 12: "bzip2", 14: "lzma"}
    _END = "<4s4H2LH"
    _CENTRAL = "<4s4B4HL2L5H2L"
    _LOCAL = "<4s2B4HL2L2H"


    class BadZipFile(Exception):
        pass


    class LargeZipFile(Exception):
        pass


    BadZipfile = error = BadZipFile


    class ZipInfo:
        def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
            self.orig_filename = filename
            self.filename = filename.replace(_os.sep, "/")
            self.date_time = date_time
            if date_time[0] < 1980:
                raise ValueError("ZIP does not support timestamps before 1980")
            self.compress_type = ZIP_STORED
            self.comment = b""
            self.extra = b""
            self.create_system = 3
            self.create_version = 20
            self.extract_version = 20
            self.reserved = 0
            self.flag_bits = 0
            self.volume = 0
            self.internal_attr = 0
            self.external_attr = 0
            self.header_offset = 0
            self.CRC = 0
            self.compress_size = 0
            self.file_size = 0

        def is_dir(self):
            return self.filename.endswith("/")

        def __repr__(self):
            parts = ["<ZipInfo filename=%r" % self.filename]
            if self.compress_type != ZIP_STORED:
                parts.append(" compress_type=%s" % _NAMES.get(self.compress_type, self.compress_type))
            high, low = self.external_attr >> 16, self.external_attr & 0xFFFF
            if high:
                parts.append(" filemode=%r" % _stat.filemode(high))
            if low:
                parts.append(" external_attr=%#x" % low)
            directory = self.is_dir()
            if not directory or self.file_size:
                parts.append(" file_size=%r" % self.file_size)
            if (not directory or self.compress_size) and (
                    self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
                parts.append(" compress_size=%r" % self.compress_size)
            return "".join(parts) + ">"

        @classmethod
        def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
            status = _os.stat(filename)
            directory = _stat.S_ISDIR(status.st_mode)
            date_time = _time.localtime(status.st_mtime)[0:6]
            if not strict_timestamps and date_time[0] < 1980:
                date_time = (1980, 1, 1, 0, 0, 0)
            name = _os.path.normpath(arcname if arcname is not None else filename)
            name = name.lstrip("/")
            if directory:
                name += "/"
            info = cls(name, date_time)
            info.external_attr = (status.st_mode & 0xFFFF) << 16
            if directory:
                info.file_size = 0
                info.external_attr |= 0x10
            else:
                info.file_size = status.st_size
            return info

        def _dos_time(self):
            y, mo, d, h, mi, s = self.date_time
            return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


    class ZipFile:
        def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                     compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
            if mode not in ("r", "w", "x", "a"):
                raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
            if mode == "a":
                raise NotImplementedError("NumBook's zipfile does not append to archives")
            if compression not in (ZIP_STORED, ZIP_DEFLATED):
                raise NotImplementedError("That compression method is not supported")
            self.mode = mode
            self.compression = compression
            self.compresslevel = compresslevel
            self.comment = b""
            self.filelist = []
            self.NameToInfo = {}
            self._members = []
            self._closed = False
            if isinstance(file, str) or not (hasattr(file, "read") or hasattr(file, "write")):
                self.filename = str(file)
                self.fp = None
            else:
                self.filename = getattr(file, "name", None)
                self.fp = file
            if mode == "r":
                if self.fp is None:
                    with open(self.filename, "rb") as f:
                        self._data = f.read()
                else:
                    self._data = self.fp.read()
                self._read_directory()
            elif mode == "x" and self.fp is None and _os.path.exists(self.filename):
                raise FileExistsError(17, "File exists", self.filename)

        def _read_directory(self):
            data = self._data
            end = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 65535))
            if end < 0 or len(data) - end < 22:
                raise BadZipFile("File is not a zip file")
            _, _, _, _, count, size, offset, comment_length = _struct.unpack(_END, data[end:end + 22])
            self.comment = data[end + 22:end + 22 + comment_length]
            position = offset
            for _ in range(count):
                fields = _struct.unpack(_CENTRAL, data[position:position + 46])
                if fields[0] != b"PK\x01\x02":
                    raise BadZipFile("Bad magic number for central directory")
                (_, create_version, create_system, extract_version, reserved, flags, method,
                 dos_time, dos_date, crc, compress_size, file_size, name_length, extra_length,
                 comment_length, _, internal, external, header_offset) = fields
                start = position + 46
                raw_name = data[start:start + name_length]
                name = raw_name.decode("utf-8", "replace")
                info = ZipInfo(name, ((dos_date >> 9) + 1980, (dos_date >> 5) & 15, dos_date & 31,
                                      dos_time >> 11, (dos_time >> 5) & 63, (dos_time & 31) * 2))
                info.extra = data[start + name_length:start + name_length + extra_length]
                info.comment = data[start + name_length + extra_length:
                                    start + name_length + extra_length + comment_length]
                info.create_version, info.create_system = create_version, create_system
                info.extract_version, info.reserved, info.flag_bits = extract_version, reserved, flags
                info.compress_type, info.CRC = method, crc
                info.compress_size, info.file_size = compress_size, file_size
                info.internal_attr, info.external_attr = internal, external
                info.header_offset = header_offset
                self.filelist.append(info)
                self.NameToInfo[info.filename] = info
                position = start + name_length + extra_length + comment_length

        def _check(self, writing=False):
            if writing:
                if self._closed:
                    raise ValueError("Attempt to write to ZIP archive that was already closed")
                if self.mode not in ("w", "x"):
                    raise ValueError("write() requires mode 'w', 'x', or 'a'")
            elif self._closed:
                raise ValueError("Attempt to use ZIP archive that was already closed")
            elif self.mode != "r":
                raise ValueError("NumBook's zipfile reads members only in mode 'r'")

        def namelist(self):
            return [info.filename for info in self.filelist]

        def infolist(self):
            return list(self.filelist)

        def getinfo(self, name):
            info = self.NameToInfo.get(name)
            if info is None:
                raise KeyError("There is no item named %r in the archive" % name)
            return info

        def _info(self, member):
            return member if isinstance(member, ZipInfo) else self.getinfo(member)

        def read(self, name, pwd=None):
            self._check()
            info = self._info(name)
            if info.flag_bits & 0x1:
                raise NotImplementedError("encrypted zip members are not supported")
            data = self._data
            fields = _struct.unpack(_LOCAL, data[info.header_offset:info.header_offset + 30])
            if fields[0] != b"PK\x03\x04":
                raise BadZipFile("Bad magic number for file header")
            start = info.header_offset + 30 + fields[-2] + fields[-1]
            raw = data[start:start + info.compress_size]
            if info.compress_type == ZIP_STORED:
                content = raw
            elif info.compress_type == ZIP_DEFLATED:
                content = _zlib.decompress(raw, -15)
            else:
                raise NotImplementedError("That compression method is not supported")
            if _zlib.crc32(content) != info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % info.filename)
            return content

        def open(self, name, mode="r", pwd=None, *, force_zip64=False):
            if mode != "r":
                raise ValueError('open() requires mode "r" in NumBook\'s zipfile')
            handle = _io.BytesIO(self.read(name))
            handle.name = self._info(name).filename
            return handle

        def testzip(self):
            for info in self.filelist:
                try:
                    self.read(info)
                except BadZipFile:
                    return info.filename
            return None

        def extract(self, member, path=None, pwd=None):
            return self._extract(self._info(member), _os.getcwd() if path is None else str(path))

        def extractall(self, path=None, members=None, pwd=None):
            target = _os.getcwd() if path is None else str(path)
            for member in (self.filelist if members is None else members):
                self._extract(self._info(member), target)

        def _extract(self, info, path):
            # The name's parts without '', '.' and '..' (nothing lands outside `path`).
            parts = [p for p in info.filename.split("/") if p not in ("", ".", "..")]
            target = _os.path.normpath(_os.path.join(path, *parts)) if parts else path
            if info.is_dir():
                if not _os.path.isdir(target):
                    _os.makedirs(target)
                return target
            parent = _os.path.dirname(target)
            if parent and not _os.path.exists(parent):
                _os.makedirs(parent)
            with open(target, "wb") as f:
                f.write(self.read(info))
            return target

        def printdir(self, file=None):
            print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
            for info in self.filelist:
                date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
                print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

        def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
            self._check(writing=True)
            info = ZipInfo.from_file(filename, arcname)
            if info.is_dir():
                info.compress_size = 0
                self._add(info, b"", ZIP_STORED, None)
                return
            with open(filename, "rb") as f:
                content = f.read()
            self._add(info, content, self.compression if compress_type is None else compress_type,
                      self.compresslevel if compresslevel is None else compresslevel)

        def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
            self._check(writing=True)
            if isinstance(data, str):
                data = data.encode("utf-8")
            if isinstance(zinfo_or_arcname, ZipInfo):
                info = zinfo_or_arcname
                method = info.compress_type if compress_type is None else compress_type
            else:
                info = ZipInfo(zinfo_or_arcname, _time.localtime(_time.time())[:6])
                method = self.compression if compress_type is None else compress_type
                info.external_attr = (0o40775 << 16) | 0x10 if info.is_dir() else 0o600 << 16
            self._add(info, data, method, self.compresslevel if compresslevel is None else compresslevel)

        def mkdir(self, zinfo_or_directory, mode=511):
            name = zinfo_or_directory.filename if isinstance(zinfo_or_directory, ZipInfo) else zinfo_or_directory
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name, _time.localtime(_time.time())[:6])
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
            self._add(info, b"", ZIP_STORED, None)

        def _add(self, info, content, method, level):
            if method not in (ZIP_STORED, ZIP_DEFLATED):
                raise NotImplementedError("That compression method is not supported")
            info.compress_type = method
            if not info.external_attr:
                info.external_attr = 0o600 << 16  # ?rw------- as CPython marks such members
            info.file_size = len(content)
            info.CRC = _zlib.crc32(content)
            stored = _zlib.compress(content, -1 if level is None else level, -15) if method == ZIP_DEFLATED else content
            info.compress_size = len(stored)
            if not info.filename.isascii():
                info.flag_bits |= 0x800
            self._members.append((info, stored))
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

        def close(self):
            if self._closed:
                return
            self._closed = True
            if self.mode not in ("w", "x"):
                return
            pieces = []
            central = []
            offset = 0
            for info, stored in self._members:
                name = info.filename.encode("utf-8")
                dos_time, dos_date = info._dos_time()
                info.header_offset = offset
                local = _struct.pack(_LOCAL, b"PK\x03\x04", info.extract_version, 0, info.flag_bits,
                                    info.compress_type, dos_time, dos_date, info.CRC,
                                    info.compress_size, info.file_size, len(name), len(info.extra))
                pieces += [local, name, info.extra, stored]
                offset += len(local) + len(name) + len(info.extra) + len(stored)
                central += [_struct.pack(_CENTRAL, b"PK\x01\x02", info.create_version, info.create_system,
                                          info.extract_version, info.reserved, info.flag_bits,
                                          info.compress_type, dos_time, dos_date, info.CRC,
                                          info.compress_size, info.file_size, len(name),
                                          len(info.extra), len(info.comment), 0,
                                          info.internal_attr, info.external_attr,
                                          info.header_offset),
                            name, info.extra, info.comment]
            directory = b"".join(central)
            end = _struct.pack(_END, b"PK\x05\x06", 0, 0, len(self._members), len(self._members),
                            len(directory), offset, len(self.comment))
            data = b"".join(pieces) + directory + end + self.comment
            if self.fp is not None:
                self.fp.write(data)
            else:
                with open(self.filename, "wb") as f:
                    f.write(data)

        def __enter__(self):
            return self

        def __exit__(self, kind, value, traceback):
            self.close()
            return False

        def __repr__(self):
            state = "closed" if self._closed else "mode=%r" % self.mode
            shown = " filename=%r" % self.filename if self.filename is not None else ""
            return "<zipfile.ZipFile%s %s>" % (shown, state)


    def is_zipfile(filename):
        try:
            if hasattr(filename, "read"):
                data = filename.read()
            else:
                with open(filename, "rb") as f:
                    data = f.read()
        except OSError:
            return False
        end = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 65535))
        return end >= 0 and len(data) - end >= 22
    """#
}
