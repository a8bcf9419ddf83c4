# help() and __doc__ of builtins and of built-in types' methods print CPython's pages.
help(len)
help(print)
help(sorted)
help(isinstance)
help(str.split)
help('a'.split)
help([].append)
help(dict.get)
help({}.items)
help(int.bit_length)
help(list.sort)
print(len.__doc__)
print(str.join.__doc__)
print([].append.__doc__)
print(str.split, dict.get, list.append)
print(str.split.__name__, str.split.__qualname__, 'x'.upper.__name__, [].pop.__qualname__)
print(abs.__name__, abs.__qualname__, repr(max)[:20])


def documented(a, b=1):
    """Adds b to a."""
    return a + b


help(documented)
print(documented.__doc__)
