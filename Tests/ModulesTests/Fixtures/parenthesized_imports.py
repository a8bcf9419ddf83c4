# Imports in parentheses over several lines, with a trailing comma.
from math import (
    sqrt,
    pi,
)
from math import (floor, ceil as up,)
print(sqrt(16.0), round(pi, 3), floor(2.5), up(2.5))
