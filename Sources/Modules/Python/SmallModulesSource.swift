/// Small standard modules written in the language itself: `typing` (the names type hints
/// use, accepted and ignored at run time), `operator`, `heapq` and `bisect` (CPython's
/// algorithms, so the same orders and positions).
enum SmallModulesSource {
  static let typing = #"""
    class _Hint:
        def __init__(self, name):
            self._name = name

        def __getitem__(self, item):
            items = item if isinstance(item, tuple) else (item,)
            names = [i.__name__ if isinstance(i, type) else repr(i) for i in items]
            return _Hint(self._name + "[" + ", ".join(names) + "]")

        def __call__(self, *args, **kwargs):
            return args[0] if args else None

        def __repr__(self):
            return "typing." + self._name


    Any = _Hint("Any")
    List = _Hint("List")
    Dict = _Hint("Dict")
    Tuple = _Hint("Tuple")
    Set = _Hint("Set")
    FrozenSet = _Hint("FrozenSet")
    Optional = _Hint("Optional")
    Union = _Hint("Union")
    Callable = _Hint("Callable")
    Iterable = _Hint("Iterable")
    Iterator = _Hint("Iterator")
    Sequence = _Hint("Sequence")
    Mapping = _Hint("Mapping")
    Generator = _Hint("Generator")
    Type = _Hint("Type")
    class NamedTuple:
        # `class P(NamedTuple): x: int; y: int = 0` makes P a collections.namedtuple of its
        # annotated fields (the assigned ones are defaults), keeping the methods P defines;
        # `NamedTuple("P", [("x", int)])` is the functional form.
        def __new__(cls, typename=None, fields=None, **kwargs):
            if cls is NamedTuple:
                import collections
                pairs = fields if fields is not None else list(kwargs.items())
                return collections.namedtuple(typename, [name for name, _ in pairs])
            return object.__new__(cls)

        def __init_subclass__(cls, **kwargs):
            # (A subclass of such a class is a plain subclass of it.)
            if NamedTuple not in cls.__bases__:
                return
            import collections
            own = cls.__dict__
            fields = list(own.get("__annotations__", {}))
            defaults = []
            for name in fields:
                if name in own:
                    defaults.append(own[name])
                elif defaults:
                    given = [f for f in fields if f in own]
                    raise TypeError(
                        f"Non-default namedtuple field {name} cannot follow default field"
                        f"{'s' if len(given) > 1 else ''} {', '.join(given)}")
            made = collections.namedtuple(cls.__name__, fields, defaults=defaults)
            for name, value in made.__dict__.items():
                if name not in own and name not in ("__module__", "__doc__", "__qualname__"):
                    setattr(cls, name, value)
            for name in fields:
                if name in own:
                    delattr(cls, name)
            cls._field_defaults = made._field_defaults
    TypeVar = _Hint("TypeVar")
    Literal = _Hint("Literal")
    ClassVar = _Hint("ClassVar")
    Final = _Hint("Final")


    def cast(kind, value):
        return value


    TYPE_CHECKING = False
    """#

  static let operatorModule = #"""
    _builtin_abs = abs

    def add(a, b): return a + b
    def sub(a, b): return a - b
    def mul(a, b): return a * b
    def truediv(a, b): return a / b
    def floordiv(a, b): return a // b
    def mod(a, b): return a % b
    def pow(a, b): return a ** b
    def matmul(a, b): return a @ b
    def neg(a): return -a
    def pos(a): return +a
    def eq(a, b): return a == b
    def ne(a, b): return a != b
    def lt(a, b): return a < b
    def le(a, b): return a <= b
    def gt(a, b): return a > b
    def ge(a, b): return a >= b
    def not_(a): return not a
    def truth(a): return bool(a)
    def and_(a, b): return a & b
    def or_(a, b): return a | b
    def xor(a, b): return a ^ b
    def contains(a, b): return b in a
    def getitem(a, b): return a[b]
    def concat(a, b): return a + b
    def abs(a): return _builtin_abs(a)
    def index(a):
        if isinstance(a, int):
            return int(a)
        if hasattr(type(a), "__index__"):
            return a.__index__()
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    def inv(a): return ~a
    invert = inv
    def lshift(a, b): return a << b
    def rshift(a, b): return a >> b
    def is_(a, b): return a is b
    def is_not(a, b): return a is not b
    def setitem(a, b, c): a[b] = c
    def delitem(a, b): del a[b]
    def call(obj, /, *args, **kwargs): return obj(*args, **kwargs)
    def countOf(a, b): return sum(1 for x in a if x is b or x == b)


