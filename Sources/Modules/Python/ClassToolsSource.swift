/// `abc` and `enum`, written in the language itself on metaclasses and `__init_subclass__`.
enum ClassToolsSource {
  static let abc = #"""
    def abstractmethod(funcobj):
        funcobj.__isabstractmethod__ = True
        return funcobj


    class ABCMeta(type):
        def __call__(cls, *args, **kwargs):
            abstract = sorted(name for name in dir(cls)
                              if getattr(getattr(cls, name, None), "__isabstractmethod__", False))
            if abstract:
                s = "s" if len(abstract) > 1 else ""
                raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                                f"with abstract method{s} {', '.join(abstract)}")
            return super().__call__(*args, **kwargs)

        def register(cls, subclass):
            _register(cls, subclass)
            return subclass


    class ABC(metaclass=ABCMeta):
        pass
    """#

  static let enumModule = #"""
    class auto:
        def __init__(self):
            self.value = None


    class EnumType(type):
        def __iter__(cls):
            return iter([cls._member_map_[name] for name in cls._member_names_])

        def __reversed__(cls):
            return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

        def __len__(cls):
            return len(cls._member_names_)

        def __getitem__(cls, name):
            return cls._member_map_[name]

        def __contains__(cls, member):
            return isinstance(member, cls) and member._name_ in cls._member_map_

        def __call__(cls, value, *args, **kwargs):
            for member in cls._member_map_.values():
                if member._value_ == value and type(member._value_) == type(value) or member._value_ is value:
                    return member
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")

        def __repr__(cls):
            return f"<enum {cls.__name__!r}>"


    EnumMeta = EnumType


    def _is_member_value(name, value):
        if name.startswith("_") or callable(value):
            return False
        return type(value).__name__ not in ("classmethod", "staticmethod", "property", "function")


    class Enum(metaclass=EnumType):
        _member_names_ = []
        _member_map_ = {}

        def __init_subclass__(cls, **kwargs):
            names, members = [], {}
            last = 0
            for name, value in list(cls.__dict__.items()):
                if not _is_member_value(name, value):
                    continue
                if isinstance(value, auto):
                    value = cls._generate_next_value_(name, 1, len(names), last)
                alias = None
                for existing in members.values():
                    if existing._value_ == value:
                        alias = existing
                if alias is not None:
                    members[name] = alias
                    setattr(cls, name, alias)
                    continue
                member = object.__new__(cls)
                member._name_ = name
                member._value_ = value
                if "__init__" in cls.__dict__:
                    cls.__init__(member, *(value if isinstance(value, tuple) else (value,)))
                names.append(name)
                members[name] = member
                setattr(cls, name, member)
                last = value
            cls._member_names_ = names
            cls._member_map_ = members
            cls.__members__ = dict(members)

        @staticmethod
        def _generate_next_value_(name, start, count, last_values):
            return count + start

        @property
        def name(self):
            return self._name_

        @property
        def value(self):
            return self._value_

        def __repr__(self):
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

        def __str__(self):
            return f"{type(self).__name__}.{self._name_}"

        def __format__(self, spec):
            return format(str(self), spec)

        def __hash__(self):
            return hash(self._name_)

        def __reduce__(self):
            return (type(self), (self._value_,))


    class IntEnum(Enum):
        # Members act as their int values (NumBook's members are not int instances).
        def __str__(self):
            return str(self._value_)

        def __format__(self, spec):
            return format(self._value_, spec)

        def __int__(self):
            return self._value_

        def __index__(self):
            return self._value_

        def __hash__(self):
            return hash(self._value_)

        def __eq__(self, other):
            return self._value_ == (other._value_ if isinstance(other, Enum) else other)

        def __lt__(self, other):
            return self._value_ < int(other)

        def __le__(self, other):
            return self._value_ <= int(other)

        def __gt__(self, other):
            return self._value_ > int(other)

        def __ge__(self, other):
            return self._value_ >= int(other)

        def __add__(self, other):
            return self._value_ + int(other)

        def __radd__(self, other):
            return int(other) + self._value_

        def __sub__(self, other):
            return self._value_ - int(other)

        def __rsub__(self, other):
            return int(other) - self._value_

        def __mul__(self, other):
            return self._value_ * other

        def __rmul__(self, other):
            return other * self._value_
    """#
}
