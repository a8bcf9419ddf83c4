/// `urllib.error` and `urllib.request`, written in the language: `urlopen` and `urlretrieve`
/// of http, https and ftp URLs through curl (`_urlfetch`), of `file:` URLs from the disk, with
/// CPython's responses (`read`, `status`, `headers`, `with`), `Request` objects with headers
/// and data, and CPython's errors (`HTTPError` for a 4xx or 5xx status, `URLError` naming
/// the reason: `<urlopen error [Errno 111] Connection refused>`). The course's dataset loaders
/// download MNIST with `urllib.request.urlretrieve`.
enum UrllibRequestSource {
  static let error = #"""
    class URLError(OSError):
        def __init__(self, reason, filename=None):
            self.args = (reason,)
            self.reason = reason
            if filename is not None:
                self.filename = filename

        def __str__(self):
            return "<urlopen error %s>" % (self.reason,)


    class HTTPError(URLError):
        def __init__(self, url, code, msg, hdrs, fp):
            self.code = code
            self.msg = msg
            self.hdrs = hdrs
            self.fp = fp
            self.filename = url
            self.args = (url, code, msg, hdrs, fp)

        @property
        def reason(self):
            return self.msg

        @property
        def headers(self):
            return self.hdrs

        @property
        def status(self):
            return self.code

        def getcode(self):
            return self.code

        def geturl(self):
            return self.filename

        def info(self):
            return self.hdrs

        def read(self, amt=None):
            return b"" if self.fp is None else self.fp.read(amt)

        def __str__(self):
            return "HTTP Error %s: %s" % (self.code, self.msg)

        def __repr__(self):
            return "<HTTPError %s: %r>" % (self.code, self.msg)


    class ContentTooShortError(URLError):
        def __init__(self, message, content):
            URLError.__init__(self, message)
            self.content = content
    """#

  static let request = #"""
    import io as _io
    import os as _os
    import tempfile as _tempfile
    import shutil as _shutil
    import _urlfetch
    from urllib.error import URLError, HTTPError, ContentTooShortError
    from urllib.parse import urlsplit as _urlsplit, unquote as _unquote

    __all__ = ["Request", "urlopen", "urlretrieve", "urlcleanup", "HTTPError", "URLError"]

