# A circular import: mylib.cycle_a imports cycle_b, which imports a name cycle_a has not
# defined yet.
from mylib.cycle_b import later


def sooner():
    return later()
