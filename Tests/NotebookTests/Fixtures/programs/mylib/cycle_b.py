from mylib.cycle_a import sooner


def later():
    return 1
