/// The `collections` module, written in the language itself: `Counter`, `defaultdict`,
/// `deque`, `namedtuple`, `OrderedDict`, `ChainMap`, `UserDict` and `UserList`, with CPython's reprs and the methods learners use.
/// Instances are not dict/tuple subclasses here (`isinstance(Counter(), dict)` is False), and
/// a namedtuple's fields can be reassigned.
enum CollectionsSource {
  static let text = #"""
    class _Mapping:
        """What the mapping classes share: a dict kept in `_data`."""

        def __contains__(self, key):
            return key in self._data

        def __len__(self):
            return len(self._data)

        def __iter__(self):
            return iter(list(self._data))

        def keys(self):
            return self._data.keys()

        def values(self):
            return self._data.values()

        def items(self):
            return self._data.items()

        def get(self, key, default=None):
            return self._data.get(key, default)

        def pop(self, key, *default):
            return self._data.pop(key, *default)

        def clear(self):
            self._data.clear()

        def setdefault(self, key, default=None):
            return self._data.setdefault(key, default)

        def update(self, *args, **kwds):
            self._data.update(*args, **kwds)


    class Counter(_Mapping):
        def __init__(self, iterable=None, **kwds):
            self._data = {}
            self.update(iterable, **kwds)

        def update(self, iterable=None, **kwds):
            if iterable is not None:
                if hasattr(iterable, "items"):
                    for key, count in iterable.items():
                        self._data[key] = self._data.get(key, 0) + count
                else:
                    for key in iterable:
                        self._data[key] = self._data.get(key, 0) + 1
            for key, count in kwds.items():
                self._data[key] = self._data.get(key, 0) + count

        def subtract(self, iterable=None, **kwds):
            if iterable is not None:
                pairs = iterable.items() if hasattr(iterable, "items") else [(k, 1) for k in iterable]
                for key, count in pairs:
                    self._data[key] = self._data.get(key, 0) - count
            for key, count in kwds.items():
                self._data[key] = self._data.get(key, 0) - count

        def most_common(self, n=None):
            ordered = sorted(self._data.items(), key=lambda pair: pair[1], reverse=True)
            return ordered if n is None else ordered[:n]

        def elements(self):
            return [key for key, count in self._data.items() for _ in range(count)]

        def total(self):
            return sum(self._data.values())

        def copy(self):
            return Counter(self)

        def __getitem__(self, key):
            return self._data.get(key, 0)

        def __setitem__(self, key, count):
            self._data[key] = count

        def __eq__(self, other):
            if isinstance(other, Counter):
                other = other._data
            if not isinstance(other, dict):
                return False
            keys = set(self._data) | set(other)
            return all(self._data.get(k, 0) == other.get(k, 0) for k in keys)

        def __add__(self, other):
            result = Counter()
            for key in list(self._data) + [k for k in other._data if k not in self._data]:
                count = self[key] + other[key]
                if count > 0:
                    result._data[key] = count
            return result

        def __sub__(self, other):
            result = Counter()
            for key in self._data:
                count = self[key] - other[key]
                if count > 0:
                    result._data[key] = count
            return result

        def __or__(self, other):
            result = Counter()
            for key in list(self._data) + [k for k in other._data if k not in self._data]:
                count = max(self[key], other[key])
                if count > 0:
                    result._data[key] = count
            return result

        def __and__(self, other):
            result = Counter()
            for key in self._data:
                count = min(self[key], other[key])
                if count > 0:
                    result._data[key] = count
            return result

        def __pos__(self):
            result = Counter()
            for key, count in self._data.items():
                if count > 0:
                    result._data[key] = count
            return result

        def __neg__(self):
            result = Counter()
            for key, count in self._data.items():
                if count < 0:
                    result._data[key] = 0 - count
            return result

        def _keep_positive(self):
            for key in [k for k, count in self._data.items() if not count > 0]:
                del self._data[key]
            return self

        def __iadd__(self, other):
            for key, count in other._data.items():
                self._data[key] = self[key] + count
            return self._keep_positive()

        def __isub__(self, other):
            for key, count in other._data.items():
                self._data[key] = self[key] - count
            return self._keep_positive()

        def __ior__(self, other):
            for key, count in other._data.items():
                if count > self[key]:
                    self._data[key] = count
            return self._keep_positive()

        def __iand__(self, other):
            for key, count in self._data.items():
                if other[key] < count:
                    self._data[key] = other[key]
            return self._keep_positive()

        def popitem(self):
            return self._data.popitem()

