/// `base64`, written in the language on `binascii`: base64 (standard, URL-safe, MIME lines),
/// base32 (and its extended-hex alphabet), base16, base85 and Ascii85, with CPython's
/// arguments, padding rules and error texts.
enum Base64Source {
  static let text = #"""
    import binascii

    __all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
               "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode",
               "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "b85encode",
               "b85decode", "a85encode", "a85decode", "encodebytes", "decodebytes"]


    def _bytes_from_decode_data(s):
        if isinstance(s, str):
            try:
                return s.encode("ascii")
            except UnicodeEncodeError:
                raise ValueError("string argument should contain only ASCII characters")
        if isinstance(s, (bytes, bytearray)):
            return bytes(s)
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__)


    def _bytes_to_encode(s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not %r"
                            % type(s).__name__)
        return s


    def b64encode(s, altchars=None):
        encoded = binascii.b2a_base64(s, newline=False)
        if altchars is not None:
            assert len(altchars) == 2, repr(altchars)
            return encoded.translate(bytes.maketrans(b"+/", altchars))
        return encoded


    def b64decode(s, altchars=None, validate=False):
        s = _bytes_from_decode_data(s)
        if altchars is not None:
            altchars = _bytes_from_decode_data(altchars)
            assert len(altchars) == 2, repr(altchars)
            s = s.translate(bytes.maketrans(altchars, b"+/"))
        return binascii.a2b_base64(s, strict_mode=validate)


    def standard_b64encode(s):
        return b64encode(s)


    def standard_b64decode(s):
        return b64decode(s)


    def urlsafe_b64encode(s):
        return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


    def urlsafe_b64decode(s):
        s = _bytes_from_decode_data(s)
        return b64decode(s.translate(bytes.maketrans(b"-_", b"+/")))


    def _input_type_check(s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("expected bytes-like object, not %s" % type(s).__name__)


    def encodebytes(s):
        _input_type_check(s)
        return b"".join(binascii.b2a_base64(s[i:i + 57]) for i in range(0, len(s), 57))


    def decodebytes(s):
        _input_type_check(s)
        return binascii.a2b_base64(s)


    _B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    _B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
    # Padding characters after the data characters of a last quantum of 1 to 4 bytes.
    _B32PADS = {1: 6, 2: 4, 3: 3, 4: 1}


    def _b32encode(alphabet, s):
        s = _bytes_to_encode(s)
        out = []
        for i in range(0, len(s), 5):
            chunk = s[i:i + 5]
            acc = int.from_bytes(chunk + bytes(5 - len(chunk)), "big")
            chars = [alphabet[(acc >> (35 - 5 * k)) & 31] for k in range(8)]
            if len(chunk) < 5:
                pads = _B32PADS[len(chunk)]
                chars = chars[:8 - pads] + [61] * pads
            out.extend(chars)
        return bytes(out)


    def _b32decode(alphabet, s, casefold=False, map01=None):
        s = _bytes_from_decode_data(s)
        if len(s) % 8:
            raise binascii.Error("Incorrect padding")
        if map01 is not None:
            map01 = _bytes_from_decode_data(map01)
            assert len(map01) == 1, repr(map01)
            s = s.translate(bytes.maketrans(b"01", b"O" + map01))
        if casefold:
            s = s.upper()
        length = len(s)
        s = s.rstrip(b"=")
        padchars = length - len(s)
        values = {c: i for i, c in enumerate(alphabet)}
        out = []
        for i in range(0, len(s), 8):
            acc = 0
            for c in s[i:i + 8]:
                if c not in values:
                    raise binascii.Error("Non-base32 digit found")
                acc = (acc << 5) + values[c]
            out.append(acc << 5 * (8 - len(s[i:i + 8])))
        decoded = b"".join(acc.to_bytes(5, "big") for acc in out)
        if length % 8 == 0 and padchars:
            if padchars not in (1, 3, 4, 6):
                raise binascii.Error("Incorrect padding")
            keep = (43 - 5 * padchars) // 8
            decoded = decoded[:len(decoded) - 5 + keep]
        return decoded


    def b32encode(s):
        return _b32encode(_B32, s)


    def b32decode(s, casefold=False, map01=None):
        return _b32decode(_B32, s, casefold, map01)


    def b32hexencode(s):
        return _b32encode(_B32HEX, s)


    def b32hexdecode(s, casefold=False):
        return _b32decode(_B32HEX, s, casefold)


    def b16encode(s):
        return binascii.hexlify(_bytes_to_encode(s)).upper()


    def b16decode(s, casefold=False):
        s = _bytes_from_decode_data(s)
        if casefold:
            s = s.upper()
        for c in s:
            if c not in b"0123456789ABCDEF":
                raise binascii.Error("Non-base16 digit found")
        return binascii.unhexlify(s)


    _B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
    _A85 = bytes(range(33, 118))


    def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
        b = _bytes_to_encode(b)
        padding = (-len(b)) % 4
        if padding:
            b = b + b"\0" * padding
        chunks = []
        for i in range(0, len(b), 4):
            word = int.from_bytes(b[i:i + 4], "big")
            if foldnuls and not word:
                chunks.append(b"z")
            elif foldspaces and word == 0x20202020:
                chunks.append(b"y")
            else:
                digits = []
                for _ in range(5):
                    word, d = divmod(word, 85)
                    digits.append(chars[d])
                chunks.append(bytes(reversed(digits)))
        if padding and not pad:
            if chunks[-1] == b"z":
                chunks[-1] = chars[0:1] * 5
            chunks[-1] = chunks[-1][:-padding]
        return b"".join(chunks)


    def b85encode(b, pad=False):
        return _85encode(b, _B85, pad)


    def b85decode(b):
        b = _bytes_from_decode_data(b)
        values = {c: i for i, c in enumerate(_B85)}
        padding = (-len(b)) % 5
        b = b + b"~" * padding
        out = []
        for i in range(0, len(b), 5):
            acc = 0
            for j, c in enumerate(b[i:i + 5]):
                if c not in values:
                    raise ValueError("bad base85 character at position %d" % (i + j))
                acc = acc * 85 + values[c]
            if acc > 0xFFFFFFFF:
                raise ValueError("base85 overflow in hunk starting at byte %d" % i)
            out.append(acc.to_bytes(4, "big"))
        result = b"".join(out)
        if padding:
            result = result[:-padding]
        return result


    def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
        result = _85encode(b, _A85, pad, True, foldspaces)
        if adobe:
            result = b"<~" + result
        if wrapcol:
            wrapcol = max(2 if adobe else 1, wrapcol)
            chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
            if adobe and len(chunks[-1]) + 2 > wrapcol:
                chunks.append(b"")
            result = b"\n".join(chunks)
        if adobe:
            result += b"~>"
        return result


    def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
        b = _bytes_from_decode_data(b)
        if adobe:
            if not b.endswith(b"~>"):
                raise ValueError("Ascii85 encoded byte sequences must end with %r" % b"~>")
            b = b[2:-2] if b.startswith(b"<~") else b[:-2]
        decoded = []
        current = []
        for x in b + b"u" * 4:
            if 33 <= x <= 117:
                current.append(x)
                if len(current) == 5:
                    acc = 0
                    for c in current:
                        acc = acc * 85 + (c - 33)
                    if acc > 0xFFFFFFFF:
                        raise ValueError("Ascii85 overflow")
                    decoded.append(acc.to_bytes(4, "big"))
                    current = []
            elif x == 122:
                if current:
                    raise ValueError("z inside Ascii85 5-tuple")
                decoded.append(b"\0\0\0\0")
            elif foldspaces and x == 121:
                if current:
                    raise ValueError("y inside Ascii85 5-tuple")
                decoded.append(b"    ")
            elif x in ignorechars:
                continue
            else:
                raise ValueError("Non-Ascii85 digit found: %c" % x)
        result = b"".join(decoded)
        padding = 4 - len(current)
        if padding:
            result = result[:-padding]
        return result
    """#
}