    def indexOf(a, b):
        for i, x in enumerate(a):
            if x is b or x == b:
                return i
        raise ValueError("sequence.index(x): x not in sequence")


    def length_hint(obj, default=0):
        try:
            return len(obj)
        except TypeError:
            return default


    # The in-place forms: the augmented assignment's result (the object itself for a mutable
    # one, a new value otherwise).
    def iadd(a, b):
        a += b
        return a
    def isub(a, b):
        a -= b
        return a
    def imul(a, b):
        a *= b
        return a
    def itruediv(a, b):
        a /= b
        return a
    def ifloordiv(a, b):
        a //= b
        return a
    def imod(a, b):
        a %= b
        return a
    def ipow(a, b):
        a **= b
        return a
    def imatmul(a, b):
        a @= b
        return a
    def iand(a, b):
        a &= b
        return a
    def ior(a, b):
        a |= b
        return a
    def ixor(a, b):
        a ^= b
        return a
    def ilshift(a, b):
        a <<= b
        return a
    def irshift(a, b):
        a >>= b
        return a
    iconcat = iadd


    class itemgetter:
        def __init__(self, *items):
            self._items = items

        def __call__(self, obj):
            if len(self._items) == 1:
                return obj[self._items[0]]
            return tuple(obj[i] for i in self._items)


    class attrgetter:
        def __init__(self, *names):
            self._names = names

        def _get(self, obj, name):
            for part in name.split("."):
                obj = getattr(obj, part)
            return obj

        def __call__(self, obj):
            if len(self._names) == 1:
                return self._get(obj, self._names[0])
            return tuple(self._get(obj, n) for n in self._names)


    class methodcaller:
        def __init__(self, name, *args, **kwargs):
            self._name = name
            self._args = args
            self._kwargs = kwargs

        def __call__(self, obj):
            return getattr(obj, self._name)(*self._args, **self._kwargs)
    """#

  static let heapq = #"""
    def _siftdown(heap, startpos, pos):
        newitem = heap[pos]
        while pos > startpos:
            parentpos = (pos - 1) >> 1
            parent = heap[parentpos]
            if newitem < parent:
                heap[pos] = parent
                pos = parentpos
                continue
            break
        heap[pos] = newitem


    def _siftup(heap, pos):
        endpos = len(heap)
        startpos = pos
        newitem = heap[pos]
        childpos = 2 * pos + 1
        while childpos < endpos:
            rightpos = childpos + 1
            if rightpos < endpos and not heap[childpos] < heap[rightpos]:
                childpos = rightpos
            heap[pos] = heap[childpos]
            pos = childpos
            childpos = 2 * pos + 1
        heap[pos] = newitem
        _siftdown(heap, startpos, pos)


    def heappush(heap, item):
        heap.append(item)
        _siftdown(heap, 0, len(heap) - 1)


    def heappop(heap):
        lastelt = heap.pop()
        if heap:
            returnitem = heap[0]
            heap[0] = lastelt
            _siftup(heap, 0)
            return returnitem
        return lastelt


    def heapreplace(heap, item):
        returnitem = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return returnitem


    def heappushpop(heap, item):
        if heap and heap[0] < item:
            item, heap[0] = heap[0], item
            _siftup(heap, 0)
        return item


