/// `dataclasses`, written in the language itself: `@dataclass` (with or without arguments:
/// `init`, `repr`, `eq`, `order`, `frozen`, `unsafe_hash`) builds `__init__`, `__repr__`,
/// `__eq__`, the ordering methods and `__hash__` (CPython's table: None for `eq` alone, the
/// fields' hash when frozen) from the class's annotated fields; a frozen class's instances
/// raise `FrozenInstanceError` on assignment; `field(default=, default_factory=)`, `fields`,
/// `asdict`, `astuple`, `replace`, `is_dataclass`.
enum DataclassesSource {
  static let text = #"""
    class _Missing:
        def __repr__(self):
            return "MISSING"


    MISSING = _Missing()


    class Field:
        def __init__(self, default, default_factory, init, repr, compare):
            self.name = None
            self.type = None
            self.default = default
            self.default_factory = default_factory
            self.init = init
            self.repr = repr
            self.compare = compare

        def __repr__(self):
            return "Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ")"


    def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        return Field(default, default_factory, init, repr, compare)


    class FrozenInstanceError(AttributeError):
        pass


    def _process(cls, init, repr_, eq, order, frozen, unsafe_hash):
        own_hash = cls.__dict__.get("__hash__", MISSING)
        explicit_hash = not (own_hash is MISSING
                             or (own_hash is None and "__eq__" in cls.__dict__))
        annotations = getattr(cls, "__annotations__", {})
        own = []
        for name in annotations:
            value = getattr(cls, name, MISSING)
            if isinstance(value, Field):
                f = value
                if f.default is not MISSING:
                    setattr(cls, name, f.default)
            else:
                f = Field(value, MISSING, True, True, True)
            f.name = name
            f.type = annotations[name]
            own.append(f)
        inherited = list(getattr(cls, "__dataclass_fields__", {}).values())
        names = [f.name for f in own]
        all_fields = [f for f in inherited if f.name not in names] + own
        seen_default = False
        for f in all_fields:
            if not f.init:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument " + repr(f.name) + " follows default argument")
        cls.__dataclass_fields__ = {f.name: f for f in all_fields}
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init)

        if init:
            def __init__(self, *args, **kwargs):
                params = [f for f in all_fields if f.init]
                prefix = cls.__name__ + ".__init__() "
                if len(args) > len(params):
                    required = len([f for f in params if f.default is MISSING
                                    and f.default_factory is MISSING])
                    takes = (str(len(params) + 1) if required == len(params)
                             else "from " + str(required + 1) + " to " + str(len(params) + 1))
                    raise TypeError(prefix + "takes " + takes + " positional arguments but "
                                    + str(len(args) + 1) + " were given")
                values = {}
                for f, v in zip(params, args):
                    values[f.name] = v
                for key, v in kwargs.items():
                    if key in values:
                        raise TypeError(prefix + "got multiple values for argument " + repr(key))
                    if key not in [f.name for f in params]:
                        raise TypeError(prefix + "got an unexpected keyword argument " + repr(key))
                    values[key] = v
                missing = [f.name for f in params if f.name not in values
                           and f.default is MISSING and f.default_factory is MISSING]
                if missing:
                    if len(missing) == 1:
                        raise TypeError(prefix + "missing 1 required positional argument: "
                                        + repr(missing[0]))
                    quoted = [repr(m) for m in missing]
                    raise TypeError(prefix + "missing " + str(len(missing))
                                    + " required positional arguments: "
                                    + ", ".join(quoted[:-1]) + " and " + quoted[-1])
                for f in all_fields:
                    if f.name in values:
                        v = values[f.name]
                    elif f.default_factory is not MISSING:
                        v = f.default_factory()
                    else:
                        v = f.default
                    if v is not MISSING:
                        if frozen:
                            object.__setattr__(self, f.name, v)
                        else:
                            setattr(self, f.name, v)
                if hasattr(self, "__post_init__"):
                    self.__post_init__()

            cls.__init__ = __init__

        if repr_:
            def __repr__(self):
                parts = [f.name + "=" + repr(getattr(self, f.name)) for f in all_fields if f.repr]
                return type(self).__name__ + "(" + ", ".join(parts) + ")"
            cls.__repr__ = __repr__

        def _key(self):
            return tuple(getattr(self, f.name) for f in all_fields if f.compare)

        if eq:
            def __eq__(self, other):
                if type(other) is not type(self):
                    return NotImplemented
                return _key(self) == _key(other)
            cls.__eq__ = __eq__

        if order:
            def __lt__(self, other):
                return _key(self) < _key(other)
            def __le__(self, other):
                return _key(self) <= _key(other)
            def __gt__(self, other):
                return _key(self) > _key(other)
            def __ge__(self, other):
                return _key(self) >= _key(other)
            cls.__lt__ = __lt__
            cls.__le__ = __le__
            cls.__gt__ = __gt__
            cls.__ge__ = __ge__

        if frozen:
            def __setattr__(self, name, value):
                if type(self) is cls or name in cls.__dataclass_fields__:
                    raise FrozenInstanceError("cannot assign to field " + repr(name))
                super(cls, self).__setattr__(name, value)
            def __delattr__(self, name):
                if type(self) is cls or name in cls.__dataclass_fields__:
                    raise FrozenInstanceError("cannot delete field " + repr(name))
                super(cls, self).__delattr__(name)
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__

        if unsafe_hash and explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        if unsafe_hash or (eq and frozen and not explicit_hash):
            def __hash__(self):
                return hash(_key(self))
            cls.__hash__ = __hash__
        elif eq and not frozen and not explicit_hash:
            cls.__hash__ = None

        return cls


    def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
                  frozen=False):
        def wrap(c):
            return _process(c, init, repr, eq, order, frozen, unsafe_hash)
        return wrap if cls is None else wrap(cls)


    def is_dataclass(obj):
        return hasattr(obj, "__dataclass_fields__")


    def fields(obj):
        if not is_dataclass(obj):
            raise TypeError("must be called with a dataclass type or instance")
        return tuple(obj.__dataclass_fields__.values())


    def asdict(obj):
        out = {}
        for f in fields(obj):
            value = getattr(obj, f.name)
            if is_dataclass(value) and not isinstance(value, type):
                value = asdict(value)
            elif isinstance(value, list):
                value = [asdict(v) if is_dataclass(v) else v for v in value]
            out[f.name] = value
        return out


    def astuple(obj):
        return tuple(getattr(obj, f.name) for f in fields(obj))


    def replace(obj, **changes):
        values = {f.name: getattr(obj, f.name) for f in fields(obj) if f.init}
        values.update(changes)
        return type(obj)(**values)
    """#
}
