/// `urllib.parse`, written in the language: splitting URLs into their parts and joining them
/// (`urlparse`, `urlsplit`, `urlunparse`, `urlunsplit`, `urljoin` by RFC 3986's resolution),
/// percent-encoding (`quote`, `quote_plus`, `unquote`, `unquote_plus`, `urlencode`) and query
/// strings (`parse_qs`, `parse_qsl`), with CPython's results.
enum UrllibParseSource {
  static let text = #"""
    from collections import namedtuple as _namedtuple

    uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https",
                     "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh",
                     "ws", "wss"]
    uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file",
                   "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync",
                   "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
    uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp",
                   "rtspu", "sip", "sips", "mms", "sftp", "tel"]
    _SCHEME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."
    _HEX_DIGITS = b"0123456789abcdefABCDEF"
    _ALWAYS_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")


    class _NetlocParts:
        __slots__ = ()

        @property
        def username(self):
            userinfo = self._userinfo()
            return None if userinfo is None else userinfo.partition(":")[0]

        @property
        def password(self):
            userinfo = self._userinfo()
            if userinfo is None or ":" not in userinfo:
                return None
            return userinfo.partition(":")[2]

        @property
        def hostname(self):
            host = self._hostinfo()[0]
            if not host:
                return None
            name, percent, zone = host.partition("%")
            return name.lower() + percent + zone

        @property
        def port(self):
            port = self._hostinfo()[1]
            if port is None:
                return None
            if not (port.isdigit() and port.isascii()):
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not 0 <= int(port) <= 65535:
                raise ValueError("Port out of range 0-65535")
            return int(port)

        def _userinfo(self):
            userinfo, found, _ = self.netloc.rpartition("@")
            return userinfo if found else None

        def _hostinfo(self):
            # (host, port): an IPv6 host without its brackets; no port when none is written.
            hostinfo = self.netloc.rpartition("@")[2]
            _, bracket, bracketed = hostinfo.partition("[")
            if bracket:
                host, _, rest = bracketed.partition("]")
                port = rest.partition(":")[2]
            else:
                host, _, port = hostinfo.partition(":")
            return host, (port or None)


    class SplitResult(_namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocParts):
        __slots__ = ()

        def geturl(self):
            return urlunsplit(self)


    class ParseResult(_namedtuple("ParseResult", "scheme netloc path params query fragment"),
                      _NetlocParts):
        __slots__ = ()

        def geturl(self):
            return urlunparse(self)


    def urlsplit(url, scheme="", allow_fragments=True):
        url = url.lstrip(" \t\n\r\x0b\x0c")
        for unsafe in "\t\r\n":
            url = url.replace(unsafe, "")
        netloc = query = fragment = ""
        colon = url.find(":")
        if colon > 0 and url[0].isascii() and url[0].isalpha() and all(c in _SCHEME_CHARS for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
        if url[:2] == "//":
            end = len(url)
            for c in "/?#":
                found = url.find(c, 2)
                if found >= 0:
                    end = min(end, found)
            netloc, url = url[2:end], url[end:]
            if ("[" in netloc) != ("]" in netloc):
                raise ValueError("Invalid IPv6 URL")
        if allow_fragments and "#" in url:
            url, fragment = url.split("#", 1)
        if "?" in url:
            url, query = url.split("?", 1)
        return SplitResult(scheme, netloc, url, query, fragment)


    def urlparse(url, scheme="", allow_fragments=True):
        scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
        params = ""
        if scheme in uses_params and ";" in url:
            # The parameters of the last segment of the path.
            last = url.rfind("/")
            semicolon = url.find(";", last if last >= 0 else 0)
            if semicolon >= 0:
                url, params = url[:semicolon], url[semicolon + 1:]
        return ParseResult(scheme, netloc, url, params, query, fragment)


    def urlunsplit(components):
        scheme, netloc, url, query, fragment = components
        if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
            if url and url[:1] != "/":
                url = "/" + url
            url = "//" + (netloc or "") + url
        if scheme:
            url = scheme + ":" + url
        if query:
            url = url + "?" + query
        if fragment:
            url = url + "#" + fragment
        return url


    def urlunparse(components):
        scheme, netloc, url, params, query, fragment = components
        if params:
            url = url + ";" + params
        return urlunsplit((scheme, netloc, url, query, fragment))


    def urljoin(base, url, allow_fragments=True):
        if not base:
            return url
        if not url:
            return base
        bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
        scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
        if not scheme:
            scheme = bscheme
        if scheme != bscheme or scheme not in uses_relative:
            return url
        if scheme in uses_netloc:
            if netloc:
                return urlunparse((scheme, netloc, path, params, query, fragment))
            netloc = bnetloc
        if not path and not params:
            return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
        # RFC 3986 section 5.2: merge with the base's directory, then remove dot segments.
        if path[:1] == "/":
            segments = path.split("/")
        else:
            directory = bpath.split("/")[:-1]
            segments = directory + path.split("/")
            segments[1:-1] = [s for s in segments[1:-1] if s]
        resolved = []
        for segment in segments:
            if segment == "..":
                if resolved:
                    resolved.pop()
            elif segment != ".":
                resolved.append(segment)
        if segments[-1] in (".", ".."):
            resolved.append("")
        return urlunparse((scheme, netloc, "/".join(resolved) or "/", params, query, fragment))


    class DefragResult(_namedtuple("DefragResult", "url fragment")):
        __slots__ = ()

        def geturl(self):
            return self.url + "#" + self.fragment if self.fragment else self.url


    def urldefrag(url):
        if "#" in url:
            scheme, netloc, path, params, query, fragment = urlparse(url)
            return DefragResult(urlunparse((scheme, netloc, path, params, query, "")), fragment)
        return DefragResult(url, "")


    def quote_from_bytes(bs, safe="/"):
        if isinstance(safe, str):
            safe = safe.encode("ascii", "ignore")
        keep = set(_ALWAYS_SAFE) | set(chr(b) for b in safe)
        return "".join(chr(b) if chr(b) in keep else "%{:02X}".format(b) for b in bs)


    def quote(string, safe="/", encoding=None, errors=None):
        if isinstance(string, str):
            if not string:
                return string
            string = string.encode(encoding or "utf-8", errors or "strict")
        return quote_from_bytes(string, safe)


    def quote_plus(string, safe="", encoding=None, errors=None):
        if (isinstance(string, str) and " " not in string) or (isinstance(string, bytes) and b" " not in string):
            return quote(string, safe, encoding, errors)
        if isinstance(safe, str):
            space = " "
        else:
            space = b" "
        return quote(string, safe + space, encoding, errors).replace(" ", "+")


    def unquote_to_bytes(string):
        if isinstance(string, str):
            string = string.encode("utf-8")
        pieces = string.split(b"%")
        out = list(pieces[0])
        for piece in pieces[1:]:
            head = piece[:2]
            if len(head) == 2 and all(c in _HEX_DIGITS for c in head):
                out.append(int(head.decode("ascii"), 16))
                out.extend(piece[2:])
            else:
                out.append(37)
                out.extend(piece)
        return bytes(out)


    def unquote(string, encoding="utf-8", errors="replace"):
        if isinstance(string, bytes):
            return unquote_to_bytes(string).decode(encoding, errors)
        if "%" not in string:
            return string
        return unquote_to_bytes(string).decode(encoding, errors)


    def unquote_plus(string, encoding="utf-8", errors="replace"):
        return unquote(string.replace("+", " "), encoding, errors)


    def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
        if hasattr(query, "items"):
            query = list(query.items())
        else:
            try:
                if len(query) and not isinstance(query[0], tuple):
                    raise TypeError
            except TypeError:
                raise TypeError("not a valid non-string sequence or mapping object") from None

        def text(value):
            if isinstance(value, bytes):
                return quote_via(value, safe)
            return quote_via(str(value), safe, encoding, errors)

        pairs = []
        for key, value in query:
            if doseq and not isinstance(value, (str, bytes)):
                try:
                    items = list(value)
                except TypeError:
                    pairs.append(text(key) + "=" + text(value))
                    continue
                for item in items:
                    pairs.append(text(key) + "=" + text(item))
            else:
                pairs.append(text(key) + "=" + text(value))
        return "&".join(pairs)


    def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
                  errors="replace", max_num_fields=None, separator="&"):
        if not qs:
            return []
        pairs = []
        for field in qs.split(separator):
            if not field and not strict_parsing:
                continue
            name, has_value, value = field.partition("=")
            if not has_value and strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if value or keep_blank_values:
                pairs.append((unquote_plus(name, encoding, errors), unquote_plus(value, encoding, errors)))
        return pairs


    def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
                 errors="replace", max_num_fields=None, separator="&"):
        result = {}
        for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                     max_num_fields, separator):
            result.setdefault(name, []).append(value)
        return result
    """#
}