        @classmethod
        def fromkeys(cls, iterable, v=None):
            raise NotImplementedError(
                "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

        def __repr__(self):
            if not self._data:
                return "Counter()"
            body = ", ".join(repr(k) + ": " + repr(v) for k, v in self.most_common())
            return "Counter({" + body + "})"


    class defaultdict(_Mapping):
        def __init__(self, default_factory=None, *args, **kwds):
            if default_factory is not None and not callable(default_factory):
                raise TypeError("first argument must be callable or None")
            self.default_factory = default_factory
            self._data = dict(*args, **kwds)

        def __missing__(self, key):
            if self.default_factory is None:
                raise KeyError(key)
            value = self.default_factory()
            self._data[key] = value
            return value

        def __getitem__(self, key):
            if key in self._data:
                return self._data[key]
            return self.__missing__(key)

        def __setitem__(self, key, value):
            self._data[key] = value

        def __eq__(self, other):
            if isinstance(other, defaultdict):
                other = other._data
            return self._data == other

        def copy(self):
            return defaultdict(self.default_factory, self._data)

        def __repr__(self):
            factory = "None" if self.default_factory is None else repr(self.default_factory)
            return "defaultdict(" + factory + ", " + repr(self._data) + ")"


    class deque:
        def __init__(self, iterable=(), maxlen=None):
            if maxlen is not None and maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            self.maxlen = maxlen
            self._items = []
            self.extend(iterable)

        def append(self, x):
            self._items.append(x)
            if self.maxlen is not None and len(self._items) > self.maxlen:
                self._items.pop(0)

        def appendleft(self, x):
            self._items.insert(0, x)
            if self.maxlen is not None and len(self._items) > self.maxlen:
                self._items.pop()

        def pop(self):
            if not self._items:
                raise IndexError("pop from an empty deque")
            return self._items.pop()

        def popleft(self):
            if not self._items:
                raise IndexError("pop from an empty deque")
            return self._items.pop(0)

        def extend(self, iterable):
            for x in list(iterable):
                self.append(x)

        def extendleft(self, iterable):
            for x in list(iterable):
                self.appendleft(x)

        def rotate(self, n=1):
            if self._items:
                n = n % len(self._items)
                self._items[:] = self._items[-n:] + self._items[:-n]

        def clear(self):
            self._items.clear()

        def count(self, x):
            return self._items.count(x)

        def index(self, x):
            return self._items.index(x)

        def remove(self, x):
            self._items.remove(x)

        def reverse(self):
            self._items.reverse()

        def copy(self):
            return deque(self._items, self.maxlen)

        def __len__(self):
            return len(self._items)

        def __iter__(self):
            return iter(list(self._items))

        def __getitem__(self, i):
            return self._items[i]

        def __setitem__(self, i, x):
            self._items[i] = x

        def __contains__(self, x):
            return x in self._items

        def __eq__(self, other):
            return isinstance(other, deque) and self._items == other._items

        def __repr__(self):
            if self.maxlen is None:
                return "deque(" + repr(self._items) + ")"
            return "deque(" + repr(self._items) + ", maxlen=" + repr(self.maxlen) + ")"


    def namedtuple(typename, field_names, defaults=None):
        if isinstance(field_names, str):
            field_names = field_names.replace(",", " ").split()
        fields = tuple(field_names)
        defaults = tuple(defaults) if defaults is not None else ()

        class _NamedTuple:
            _fields = fields
            __match_args__ = fields
            _field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

            def __init__(self, *args, **kwds):
                if len(args) > len(fields):
                    raise TypeError(
                        typename + ".__new__() takes " + str(len(fields) + 1) + " positional arguments but "
                        + str(len(args) + 1) + " were given")
                values = list(args)
                missing = []
                for name in fields[len(args):]:
                    if name in kwds:
                        values.append(kwds.pop(name))
                    elif name in self._field_defaults:
                        values.append(self._field_defaults[name])
                    else:
                        missing.append(name)
                for name in kwds:
                    raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + name + "'")
                if missing:
                    names = ["'" + m + "'" for m in missing]
                    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
                    plural = "" if len(missing) == 1 else "s"
                    raise TypeError(
                        typename + ".__new__() missing " + str(len(missing)) + " required positional argument"
                        + plural + ": " + listed)
                self._values = tuple(values)
                for name, value in zip(fields, values):
                    setattr(self, name, value)

            def __iter__(self):
                return iter(self._values)

            def __getitem__(self, i):
                return self._values[i]

            def __len__(self):
                return len(self._values)

