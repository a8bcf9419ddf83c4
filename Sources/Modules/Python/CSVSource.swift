/// `csv`, written in the language itself: `reader` and `writer` with the excel dialect's rules
/// (`delimiter`, `quotechar`, doubled quotes, quoted fields spanning lines, `\r\n` line ends),
/// `DictReader`, `DictWriter`, and the `QUOTE_*` constants.
enum CSVSource {
  static let text = #"""
    QUOTE_MINIMAL = 0
    QUOTE_ALL = 1
    QUOTE_NONNUMERIC = 2
    QUOTE_NONE = 3


    class Error(Exception):
        pass


    class _Reader:
        def __init__(self, lines, delimiter=",", quotechar='"', skipinitialspace=False,
                     quoting=QUOTE_MINIMAL, **kwargs):
            self._lines = iter(lines)
            self._delimiter = delimiter
            self._quote = quotechar
            self._skip = skipinitialspace
            self._quoting = quoting
            self.line_num = 0

        def __iter__(self):
            return self

        def __next__(self):
            line = next(self._lines)
            self.line_num += 1
            fields = []
            field = ""
            quoted = False
            in_quotes = False
            i = 0
            while True:
                if i >= len(line) or (not in_quotes and line[i] in "\r\n"):
                    if in_quotes:
                        # A quoted field goes on to the next line.
                        try:
                            more = next(self._lines)
                        except StopIteration:
                            raise Error("unexpected end of data")
                        self.line_num += 1
                        field += line[i:]
                        line = more
                        i = 0
                        continue
                    break
                c = line[i]
                if in_quotes:
                    if c == self._quote:
                        if i + 1 < len(line) and line[i + 1] == self._quote:
                            field += c
                            i += 2
                            continue
                        in_quotes = False
                    else:
                        field += c
                elif c == self._quote and field == "" and self._quoting != QUOTE_NONE:
                    in_quotes = True
                    quoted = True
                elif c == self._delimiter:
                    fields.append(self._value(field, quoted))
                    field = ""
                    quoted = False
                    if self._skip:
                        while i + 1 < len(line) and line[i + 1] == " ":
                            i += 1
                else:
                    field += c
                i += 1
            if fields or field or quoted:
                fields.append(self._value(field, quoted))
            return fields

        def _value(self, field, quoted):
            if self._quoting == QUOTE_NONNUMERIC and not quoted:
                return float(field)
            return field


    def reader(csvfile, dialect="excel", **kwargs):
        return _Reader(csvfile, **kwargs)


    class _Writer:
        def __init__(self, f, delimiter=",", quotechar='"', lineterminator="\r\n",
                     quoting=QUOTE_MINIMAL, **kwargs):
            self._f = f
            self._delimiter = delimiter
            self._quote = quotechar
            self._end = lineterminator
            self._quoting = quoting

        def _field(self, value):
            if value is None:
                text = ""
            elif isinstance(value, float):
                text = repr(value)
            else:
                text = str(value)
            need = (self._quoting == QUOTE_ALL
                    or (self._quoting == QUOTE_NONNUMERIC and not isinstance(value, (int, float)))
                    or any(c in text for c in (self._delimiter, self._quote, "\n", "\r"))
                    or (text == "" and False))
            if need and self._quoting != QUOTE_NONE:
                return self._quote + text.replace(self._quote, self._quote * 2) + self._quote
            return text

        def writerow(self, row):
            line = self._delimiter.join(self._field(v) for v in row) + self._end
            self._f.write(line)
            return len(line)

        def writerows(self, rows):
            for row in rows:
                self.writerow(row)


    def writer(csvfile, dialect="excel", **kwargs):
        return _Writer(csvfile, **kwargs)


    class DictReader:
        def __init__(self, f, fieldnames=None, restkey=None, restval=None, **kwargs):
            self.reader = _Reader(f, **kwargs)
            self._fieldnames = fieldnames
            self.restkey = restkey
            self.restval = restval

        @property
        def fieldnames(self):
            if self._fieldnames is None:
                try:
                    self._fieldnames = next(self.reader)
                except StopIteration:
                    pass
            return self._fieldnames

        @property
        def line_num(self):
            return self.reader.line_num

        def __iter__(self):
            return self

        def __next__(self):
            names = self.fieldnames
            row = next(self.reader)
            while row == []:
                row = next(self.reader)
            d = dict(zip(names, row))
            if len(names) < len(row):
                d[self.restkey] = row[len(names):]
            elif len(names) > len(row):
                for key in names[len(row):]:
                    d[key] = self.restval
            return d


    class DictWriter:
        def __init__(self, f, fieldnames, restval="", extrasaction="raise", **kwargs):
            self.fieldnames = fieldnames
            self.restval = restval
            self.extrasaction = extrasaction
            self.writer = _Writer(f, **kwargs)

        def writeheader(self):
            return self.writer.writerow(self.fieldnames)

        def writerow(self, rowdict):
            if self.extrasaction == "raise":
                wrong = [k for k in rowdict if k not in self.fieldnames]
                if wrong:
                    raise ValueError("dict contains fields not in fieldnames: "
                                     + ", ".join(repr(x) for x in wrong))
            return self.writer.writerow([rowdict.get(k, self.restval) for k in self.fieldnames])

        def writerows(self, rowdicts):
            for row in rowdicts:
                self.writerow(row)
    """#
}
