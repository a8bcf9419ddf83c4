/// `functools`, `itertools` and `string`, written in the language itself. The iterators
/// read their input as they are asked for (infinite inputs work); the combinatoric ones
/// (`product`, `permutations`, `combinations`) return iterators over lists built at once.
enum ToolsSource {
  static let functools = #"""
    def reduce(function, iterable, *initial):
        items = iter(iterable)
        if initial:
            value = initial[0]
        else:
            try:
                value = next(items)
            except StopIteration:
                raise TypeError("reduce() of empty iterable with no initial value")
        for item in items:
            value = function(value, item)
        return value


    class partial:
        def __init__(self, func, *args, **keywords):
            if not callable(func):
                raise TypeError("the first argument must be callable")
            self.func = func
            self.args = args
            self.keywords = keywords

        def __call__(self, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(*self.args, *args, **merged)

        def __repr__(self):
            parts = [repr(self.func)] + [repr(a) for a in self.args]
            parts += [k + "=" + repr(v) for k, v in self.keywords.items()]
            return "functools.partial(" + ", ".join(parts) + ")"


    WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")


    def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
        for attribute in assigned:
            if hasattr(wrapped, attribute):
                setattr(wrapper, attribute, getattr(wrapped, attribute))
        wrapper.__wrapped__ = wrapped
        return wrapper


    def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
        def decorating(wrapper):
            return update_wrapper(wrapper, wrapped, assigned)
        return decorating


    from collections import namedtuple as _namedtuple

    _CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


    def lru_cache(maxsize=128, typed=False):
        if isinstance(maxsize, int) and not isinstance(maxsize, bool) and maxsize < 0:
            maxsize = 0

        def decorating(function):
            # A dict keeps its keys in insertion order: a hit moves its key to the end, and
            # the least recently used key is the first.
            memo = {}
            counts = [0, 0]

            def cached(*args, **kwds):
                key = (args, tuple(sorted(kwds.items()))) if kwds else args
                if key in memo:
                    counts[0] += 1
                    value = memo.pop(key)
                    memo[key] = value
                    return value
                counts[1] += 1
                value = function(*args, **kwds)
                if maxsize is None or maxsize > 0:
                    if key in memo:
                        del memo[key]
                    memo[key] = value
                    if maxsize is not None and len(memo) > maxsize:
                        del memo[next(iter(memo))]
                return value

            def cache_info():
                return _CacheInfo(counts[0], counts[1], maxsize, len(memo))

            def cache_clear():
                memo.clear()
                counts[0] = counts[1] = 0

            cached.cache_info = cache_info
            cached.cache_clear = cache_clear
            return update_wrapper(cached, function)

        if callable(maxsize) and not isinstance(maxsize, bool):
            function, maxsize = maxsize, 128
            return decorating(function)
        return decorating


    def cache(function):
        return lru_cache(maxsize=None)(function)


    def cmp_to_key(mycmp):
        class K:
            def __init__(self, obj):
                self.obj = obj

            def __lt__(self, other):
                return mycmp(self.obj, other.obj) < 0

            def __gt__(self, other):
                return mycmp(self.obj, other.obj) > 0

            def __eq__(self, other):
                return mycmp(self.obj, other.obj) == 0

            def __le__(self, other):
                return mycmp(self.obj, other.obj) <= 0

            def __ge__(self, other):
                return mycmp(self.obj, other.obj) >= 0

        return K


    def _derived_comparison(root, negate, join):
        # One comparison made from the class's own one: `root` is called, its result
        # negated or not, then joined with `==` ("or"), `!=` ("and") or nothing.
        def compare(self, other):
            result = getattr(type(self), root)(self, other)
            if result is NotImplemented:
                return result
            if negate:
                result = not result
            if join == "or":
                return result or self == other
            if join == "and":
                return result and self != other
            return result
        return compare


    _ORDERINGS = {
        "__lt__": [("__gt__", True, "and"), ("__le__", False, "or"), ("__ge__", True, "")],
        "__le__": [("__ge__", True, "or"), ("__lt__", False, "and"), ("__gt__", True, "")],
        "__gt__": [("__lt__", True, "and"), ("__ge__", False, "or"), ("__le__", True, "")],
        "__ge__": [("__le__", True, "or"), ("__gt__", False, "and"), ("__lt__", True, "")],
    }


    def total_ordering(cls):
        roots = [op for op in _ORDERINGS if getattr(cls, op, None) is not getattr(object, op, None)]
        if not roots:
            raise ValueError("must define at least one ordering operation: < > <= >=")
        root = max(roots)
        for name, negate, join in _ORDERINGS[root]:
            if name not in roots:
                method = _derived_comparison(root, negate, join)
                method.__name__ = name
                setattr(cls, name, method)
        return cls


    def singledispatch(func):
        """A function that picks its body by the class of its first argument."""
        registry = {object: func}
        funcname = getattr(func, "__name__", "singledispatch function")

        def dispatch(cls):
            # The class's own bases first, then ABCs it is registered with (float is a
            # numbers.Real), then object.
            for base in cls.__mro__[:-1]:
                if base in registry:
                    return registry[base]
            for key in registry:
                if key is not object and issubclass(cls, key):
                    return registry[key]
            return func

        def register(cls, method=None):
            if method is None:
                if isinstance(cls, type):
                    return lambda f: register(cls, f)
                annotations = getattr(cls, "__annotations__", {})
                if not annotations:
                    raise TypeError(
                        f"Invalid first argument to `register()`: {cls!r}. Use either "
                        "`@register(some_class)` or plain `@register` on an annotated function.")
                method = cls
                argname, cls = next(iter(annotations.items()))
                if not isinstance(cls, type):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
            registry[cls] = method
            return method

        def wrapper(*args, **kw):
            if not args:
                raise TypeError(f"{funcname} requires at least 1 positional argument")
            return dispatch(args[0].__class__)(*args, **kw)

        wrapper.register = register
        wrapper.dispatch = dispatch
        wrapper.registry = registry
        update_wrapper(wrapper, func)
        return wrapper


    class partialmethod:
        """`partial` for methods: the instance comes first, then the frozen arguments."""

        def __init__(self, func, /, *args, **keywords):
            self.func = func
            self.args = args
            self.keywords = keywords

        def __get__(self, obj, cls=None):
            if obj is None:
                return self
            return partial(self.func, obj, *self.args, **self.keywords)


    class cached_property:
        def __init__(self, func):
            self.func = func
            self.attrname = None
            self.__doc__ = func.__doc__

        def __set_name__(self, owner, name):
            self.attrname = name

        def __get__(self, instance, owner=None):
            if instance is None:
                return self
            name = self.attrname if self.attrname is not None else self.func.__name__
            if name in instance.__dict__:
                return instance.__dict__[name]
            value = self.func(instance)
            setattr(instance, name, value)
            return value
    """#

  static let itertools = #"""
    class count:
        def __init__(self, start=0, step=1):
            self._next = start
            self._step = step

        def __iter__(self):
            return self

        def __next__(self):
            value = self._next
            self._next = value + self._step
            return value

        def __repr__(self):
            if self._step == 1:
                return "count(" + repr(self._next) + ")"
            return "count(" + repr(self._next) + ", " + repr(self._step) + ")"


    class cycle:
        def __init__(self, iterable):
            self._items = list(iterable)
            self._index = 0

        def __iter__(self):
            return self

        def __next__(self):
            if not self._items:
                raise StopIteration
            value = self._items[self._index]
            self._index = (self._index + 1) % len(self._items)
            return value


    class repeat:
        def __init__(self, obj, times=None):
            self._obj = obj
            self._left = times

        def __iter__(self):
            return self

        def __next__(self):
            if self._left is not None:
                if self._left <= 0:
                    raise StopIteration
                self._left -= 1
            return self._obj


    class islice:
        def __init__(self, iterable, *args):
            bounds = slice(*args)

            def bad(v, least):
                return v is not None and (not isinstance(v, int) or v < least)

            if bad(bounds.stop, 0):
                raise ValueError(
                    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            if bad(bounds.start, 0):
                raise ValueError(
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            if bad(bounds.step, 1):
                raise ValueError("Step for islice() must be a positive integer or None.")
            self._source = iter(iterable)
            self._position = 0
            self._next = bounds.start or 0
            self._stop = bounds.stop
            self._step = bounds.step or 1

        def __iter__(self):
            return self

        def __next__(self):
            if self._stop is not None and self._next >= self._stop:
                raise StopIteration
            while self._position < self._next:
                next(self._source)
                self._position += 1
            value = next(self._source)
            self._position += 1
            self._next += self._step
            return value


    def _flatten(iterables):
        for iterable in iterables:
            for item in iterable:
                yield item


    def chain(*iterables):
        return _flatten(iterables)


    def _from_iterable(iterables):
        return _flatten(iterables)


    chain.from_iterable = _from_iterable


    def accumulate(iterable, func=None, *, initial=None):
        source = iter(iterable)

        def run():
            total = initial
            if total is None:
                try:
                    total = next(source)
                except StopIteration:
                    return
            yield total
            for item in source:
                total = func(total, item) if func else total + item
                yield total

        return run()


    def product(*iterables, repeat=1):
        pools = [list(pool) for pool in iterables] * repeat
        result = [()]
        for pool in pools:
            result = [prefix + (item,) for prefix in result for item in pool]
        return iter(result)


    def _length(r):
        if not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
        return r


    def permutations(iterable, r=None):
        pool = list(iterable)
        n = len(pool)
        r = n if r is None else _length(r)
        out = []

        def build(prefix, used):
            if len(prefix) == r:
                out.append(tuple(pool[i] for i in prefix))
                return
            for i in range(n):
                if i not in used:
                    build(prefix + [i], used | {i})

        if r <= n:
            build([], set())
        return iter(out)


    def _combine(iterable, r, again):
        """r-tuples of the pool in order; `again`: an item may repeat."""
        r = _length(r)
        pool = list(iterable)
        out = []

        def build(start, prefix):
            if len(prefix) == r:
                out.append(tuple(prefix))
                return
            for i in range(start, len(pool)):
                build(i if again else i + 1, prefix + [pool[i]])

        if pool or r == 0:
            build(0, [])
        return iter(out)


    def combinations(iterable, r):
        return _combine(iterable, r, False)


    def combinations_with_replacement(iterable, r):
        return _combine(iterable, r, True)


    def zip_longest(*iterables, fillvalue=None):
        sources = [iter(it) for it in iterables]

        def run():
            # An exhausted iterator is not asked again: it gives fillvalue from then on.
            left = len(sources)
            over = [False] * len(sources)
            while left:
                row = []
                for i, source in enumerate(sources):
                    if not over[i]:
                        try:
                            row.append(next(source))
                            continue
                        except StopIteration:
                            over[i] = True
                            left -= 1
                            if not left:
                                return
                    row.append(fillvalue)
                yield tuple(row)

        return run()


    def starmap(function, iterable):
        source = iter(iterable)

        def run():
            for args in source:
                yield function(*args)

        return run()


    def compress(data, selectors):
        pairs = zip(data, selectors)

        def run():
            for d, s in pairs:
                if s:
                    yield d

        return run()


    def takewhile(predicate, iterable):
        source = iter(iterable)

        def run():
            for item in source:
                if not predicate(item):
                    return
                yield item

        return run()


    def dropwhile(predicate, iterable):
        source = iter(iterable)

        def run():
            for item in source:
                if not predicate(item):
                    yield item
                    break
            for item in source:
                yield item

        return run()


    def filterfalse(predicate, iterable):
        source = iter(iterable)

        def run():
            for item in source:
                if not (item if predicate is None else predicate(item)):
                    yield item

        return run()


    class groupby:
        """Runs of equal keys, read from the iterable as they are asked for. Each group reads
        the shared iterator itself: a group is over once the next one is taken."""

        def __init__(self, iterable, key=None):
            self._source = iter(iterable)
            self._keyfunc = key
            # The item last read, its key, and the key of the group being handed out (a
            # fresh object at first, equal to nothing else, so that the first item is read).
            self._value = None
            self._key = self._group_key = object()
            # Whether a group gave out `_value` (the next item is read before comparing).
            self._handed = False
            self._turn = object()

        def _read(self):
            try:
                value = next(self._source)
            except StopIteration:
                return False
            self._value = value
            self._key = value if self._keyfunc is None else self._keyfunc(value)
            return True

        def __iter__(self):
            return self

        def __next__(self):
            self._turn = object()
            while self._key == self._group_key:
                self._handed = False
                if not self._read():
                    raise StopIteration
            self._group_key = self._key
            return self._key, _grouper(self, self._key, self._turn)


    class _grouper:
        def __init__(self, parent, key, turn):
            self._parent = parent
            self._key = key
            self._turn = turn
            self._over = False

        def __iter__(self):
            return self

        def __next__(self):
            parent = self._parent
            if self._over or parent._turn is not self._turn:
                raise StopIteration
            if parent._handed:
                parent._handed = False
                if not parent._read():
                    self._over = True
                    raise StopIteration
            if not parent._key == self._key:
                self._over = True
                raise StopIteration
            parent._handed = True
            return parent._value


    def tee(iterable, n=2):
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        if n < 0:
            raise ValueError("n must be >= 0")
        source = iter(iterable)
        queues = [[] for _ in range(n)]

        def copy(queue):
            while True:
                if not queue:
                    try:
                        value = next(source)
                    except StopIteration:
                        return
                    for q in queues:
                        q.append(value)
                yield queue.pop(0)

        return tuple(copy(q) for q in queues)


    def pairwise(iterable):
        source = iter(iterable)

        def run():
            try:
                previous = next(source)
            except StopIteration:
                return
            for item in source:
                yield previous, item
                previous = item

        return run()
    """#

  static let string = #"""
    ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
    ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    ascii_letters = ascii_lowercase + ascii_uppercase
    digits = "0123456789"
    hexdigits = "0123456789abcdefABCDEF"
    octdigits = "01234567"
    punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    whitespace = " \t\n\r\x0b\x0c"
    printable = digits + ascii_letters + punctuation + whitespace


    def capwords(s, sep=None):
        return (sep or " ").join(word.capitalize() for word in s.split(sep))


    def _template_name_start(c):
        return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


    def _template_name_part(c):
        return _template_name_start(c) or ("0" <= c <= "9")


    class Template:
        """$-substitutions: `$name`, `${name}`, `$$` for a dollar sign."""
        delimiter = "$"

        def __init__(self, template):
            self.template = template

        def _mapping(self, args, kws):
            if len(args) > 1:
                raise TypeError("Too many positional arguments")
            if not args:
                return kws
            if not kws:
                return args[0]
            merged = dict(args[0])
            merged.update(kws)
            return merged

        def _substitute(self, mapping, safe):
            s = self.template
            out = []
            i = 0
            n = len(s)
            while i < n:
                c = s[i]
                if c != "$":
                    out.append(c)
                    i += 1
                    continue
                j = i + 1
                if j < n and s[j] == "$":
                    out.append("$")
                    i = j + 1
                    continue
                name = None
                end = j
                if j < n and s[j] == "{":
                    k = j + 1
                    if k < n and _template_name_start(s[k]):
                        k += 1
                        while k < n and _template_name_part(s[k]):
                            k += 1
                        if k < n and s[k] == "}":
                            name = s[j + 1:k]
                            end = k + 1
                elif j < n and _template_name_start(s[j]):
                    k = j + 1
                    while k < n and _template_name_part(s[k]):
                        k += 1
                    name = s[j:k]
                    end = k
                if name is None:
                    if safe:
                        out.append("$")
                        i = j
                        continue
                    lines = s[:j].splitlines(True)
                    if not lines:
                        line, column = 1, 1
                    else:
                        line, column = len(lines), j - len("".join(lines[:-1]))
                    raise ValueError(
                        "Invalid placeholder in string: line %d, col %d" % (line, column))
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(s[i:end])
                else:
                    out.append(str(mapping[name]))
                i = end
            return "".join(out)

        def substitute(self, *args, **kws):
            return self._substitute(self._mapping(args, kws), False)

        def safe_substitute(self, *args, **kws):
            return self._substitute(self._mapping(args, kws), True)
    """#
}