    def heapify(x):
        n = len(x)
        for i in reversed(range(n // 2)):
            _siftup(x, i)


    def nlargest(n, iterable, key=None):
        return sorted(iterable, key=key, reverse=True)[:n]


    def nsmallest(n, iterable, key=None):
        return sorted(iterable, key=key)[:n]


    def merge(*iterables, key=None, reverse=False):
        # Stable: of equal heads, the earlier iterable's comes first.
        iterators = [iter(it) for it in iterables]
        heads = []
        for i, it in enumerate(iterators):
            for value in it:
                heads.append([value, i])
                break
        while heads:
            best = 0
            for k in range(1, len(heads)):
                a = heads[k][0] if key is None else key(heads[k][0])
                b = heads[best][0] if key is None else key(heads[best][0])
                if (a > b) if reverse else (a < b):
                    best = k
            value, i = heads[best]
            yield value
            for following in iterators[i]:
                heads[best][0] = following
                break
            else:
                del heads[best]
    """#

  static let bisect = #"""
    def bisect_right(a, x, lo=0, hi=None, *, key=None):
        if lo < 0:
            raise ValueError("lo must be non-negative")
        if hi is None:
            hi = len(a)
        while lo < hi:
            mid = (lo + hi) // 2
            if x < (a[mid] if key is None else key(a[mid])):
                hi = mid
            else:
                lo = mid + 1
        return lo


    def bisect_left(a, x, lo=0, hi=None, *, key=None):
        if lo < 0:
            raise ValueError("lo must be non-negative")
        if hi is None:
            hi = len(a)
        while lo < hi:
            mid = (lo + hi) // 2
            if (a[mid] if key is None else key(a[mid])) < x:
                lo = mid + 1
            else:
                hi = mid
        return lo


    def insort_right(a, x, lo=0, hi=None, *, key=None):
        a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


    def insort_left(a, x, lo=0, hi=None, *, key=None):
        a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)


    bisect = bisect_right
    insort = insort_right
    """#
}

extension SmallModulesSource {
  /// `stat`: the mode bits of `os.stat_result.st_mode` and their tests, as CPython's.
  static let stat = #"""
    _S_IFMT_MASK = 0o170000
    S_IFDIR = 0o040000
    S_IFCHR = 0o020000
    S_IFBLK = 0o060000
    S_IFREG = 0o100000
    S_IFIFO = 0o010000
    S_IFLNK = 0o120000
    S_IFSOCK = 0o140000
    S_ISUID = 0o4000
    S_ISGID = 0o2000
    S_ISVTX = 0o1000
    S_IRWXU = 0o700
    S_IRUSR = 0o400
    S_IWUSR = 0o200
    S_IXUSR = 0o100
    S_IRWXG = 0o070
    S_IRGRP = 0o040
    S_IWGRP = 0o020
    S_IXGRP = 0o010
    S_IRWXO = 0o007
    S_IROTH = 0o004
    S_IWOTH = 0o002
    S_IXOTH = 0o001
    ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)


    def S_IMODE(mode):
        return mode & 0o7777


    def S_IFMT(mode):
        return mode & _S_IFMT_MASK


    def S_ISDIR(mode):
        return S_IFMT(mode) == S_IFDIR


    def S_ISREG(mode):
        return S_IFMT(mode) == S_IFREG


    def S_ISLNK(mode):
        return S_IFMT(mode) == S_IFLNK


    def S_ISCHR(mode):
        return S_IFMT(mode) == S_IFCHR


    def S_ISBLK(mode):
        return S_IFMT(mode) == S_IFBLK


    def S_ISFIFO(mode):
        return S_IFMT(mode) == S_IFIFO


    def S_ISSOCK(mode):
        return S_IFMT(mode) == S_IFSOCK


    def filemode(mode):
        kinds = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
                 (S_IFCHR, "c"), (S_IFIFO, "p"))
        text = "?"
        for bits, letter in kinds:
            if S_IFMT(mode) == bits:
                text = letter
                break
        for read, write, execute, special, letters in (
                (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "sS"), (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "sS"),
                (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "tT")):
            text += "r" if mode & read else "-"
            text += "w" if mode & write else "-"
            if mode & special:
                text += letters[0] if mode & execute else letters[1]
            else:
                text += "x" if mode & execute else "-"
        return text
    """#
}
