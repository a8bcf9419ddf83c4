/// The `json` module, written in the language itself: `dumps`/`dump` (`indent`, `sort_keys`,
/// `separators`, `ensure_ascii`) and `loads`/`load` for dicts, lists, tuples, strings, numbers,
/// booleans and None, with CPython's output text and error messages for malformed input.
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


    def _float(x):
        if x != x:
            return "NaN"
        if x == float("inf"):
            return "Infinity"
        if x == -float("inf"):
            return "-Infinity"
        return repr(x)


    def _encode(obj, indent, sort_keys, item_sep, key_sep, ensure_ascii, level):
        if obj is None:
            return "null"
        if obj is True:
            return "true"
        if obj is False:
            return "false"
        if isinstance(obj, int):
            return str(obj)
        if isinstance(obj, float):
            return _float(obj)
        if isinstance(obj, str):
            return _string(obj, ensure_ascii)
        if isinstance(obj, (list, tuple)):
            if not obj:
                return "[]"
            parts = [_encode(v, indent, sort_keys, item_sep, key_sep, ensure_ascii, level + 1) for v in obj]
            return _wrap("[", "]", parts, indent, item_sep, level)
        if isinstance(obj, dict):
            if not obj:
                return "{}"
            items = sorted(obj.items()) if sort_keys else list(obj.items())
            parts = []
            for key, value in items:
                if isinstance(key, str):
                    name = key
                elif key is True or key is False or key is None:
                    name = _encode(key, None, False, "", "", True, 0)
                elif isinstance(key, (int, float)):
                    name = _float(key) if isinstance(key, float) else str(key)
                else:
                    raise TypeError("keys must be str, int, float, bool or None, not " + type(key).__name__)
                parts.append(_string(name, ensure_ascii) + key_sep
                             + _encode(value, indent, sort_keys, item_sep, key_sep, ensure_ascii, level + 1))
            return _wrap("{", "}", parts, indent, item_sep, level)
        raise TypeError("Object of type " + type(obj).__name__ + " is not JSON serializable")


    def _wrap(opening, closing, parts, indent, item_sep, level):
        if indent is None:
            return opening + item_sep.join(parts) + closing
        pad = " " * indent if isinstance(indent, int) else indent
        inner = "\n" + pad * (level + 1)
        return opening + inner + (item_sep.rstrip(" ") + inner).join(parts) + "\n" + pad * level + closing


    def dumps(obj, indent=None, sort_keys=False, separators=None, ensure_ascii=True):
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        item_sep, key_sep = separators
        return _encode(obj, indent, sort_keys, item_sep, key_sep, ensure_ascii, 0)


    def dump(obj, fp, **options):
        fp.write(dumps(obj, **options))


    class _Parser:
        def __init__(self, text):
            self.text = text
            self.pos = 0

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
            return float(literal) if is_float else int(literal)

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
            result = {}
            self.skip()
            if self.text.startswith("}", self.pos):
                self.pos += 1
                return result
            while True:
                self.skip()
                if not self.text.startswith('"', self.pos):
                    self.fail("Expecting property name enclosed in double quotes")
                key = self.string()
                self.skip()
                if not self.text.startswith(":", self.pos):
                    self.fail("Expecting ':' delimiter")
                self.pos += 1
                result[key] = self.value()
                self.skip()
                if self.text.startswith(",", self.pos):
                    self.pos += 1
                elif self.text.startswith("}", self.pos):
                    self.pos += 1
                    return result
                else:
                    self.fail("Expecting ',' delimiter")


    def loads(s):
        parser = _Parser(s)
        result = parser.value()
        parser.skip()
        if parser.pos != len(s):
            parser.fail("Extra data")
        return result


    def load(fp):
        return loads(fp.read())
    """#
}
