/// `pprint` (`pprint`, `pformat`, `pp`, `PrettyPrinter`, `saferepr`, `isreadable`,
/// `isrecursive`) written in the language itself, following CPython's layout rules: dicts
/// sorted by key, one item per line once a container is wider than the width, long strings
/// split at spaces, `compact` and `depth`.
enum PprintSource {
  static let text = #"""
    class _SafeKey:
        # Orders values of one type as they order; mixed types by type name (CPython's rule).
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            try:
                return self.obj < other.obj
            except TypeError:
                return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


    def _safe_tuple(pair):
        return (_SafeKey(pair[0]), _SafeKey(pair[1]))


    def _recursion(obj):
        return f"<Recursion on {type(obj).__name__} with id={id(obj)}>"


    class PrettyPrinter:
        def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                     sort_dicts=True, underscore_numbers=False):
            if indent < 0:
                raise ValueError("indent must be >= 0")
            if depth is not None and depth <= 0:
                raise ValueError("depth must be > 0")
            if not width:
                raise ValueError("width must be != 0")
            self._indent_per_level = indent
            self._width = width
            self._depth = depth
            self._stream = stream
            self._compact = compact
            self._sort_dicts = sort_dicts

        def pprint(self, obj):
            text = self.pformat(obj)
            if self._stream is None:
                print(text)
            else:
                self._stream.write(text + "\n")

        def pformat(self, obj):
            parts = []
            self._format(obj, parts, 0, 0, set(), 0)
            return "".join(parts)

        def isreadable(self, obj):
            return self._safe_repr(obj, set(), None, 0)[1]

        def isrecursive(self, obj):
            return self._safe_repr(obj, set(), None, 0)[2]

        def _repr(self, obj, context, level):
            return self._safe_repr(obj, set(context), self._depth, level)[0]

        def _format(self, obj, out, indent, allowance, context, level):
            if id(obj) in context:
                out.append(_recursion(obj))
                return
            rep = self._repr(obj, context, level)
            max_width = self._width - indent - allowance
            if len(rep) > max_width and (self._depth is None or level < self._depth):
                kind = type(obj)
                printer = None
                if kind is dict or (isinstance(obj, dict) and kind.__repr__ is dict.__repr__):
                    printer = self._pprint_dict
                elif kind is list:
                    printer = self._pprint_list
                elif kind is tuple:
                    printer = self._pprint_tuple
                elif kind is set or kind is frozenset:
                    printer = self._pprint_set
                elif kind is str:
                    printer = self._pprint_str
                if printer is not None:
                    context.add(id(obj))
                    printer(obj, out, indent, allowance, context, level + 1)
                    context.discard(id(obj))
                    return
            out.append(rep)

        def _pprint_dict(self, obj, out, indent, allowance, context, level):
            out.append("{")
            if self._indent_per_level > 1:
                out.append((self._indent_per_level - 1) * " ")
            if len(obj):
                items = sorted(obj.items(), key=_safe_tuple) if self._sort_dicts else list(obj.items())
                self._format_dict_items(items, out, indent, allowance + 1, context, level)
            out.append("}")

        def _format_dict_items(self, items, out, indent, allowance, context, level):
            indent += self._indent_per_level
            delimnl = ",\n" + " " * indent
            last_index = len(items) - 1
            for i, (key, ent) in enumerate(items):
                last = i == last_index
                rep = self._repr(key, context, level)
                out.append(rep)
                out.append(": ")
                self._format(ent, out, indent + len(rep) + 2, allowance if last else 1, context, level)
                if not last:
                    out.append(delimnl)

        def _pprint_list(self, obj, out, indent, allowance, context, level):
            out.append("[")
            self._format_items(obj, out, indent, allowance + 1, context, level)
            out.append("]")

        def _pprint_tuple(self, obj, out, indent, allowance, context, level):
            out.append("(")
            endchar = ",)" if len(obj) == 1 else ")"
            self._format_items(obj, out, indent, allowance + len(endchar), context, level)
            out.append(endchar)

        def _pprint_set(self, obj, out, indent, allowance, context, level):
            if not len(obj):
                out.append(repr(obj))
                return
            if type(obj) is set:
                out.append("{")
                endchar = "}"
            else:
                out.append(type(obj).__name__ + "({")
                endchar = "})"
                indent += len(type(obj).__name__) + 1
            items = sorted(obj, key=_SafeKey)
            self._format_items(items, out, indent, allowance + len(endchar), context, level)
            out.append(endchar)

        def _pprint_str(self, obj, out, indent, allowance, context, level):
            if not len(obj):
                out.append(repr(obj))
                return
            chunks = []
            lines = obj.splitlines(True)
            if level == 1:
                indent += 1
                allowance += 1
            max_width1 = max_width = self._width - indent
            rep = ""
            for i, line in enumerate(lines):
                rep = repr(line)
                if i == len(lines) - 1:
                    max_width1 -= allowance
                if len(rep) <= max_width1:
                    chunks.append(rep)
                else:
                    parts = _words_with_spaces(line)
                    max_width2 = max_width
                    current = ""
                    for j, part in enumerate(parts):
                        candidate = current + part
                        if j == len(parts) - 1 and i == len(lines) - 1:
                            max_width2 -= allowance
                        if len(repr(candidate)) > max_width2:
                            if current:
                                chunks.append(repr(current))
                            current = part
                        else:
                            current = candidate
                    if current:
                        chunks.append(repr(current))
            if len(chunks) == 1:
                out.append(rep)
                return
            if level == 1:
                out.append("(")
            for i, rep in enumerate(chunks):
                if i > 0:
                    out.append("\n" + " " * indent)
                out.append(rep)
            if level == 1:
                out.append(")")

        def _format_items(self, items, out, indent, allowance, context, level):
            indent += self._indent_per_level
            if self._indent_per_level > 1:
                out.append((self._indent_per_level - 1) * " ")
            delimnl = ",\n" + " " * indent
            delim = ""
            width = max_width = self._width - indent + 1
            items = list(items)
            for k, ent in enumerate(items):
                last = k == len(items) - 1
                if last:
                    max_width -= allowance
                    width -= allowance
                if self._compact:
                    rep = self._repr(ent, context, level)
                    w = len(rep) + 2
                    if width < w:
                        width = max_width
                        if delim:
                            delim = delimnl
                    if width >= w:
                        width -= w
                        out.append(delim)
                        delim = ", "
                        out.append(rep)
                        continue
                out.append(delim)
                delim = delimnl
                self._format(ent, out, indent, allowance if last else 1, context, level)

        def _safe_repr(self, obj, context, maxlevels, level):
            # (repr, readable, recursive), dicts with sorted keys, at every depth.
            kind = type(obj)
            if kind in (int, float, bool, str, bytes, type(None)):
                return repr(obj), True, False
            if kind is dict or kind is list or kind is tuple:
                if not obj:
                    return repr(obj), True, False
                if id(obj) in context:
                    return _recursion(obj), False, True
                if maxlevels and level >= maxlevels:
                    return {dict: "{...}", list: "[...]", tuple: "(...)"}[kind], False, False
                context.add(id(obj))
                readable, recursive = True, False
                parts = []
                if kind is dict:
                    items = sorted(obj.items(), key=_safe_tuple) if self._sort_dicts else obj.items()
                    for key, value in items:
                        krepr, kreadable, krecur = self._safe_repr(key, context, maxlevels, level + 1)
                        vrepr, vreadable, vrecur = self._safe_repr(value, context, maxlevels, level + 1)
                        parts.append(f"{krepr}: {vrepr}")
                        readable = readable and kreadable and vreadable
                        recursive = recursive or krecur or vrecur
                else:
                    for item in obj:
                        irepr, ireadable, irecur = self._safe_repr(item, context, maxlevels, level + 1)
                        parts.append(irepr)
                        readable = readable and ireadable
                        recursive = recursive or irecur
                context.discard(id(obj))
                if kind is dict:
                    return "{" + ", ".join(parts) + "}", readable, recursive
                if kind is list:
                    return "[" + ", ".join(parts) + "]", readable, recursive
                if len(parts) == 1:
                    return "(" + parts[0] + ",)", readable, recursive
                return "(" + ", ".join(parts) + ")", readable, recursive
            rep = repr(obj)
            return rep, bool(rep) and not rep.startswith("<"), False


    def _words_with_spaces(line):
        # re.findall(r'\S*\s*', line) without its final empty match.
        parts = []
        i, n = 0, len(line)
        while i < n:
            j = i
            while j < n and not line[j].isspace():
                j += 1
            while j < n and line[j].isspace():
                j += 1
            parts.append(line[i:j])
            i = j
        return parts


    def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
               sort_dicts=True, underscore_numbers=False):
        PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream, compact=compact,
                      sort_dicts=sort_dicts).pprint(object)


    def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
                underscore_numbers=False):
        return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                             sort_dicts=sort_dicts).pformat(object)


    def pp(object, *args, sort_dicts=False, **kwargs):
        pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


    def saferepr(object):
        return PrettyPrinter()._safe_repr(object, set(), None, 0)[0]


    def isreadable(object):
        return PrettyPrinter()._safe_repr(object, set(), None, 0)[1]


    def isrecursive(object):
        return PrettyPrinter()._safe_repr(object, set(), None, 0)[2]
    """#
}
