/// The `json` module, written in the language itself: `dumps`/`dump` (`indent`, `sort_keys`,
/// `separators`, `ensure_ascii`, `default`, `allow_nan`, `skipkeys`, `check_circular`, `cls`
/// with `JSONEncoder`) and `loads`/`load` (`object_hook`, `object_pairs_hook`, `parse_float`,
/// `parse_int`, `parse_constant`) for dicts, lists, tuples, strings, numbers, booleans and
/// None, with CPython's output text and error messages for malformed input.
enum JSONSource {
  static let text = #"""
    class JSONDecodeError(ValueError):
        def __init__(self, msg, doc, pos):
            line = doc.count("\n", 0, pos) + 1
            column = pos - doc.rfind("\n", 0, pos)
            super().__init__(msg + ": line " + str(line) + " column " + str(column) + " (char " + str(pos) + ")")
            self.msg = msg
            self.pos = pos
            self.lineno = line
            self.colno = column


    _ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


    def _string(s, ensure_ascii):
        out = []
        for ch in s:
            if ch in _ESCAPES:
                out.append(_ESCAPES[ch])
            elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7E):
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
                else:
                    out.append("\\u%04x" % code)
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'


    def _is_mapping(o):
        # The collections module's mappings (dict subclasses in CPython, not here).
        return type(o).__module__ == "collections" and hasattr(o, "items") and hasattr(o, "_data")


    class JSONEncoder:
        """Python values to JSON text, as CPython's encoder writes them."""
        item_separator = ", "
        key_separator = ": "

        def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                     allow_nan=True, sort_keys=False, indent=None, separators=None,
                     default=None):
            self.skipkeys = skipkeys
            self.ensure_ascii = ensure_ascii
            self.check_circular = check_circular
            self.allow_nan = allow_nan
            self.sort_keys = sort_keys
            self.indent = indent
            if separators is not None:
                self.item_separator, self.key_separator = separators
            elif indent is not None:
                self.item_separator = ","
            if default is not None:
                self.default = default

        def default(self, o):
            raise TypeError("Object of type " + type(o).__name__ + " is not JSON serializable")

        def encode(self, o):
            return self._encode(o, 0, [])

        def _float(self, x):
            if x != x:
                text = "NaN"
            elif x == float("inf"):
                text = "Infinity"
            elif x == -float("inf"):
                text = "-Infinity"
            else:
                return repr(x) if type(x) is float else repr(float(x))
            if not self.allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        def _enter(self, o, open_ids):
            if self.check_circular:
                if id(o) in open_ids:
                    raise ValueError("Circular reference detected")
                open_ids.append(id(o))

        def _leave(self, open_ids):
            if self.check_circular:
                open_ids.pop()

        def _encode(self, o, level, open_ids):
            if isinstance(o, str):
                return _string(o, self.ensure_ascii)
            if o is None:
                return "null"
            if o is True:
                return "true"
            if o is False:
                return "false"
            if isinstance(o, int):
                return str(o) if type(o) is int else repr(int(o))
            if isinstance(o, float):
                return self._float(o)
            if isinstance(o, (list, tuple)) or (hasattr(o, "_fields") and hasattr(o, "_asdict")):
                if not len(o):
                    return "[]"
                self._enter(o, open_ids)
                parts = [self._encode(v, level + 1, open_ids) for v in o]
                self._leave(open_ids)
                return self._wrap("[", "]", parts, level)
            if isinstance(o, dict) or _is_mapping(o):
                if not len(o):
                    return "{}"
                self._enter(o, open_ids)
                items = sorted(o.items()) if self.sort_keys else list(o.items())
                parts = []
                for key, value in items:
                    if isinstance(key, str):
                        name = key
                    elif isinstance(key, float):
                        name = self._float(key)
                    elif key is True:
                        name = "true"
                    elif key is False:
                        name = "false"
                    elif key is None:
                        name = "null"
                    elif isinstance(key, int):
                        name = str(key) if type(key) is int else repr(int(key))
                    elif self.skipkeys:
                        continue
                    else:
                        raise TypeError("keys must be str, int, float, bool or None, not "
                                        + type(key).__name__)
                    parts.append(_string(name, self.ensure_ascii) + self.key_separator
                                 + self._encode(value, level + 1, open_ids))
                self._leave(open_ids)
                if not parts:
                    return "{}"
                return self._wrap("{", "}", parts, level)
            self._enter(o, open_ids)
            text = self._encode(self.default(o), level, open_ids)
            self._leave(open_ids)
            return text

        def _wrap(self, opening, closing, parts, level):
            if self.indent is None:
                return opening + self.item_separator.join(parts) + closing
            pad = " " * self.indent if isinstance(self.indent, int) else self.indent
            inner = "\n" + pad * (level + 1)
            return (opening + inner + (self.item_separator + inner).join(parts) + "\n"
                    + pad * level + closing)


    def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
              cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
        return (cls or JSONEncoder)(
            skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
            allow_nan=allow_nan, indent=indent, separators=separators, default=default,
            sort_keys=sort_keys, **kw).encode(obj)


    def dump(obj, fp, **options):
        fp.write(dumps(obj, **options))


    class _Parser:
        def __init__(self, text, hooks):
            self.text = text
            self.pos = 0
            (self.object_hook, self.parse_float, self.parse_int, self.parse_constant,
             self.object_pairs_hook) = hooks

        def fail(self, message):
            raise JSONDecodeError(message, self.text, self.pos)

        def skip(self):
            while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
                self.pos += 1

        def value(self):
            self.skip()
            if self.pos >= len(self.text):
                self.fail("Expecting value")
            ch = self.text[self.pos]
            if ch == "{":
                return self.object()
            if ch == "[":
                return self.array()
            if ch == '"':
                return self.string()
            for word, result in (("null", None), ("true", True), ("false", False),
                                 ("NaN", float("nan")), ("Infinity", float("inf")),
                                 ("-Infinity", -float("inf"))):
                if self.text.startswith(word, self.pos):
                    self.pos += len(word)
                    if self.parse_constant is not None and word[0] in "NI-":
                        return self.parse_constant(word)
                    return result
            return self.number()

        def number(self):
            start = self.pos
            text = self.text
            if self.pos < len(text) and text[self.pos] == "-":
                self.pos += 1
            digits = self.pos
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
            if self.pos == digits:
                self.pos = start
                self.fail("Expecting value")
            is_float = False
            if self.pos < len(text) and text[self.pos] == ".":
                is_float = True
                self.pos += 1
                while self.pos < len(text) and text[self.pos].isdigit():
                    self.pos += 1
            if self.pos < len(text) and text[self.pos] in "eE":
                is_float = True
                self.pos += 1
                if self.pos < len(text) and text[self.pos] in "+-":
                    self.pos += 1
                while self.pos < len(text) and text[self.pos].isdigit():
                    self.pos += 1
            literal = text[start:self.pos]
            if is_float:
                return float(literal) if self.parse_float is None else self.parse_float(literal)
            return int(literal) if self.parse_int is None else self.parse_int(literal)

        def string(self):
            start = self.pos
            self.pos += 1
            out = []
            text = self.text
            while True:
                if self.pos >= len(text):
                    self.pos = start
                    self.fail("Unterminated string starting at")
                ch = text[self.pos]
                if ch == '"':
                    self.pos += 1
                    return "".join(out)
                if ch == "\\":
                    self.pos += 1
                    code = text[self.pos] if self.pos < len(text) else ""
                    simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                    if code in simple:
                        out.append(simple[code])
                        self.pos += 1
                    elif code == "u":
                        value = int(text[self.pos + 1:self.pos + 5], 16)
                        self.pos += 5
                        if 0xD800 <= value < 0xDC00 and text.startswith("\\u", self.pos):
                            low = int(text[self.pos + 2:self.pos + 6], 16)
                            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                            self.pos += 6
                        out.append(chr(value))
                    else:
                        self.fail("Invalid \\escape")
                else:
                    out.append(ch)
                    self.pos += 1

        def array(self):
            self.pos += 1
            items = []
            self.skip()
            if self.text.startswith("]", self.pos):
                self.pos += 1
                return items
            while True:
                items.append(self.value())
                self.skip()
                if self.text.startswith(",", self.pos):
                    self.pos += 1
                elif self.text.startswith("]", self.pos):
                    self.pos += 1
                    return items
                else:
                    self.fail("Expecting ',' delimiter")

        def object(self):
            self.pos += 1
            pairs = []
            self.skip()
            if self.text.startswith("}", self.pos):
                self.pos += 1
                return self.made(pairs)
            while True:
                self.skip()
                if not self.text.startswith('"', self.pos):
                    self.fail("Expecting property name enclosed in double quotes")
                key = self.string()
                self.skip()
                if not self.text.startswith(":", self.pos):
                    self.fail("Expecting ':' delimiter")
                self.pos += 1
                pairs.append((key, self.value()))
                self.skip()
                if self.text.startswith(",", self.pos):
                    self.pos += 1
                elif self.text.startswith("}", self.pos):
                    self.pos += 1
                    return self.made(pairs)
                else:
                    self.fail("Expecting ',' delimiter")

        def made(self, pairs):
            if self.object_pairs_hook is not None:
                return self.object_pairs_hook(pairs)
            result = dict(pairs)
            return result if self.object_hook is None else self.object_hook(result)


    def loads(s, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
              object_pairs_hook=None):
        if isinstance(s, (bytes, bytearray)):
            s = s.decode("utf-8")
        elif not isinstance(s, str):
            raise TypeError("the JSON object must be str, bytes or bytearray, not "
                            + type(s).__name__)
        parser = _Parser(s, (object_hook, parse_float, parse_int, parse_constant,
                             object_pairs_hook))
        result = parser.value()
        parser.skip()
        if parser.pos != len(s):
            parser.fail("Extra data")
        return result


    def load(fp, **options):
        return loads(fp.read(), **options)
    """#
}
