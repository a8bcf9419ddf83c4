# The dunders of ints, big ints and floats called by name, and what they refuse.
x = 2**70
print(x.__add__(1), x.__neg__(), x.__lt__(3), x.__mul__(2.0), x.__abs__(), x.__bool__(), x.__eq__(2**70))
print((3).__mul__(2.0), (2.0).__mul__(3), (3).__eq__(2**70), (2.5).__lt__(2**70), (3).__add__(True), (2**70).__radd__(1))
print((3).__truediv__(2), (3).__lt__('a'), (1.5).__eq__(None))
print(hasattr(3, "__index__"), (3).__index__(), True.__index__(), hasattr(3.0, "__index__"))
