def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no {k}") from None

lookup({}, "x")
