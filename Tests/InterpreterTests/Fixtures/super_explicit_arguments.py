# super(Class, self), the form older course code writes, and bound-method attributes.
class Layer:
    def __init__(self, name):
        self.name = name

    def forward(self, x):
        return x + 1

    @classmethod
    def make(cls):
        return cls("made", 0) if cls is not Layer else cls("made")


class Dense(Layer):
    def __init__(self, name, units):
        super(Dense, self).__init__(name)
        self.units = units

    def forward(self, x):
        return super(Dense, self).forward(x) * 2

    @classmethod
    def make(cls):
        made = super(Dense, cls).make()
        return made.name


class Deeper(Dense):
    def forward(self, x):
        # Skipping a level: Layer's forward, not Dense's.
        return super(Dense, self).forward(x) + 100


d = Dense("d", 3)
print(d.name, d.units, d.forward(1), Dense.make())
print(Deeper("e", 1).forward(1))
s = super(Dense, d)
print(type(s).__name__, repr(s).startswith("<super: <class 'Dense'>, <Dense object"))
print(d.forward.__func__ is Dense.forward, d.forward.__self__ is d, d.forward.__name__)
print(d.forward.__qualname__)
try:
    super(Dense, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(3, d)
except TypeError as e:
    print("TypeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