            def __eq__(self, other):
                if isinstance(other, tuple):
                    return self._values == other
                return hasattr(other, "_values") and self._values == other._values

            def __lt__(self, other):
                return self._values < tuple(other)

            def __hash__(self):
                return hash(self._values)

            def __repr__(self):
                parts = [name + "=" + repr(value) for name, value in zip(fields, self._values)]
                return type(self).__name__ + "(" + ", ".join(parts) + ")"

            def _asdict(self):
                return dict(zip(fields, self._values))

            def _replace(self, **kwds):
                values = [kwds.pop(name, value) for name, value in zip(fields, self._values)]
                if kwds:
                    raise ValueError("Got unexpected field names: " + repr(list(kwds)))
                return type(self)(*values)

            def count(self, value):
                return self._values.count(value)

            def index(self, value):
                return self._values.index(value)

            @classmethod
            def _make(cls, iterable):
                return cls(*iterable)

        _NamedTuple.__name__ = typename
        return _NamedTuple


    class _OrderedView:
        """An OrderedDict's keys(), values() or items(): a live view printed as
        `odict_keys([...])`."""

        def __init__(self, name, view):
            self._name = name
            self._view = view

        def __iter__(self):
            return iter(self._view)

        def __len__(self):
            return len(self._view)

        def __contains__(self, item):
            return item in self._view

        def __reversed__(self):
            return reversed(list(self._view))

        def __eq__(self, other):
            if isinstance(other, _OrderedView):
                other = other._view
            return self._view == other

        def __repr__(self):
            return self._name + "(" + repr(list(self._view)) + ")"


    class OrderedDict(_Mapping):
        def __init__(self, *args, **kwds):
            self._data = dict(*args, **kwds)

        def keys(self):
            return _OrderedView("odict_keys", self._data.keys())

        def values(self):
            return _OrderedView("odict_values", self._data.values())

        def items(self):
            return _OrderedView("odict_items", self._data.items())

        def __getitem__(self, key):
            return self._data[key]

        def __setitem__(self, key, value):
            self._data[key] = value

        def __eq__(self, other):
            if isinstance(other, OrderedDict):
                return list(self._data.items()) == list(other._data.items())
            return self._data == other

        def popitem(self, last=True):
            if not self._data:
                raise KeyError("dictionary is empty")
            key = list(self._data)[-1 if last else 0]
            return key, self._data.pop(key)

        def move_to_end(self, key, last=True):
            value = self._data.pop(key)
            if last:
                self._data[key] = value
            else:
                rest = self._data
                self._data = {key: value}
                self._data.update(rest)

        def __repr__(self):
            if not self._data:
                return "OrderedDict()"
            return "OrderedDict(" + repr(list(self._data.items())) + ")"


    class ChainMap:
        """Several mappings searched in order; writes go to the first."""

        def __init__(self, *maps):
            self.maps = list(maps) or [{}]

        def __getitem__(self, key):
            for mapping in self.maps:
                if key in mapping:
                    return mapping[key]
            return self.__missing__(key)

        def __missing__(self, key):
            raise KeyError(key)

        def get(self, key, default=None):
            return self[key] if key in self else default

        def __contains__(self, key):
            return any(key in m for m in self.maps)

        def __len__(self):
            return len(set().union(*self.maps))

        def __iter__(self):
            seen = {}
            for mapping in reversed(self.maps):
                seen.update(dict.fromkeys(mapping))
            return iter(seen)

        def keys(self):
            return list(iter(self))

        def values(self):
            return [self[k] for k in self]

        def items(self):
            return [(k, self[k]) for k in self]

        def __setitem__(self, key, value):
            self.maps[0][key] = value

        def __delitem__(self, key):
            try:
                del self.maps[0][key]
            except KeyError:
                raise KeyError(f"Key not found in the first mapping: {key!r}")

        def pop(self, key, *default):
            try:
                return self.maps[0].pop(key, *default)
            except KeyError:
                raise KeyError(f"Key not found in the first mapping: {key!r}")

        def new_child(self, m=None):
            return ChainMap({} if m is None else m, *self.maps)

        @property
        def parents(self):
            return ChainMap(*self.maps[1:])

        def __bool__(self):
            return any(self.maps)

        def __eq__(self, other):
            return dict(self.items()) == dict(other.items())

        def __repr__(self):
            return "ChainMap(" + ", ".join(repr(m) for m in self.maps) + ")"

    class UserDict(_Mapping):
        """A dict kept in `data`, for subclasses to change one method at a time."""

