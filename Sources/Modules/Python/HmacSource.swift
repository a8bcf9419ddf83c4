/// `hmac` (RFC 2104), written in the language on `hashlib`: `new`/`HMAC` (`update`, `digest`,
/// `hexdigest`, `copy`, `name`, `digest_size`, `block_size`), `digest` and `compare_digest`.
enum HmacSource {
  static let text = #"""
    import hashlib as _hashlib

    digest_size = None


    class HMAC:
        blocksize = 64

        def __init__(self, key, msg=None, digestmod=""):
            if not isinstance(key, (bytes, bytearray)):
                raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
            if not digestmod:
                raise TypeError("Missing required parameter 'digestmod'.")
            if callable(digestmod):
                self._digest_cons = digestmod
            else:
                self._digest_cons = lambda d=b"": _hashlib.new(digestmod, d)
            self._outer = self._digest_cons()
            self._inner = self._digest_cons()
            self.digest_size = self._inner.digest_size
            blocksize = getattr(self._inner, "block_size", self.blocksize)
            if len(key) > blocksize:
                key = self._digest_cons(key).digest()
            key = key.ljust(blocksize, b"\0")
            self._outer.update(bytes(x ^ 0x5C for x in key))
            self._inner.update(bytes(x ^ 0x36 for x in key))
            self.block_size = blocksize
            if msg is not None:
                self.update(msg)

        @property
        def name(self):
            return "hmac-" + self._inner.name

        def update(self, msg):
            self._inner.update(msg)

        def copy(self):
            other = self.__class__.__new__(self.__class__)
            other._digest_cons = self._digest_cons
            other.digest_size = self.digest_size
            other.block_size = self.block_size
            other._inner = self._inner.copy()
            other._outer = self._outer.copy()
            return other

        def _current(self):
            h = self._outer.copy()
            h.update(self._inner.digest())
            return h

        def digest(self):
            return self._current().digest()

        def hexdigest(self):
            return self._current().hexdigest()


    def new(key, msg=None, digestmod=""):
        return HMAC(key, msg, digestmod)


    def digest(key, msg, digest):
        return HMAC(key, msg, digest).digest()


    def compare_digest(a, b):
        if isinstance(a, str) and isinstance(b, str):
            if not (a.isascii() and b.isascii()):
                raise TypeError("comparing strings with non-ASCII characters is not supported")
            a, b = a.encode(), b.encode()
        elif isinstance(a, (bytes, bytearray)) != isinstance(b, (bytes, bytearray)) and (
                isinstance(a, str) or isinstance(b, str)):
            raise TypeError("a bytes-like object is required, not 'str'")
        elif not (isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray))):
            raise TypeError("unsupported operand types(s) or combination of types: %r and %r"
                            % (type(a).__name__, type(b).__name__))
        # Every byte looked at, whatever the first difference: no early exit to time.
        result = len(a) ^ len(b)
        for x, y in zip(a, b if len(a) == len(b) else a):
            result |= x ^ y
        return result == 0
    """#
}