    _REASONS = {200: "OK", 201: "Created", 202: "Accepted", 204: "No Content",
                301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
                307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
                401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
                405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout",
                409: "Conflict", 410: "Gone", 413: "Request Entity Too Large",
                414: "Request-URI Too Long", 415: "Unsupported Media Type",
                429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented",
                502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
    _temporary_files = []


    class HTTPMessage:
        """The headers of a response: looked up without regard to case, as email's Message."""

        def __init__(self, pairs=()):
            self._pairs = list(pairs)

        def get(self, name, failobj=None):
            for key, value in self._pairs:
                if key.lower() == name.lower():
                    return value
            return failobj

        def get_all(self, name, failobj=None):
            found = [value for key, value in self._pairs if key.lower() == name.lower()]
            return found or failobj

        def __getitem__(self, name):
            return self.get(name)

        def __contains__(self, name):
            return any(key.lower() == name.lower() for key, _ in self._pairs)

        def __len__(self):
            return len(self._pairs)

        def __iter__(self):
            return iter(self.keys())

        def keys(self):
            return [key for key, _ in self._pairs]

        def values(self):
            return [value for _, value in self._pairs]

        def items(self):
            return list(self._pairs)

        def get_content_type(self):
            value = self.get("content-type")
            return "text/plain" if value is None else value.split(";")[0].strip().lower()

        def get_content_charset(self, failobj=None):
            for part in (self.get("content-type") or "").split(";")[1:]:
                key, _, value = part.strip().partition("=")
                if key.lower() == "charset":
                    return value.strip('"').lower()
            return failobj

        def as_string(self):
            return "".join("%s: %s\n" % pair for pair in self._pairs) + "\n"

        def __str__(self):
            return self.as_string()


    class Request:
        def __init__(self, url, data=None, headers={}, origin_req_host=None,
                     unverifiable=False, method=None):
            self.full_url = url
            self.data = data
            self.headers = {}
            for key, value in headers.items():
                self.add_header(key, value)
            self.origin_req_host = origin_req_host
            self.unverifiable = unverifiable
            self.method = method

        @property
        def full_url(self):
            return self._full_url

        @full_url.setter
        def full_url(self, url):
            self._full_url = url
            self.type, self.host = _url_type(url)
            # What follows the host (the path and query), the fragment left out.
            rest = url.partition("#")[0].partition(":")[2]
            self.selector = rest[2 + len(self.host):] if rest[:2] == "//" else rest

        def get_method(self):
            return self.method or ("POST" if self.data is not None else "GET")

        def get_full_url(self):
            return self._full_url

        def add_header(self, key, val):
            self.headers[key.capitalize()] = val

        def has_header(self, header_name):
            return header_name in self.headers

        def get_header(self, header_name, default=None):
            return self.headers.get(header_name, default)

        def remove_header(self, header_name):
            self.headers.pop(header_name, None)

        def header_items(self):
            return list(self.headers.items())


    class _Response:
        """A response read whole: http.client's HTTPResponse (or, for a file, urllib's
        addinfourl, whose status is None)."""

        def __init__(self, url, status, reason, headers, content):
            self.url = url
            self.status = status
            self.code = status
            self.reason = reason
            self.headers = headers
            self.msg = headers if status is not None else None
            self._body = _io.BytesIO(content)

        @property
        def closed(self):
            return self._body.closed

        def read(self, amt=None):
            return self._body.read(-1 if amt is None else amt)

        def read1(self, amt=-1):
            return self.read(amt)

        def readline(self, limit=-1):
            return self._body.readline(-1 if limit is None else limit)

        def readlines(self, hint=-1):
            return self._body.readlines()

        def __iter__(self):
            return iter(self._body)

        def getcode(self):
            return self.status

        def geturl(self):
            return self.url

        def info(self):
            return self.headers

        def getheader(self, name, default=None):
            found = self.headers.get_all(name)
            return default if found is None else ", ".join(found)

        def getheaders(self):
            return self.headers.items()

        def close(self):
            self._body.close()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.close()
            return False


    def _url_type(url):
        scheme, found, rest = url.partition(":")
        valid = found and scheme and scheme[0].isascii() and scheme[0].isalpha() and all(
            c.isascii() and (c.isalnum() or c in "+-.") for c in scheme)
        if not valid:
            raise ValueError("unknown url type: %r" % url)
        return scheme.lower(), _urlsplit(url).netloc


    def _file_path(url):
        return _unquote(_urlsplit(url).path)


    def _open_file(url):
        path = _file_path(url)
        try:
            with open(path, "rb") as f:
                content = f.read()
        except OSError as e:
            raise URLError(e, path) from None
        # (As CPython: a missing file is reported before a host that is not this machine.)
        if _urlsplit(url).netloc not in ("", "localhost"):
            raise URLError("file not on local host")
        headers = HTTPMessage([("Content-length", str(len(content)))])
        return _Response(url, None, "", headers, content)


    def _status_and_headers(header_path):
        # The last block of headers: those of the final response after any redirects.
        with open(header_path, "rb") as f:
            text = f.read().decode("latin-1")
        blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
        if not blocks:
            return "", HTTPMessage()
        lines = blocks[-1].split("\n")
        pairs = []
        for line in lines[1:]:
            key, found, value = line.partition(":")
            if found:
                pairs.append((key.strip(), value.strip()))
        return lines[0], HTTPMessage(pairs)


    def _fetch(request, target, timeout):
        """Downloads `request` into the file `target`: (status, reason, headers), or raises
        URLError for a transfer that failed and HTTPError for a 4xx or 5xx status."""
        url = request.full_url
        header_path = _temporary_path()
        data_path = None
        try:
            data = request.data
            if data is not None:
                if isinstance(data, str):
                    raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
                data_path = _temporary_path()
                with open(data_path, "wb") as f:
                    f.write(bytes(data))
            headers = ["%s: %s" % item for item in request.header_items()]
            method = request.method
            done = _urlfetch.fetch(url, target, header_path, headers, method, data_path, timeout)
            if done is None:
                raise URLError("curl is not installed: NumBook downloads with curl "
                               "(Debian package curl)")
            exit_status, status, message = done
            if exit_status != 0:
                raise URLError(_transfer_error(exit_status, message))
            status_line, headers = _status_and_headers(header_path)
        finally:
            for path in (header_path, data_path):
                if path is not None and _os.path.exists(path):
                    _os.remove(path)
        words = status_line.split(None, 2)
        reason = words[2] if len(words) > 2 else _REASONS.get(status, "")
        if status >= 400:
            with open(target, "rb") as f:
                body = f.read()
            raise HTTPError(url, status, reason, headers, _Response(url, status, reason, headers, body))
        return status, reason, headers


    def _transfer_error(exit_status, message):
        # curl's failures as the OSErrors CPython's sockets raise.
        if exit_status == 6:
            return OSError(-2, "Name or service not known")
        if exit_status == 7 and "unreachable" in message.lower():
            return OSError(101, "Network is unreachable")
        if exit_status == 7:
            return ConnectionRefusedError(111, "Connection refused")
        if exit_status == 28:
            return TimeoutError("timed out")
        return message.replace("curl: ", "", 1) or "transfer failed (curl exit status %d)" % exit_status


    def _temporary_path():
        file = _tempfile.NamedTemporaryFile(prefix="nb-url-", delete=False)
        file.close()
        return file.name


    def _request(url, data):
        request = url if isinstance(url, Request) else Request(url)
        if data is not None:
            request.data = data
        if request.type not in ("http", "https", "ftp", "file"):
            raise URLError("unknown url type: %s" % request.type)
        return request


    def urlopen(url, data=None, timeout=None, *, cafile=None, capath=None, cadefault=False,
                context=None):
        request = _request(url, data)
        if request.type == "file":
            return _open_file(request.full_url)
        target = _temporary_path()
        try:
            status, reason, headers = _fetch(request, target, timeout)
            with open(target, "rb") as f:
                content = f.read()
        finally:
            _os.remove(target)
        return _Response(request.full_url, status, reason, headers, content)


    def urlretrieve(url, filename=None, reporthook=None, data=None):
        request = _request(url, data)
        if request.type == "file":
            response = _open_file(request.full_url)
            headers = response.headers
            if filename is None:
                return _os.path.normpath(_file_path(request.full_url)), headers
            content = response.read()
            with open(filename, "wb") as f:
                f.write(content)
            size = len(content)
        else:
            target = _temporary_path()
            try:
                status, reason, headers = _fetch(request, target, None)
                size = _os.path.getsize(target)
                if filename is None:
                    filename = target
                    _temporary_files.append(target)
                else:
                    # (Opened first, as CPython does: a missing directory is the
                    # FileNotFoundError naming `filename`, not the temporary file.)
                    with open(filename, "wb"):
                        pass
                    _shutil.move(target, filename)
            finally:
                if _os.path.exists(target) and target != filename:
                    _os.remove(target)
        if reporthook is not None:
            # As CPython reports: once before reading, then after each block of 8192 bytes.
            declared = headers.get("Content-Length")
            total = int(declared) if declared is not None else -1
            reporthook(0, 8192, total)
            for block in range(1, (size + 8191) // 8192 + 1):
                reporthook(block, 8192, total)
        return filename, headers


    def urlcleanup():
        while _temporary_files:
            path = _temporary_files.pop()
            if _os.path.exists(path):
                _os.remove(path)
    """#
}