        def __init__(self, dict=None, /, **kwargs):
            self.data = {}
            self._data = self.data
            if dict is not None:
                self.update(dict)
            if kwargs:
                self.update(kwargs)

        def __getitem__(self, key):
            if key in self.data:
                return self.data[key]
            if hasattr(self.__class__, "__missing__"):
                return self.__class__.__missing__(self, key)
            raise KeyError(key)

        def __setitem__(self, key, item):
            self.data[key] = item

        def __delitem__(self, key):
            del self.data[key]

        def __iter__(self):
            return iter(self.data)

        def get(self, key, default=None):
            if key in self:
                return self[key]
            return default

        def update(self, other=(), /, **kwds):
            if hasattr(other, "keys"):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
            for key, value in kwds.items():
                self[key] = value

        def setdefault(self, key, default=None):
            if key not in self:
                self[key] = default
            return self[key]

        def pop(self, key, *default):
            if key in self:
                value = self[key]
                del self[key]
                return value
            if default:
                return default[0]
            raise KeyError(key)

        def popitem(self):
            if not self.data:
                raise KeyError("popitem(): dictionary is empty")
            key = next(iter(self))
            return key, self.pop(key)

        def __repr__(self):
            return repr(self.data)

        def __eq__(self, other):
            if isinstance(other, UserDict):
                return self.data == other.data
            return self.data == other

        def __or__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(self.data | other.data)
            if isinstance(other, dict):
                return self.__class__(self.data | other)
            return NotImplemented

        def __ror__(self, other):
            if isinstance(other, dict):
                return self.__class__(other | self.data)
            return NotImplemented

        def __ior__(self, other):
            self.update(other)
            return self

        def copy(self):
            copied = self.__class__()
            copied.data = self.data.copy()
            copied._data = copied.data
            return copied

        @classmethod
        def fromkeys(cls, iterable, value=None):
            d = cls()
            for key in iterable:
                d[key] = value
            return d


    class UserList:
        """A list kept in `data`, for subclasses to change one method at a time."""

        def __init__(self, initlist=None):
            self.data = []
            if initlist is not None:
                if isinstance(initlist, UserList):
                    self.data[:] = initlist.data[:]
                else:
                    self.data = list(initlist)

        def _other(self, other):
            return other.data if isinstance(other, UserList) else other

        def __repr__(self):
            return repr(self.data)

        def __lt__(self, other):
            return self.data < self._other(other)

        def __le__(self, other):
            return self.data <= self._other(other)

        def __eq__(self, other):
            return self.data == self._other(other)

        def __gt__(self, other):
            return self.data > self._other(other)

        def __ge__(self, other):
            return self.data >= self._other(other)

        def __contains__(self, item):
            return item in self.data

        def __len__(self):
            return len(self.data)

        def __iter__(self):
            return iter(self.data)

        def __getitem__(self, i):
            if isinstance(i, slice):
                return self.__class__(self.data[i])
            return self.data[i]

        def __setitem__(self, i, item):
            self.data[i] = item

        def __delitem__(self, i):
            del self.data[i]

        def __add__(self, other):
            if isinstance(other, UserList):
                return self.__class__(self.data + other.data)
            if isinstance(other, type(self.data)):
                return self.__class__(self.data + other)
            return self.__class__(self.data + list(other))

        def __radd__(self, other):
            if isinstance(other, UserList):
                return self.__class__(other.data + self.data)
            if isinstance(other, type(self.data)):
                return self.__class__(other + self.data)
            return self.__class__(list(other) + self.data)

        def __iadd__(self, other):
            if isinstance(other, UserList):
                self.data += other.data
            else:
                self.data += list(other)
            return self

        def __mul__(self, n):
            return self.__class__(self.data * n)

        __rmul__ = __mul__

        def __imul__(self, n):
            self.data *= n
            return self

        def append(self, item):
            self.data.append(item)

        def insert(self, i, item):
            self.data.insert(i, item)

        def pop(self, i=-1):
            return self.data.pop(i)

        def remove(self, item):
            self.data.remove(item)

        def clear(self):
            self.data.clear()

        def copy(self):
            return self.__class__(self)

        def count(self, item):
            return self.data.count(item)

        def index(self, item, *args):
            return self.data.index(item, *args)

        def reverse(self):
            self.data.reverse()

        def sort(self, /, *args, **kwds):
            self.data.sort(*args, **kwds)

        def extend(self, other):
            if isinstance(other, UserList):
                self.data.extend(other.data)
            else:
                self.data.extend(other)
    """#
}
