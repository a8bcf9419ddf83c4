import os
import sys
import traceback


def clean(text):
    return text.replace(__file__, "FILE")


def inner(x):
    return 1 / x


def outer():
    return inner(0)


print(os.path.basename(__file__), os.path.isabs(__file__))
try:
    outer()
except ZeroDivisionError:
    print(clean(traceback.format_exc()), end="")
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    print("".join(traceback.format_exception_only(t, v)), end="")
try:
    raise ValueError("bad") from KeyError("k")
except ValueError as e:
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))), end="")
    print(clean("".join(traceback.format_exception(e))), end="")
print(sys.exc_info())
print(traceback.format_exc(), end="")
sys.stderr = sys.stdout
try:
    {}["missing"]
except KeyError:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()), end="")
for p in ["a//b/./c/../d", "/../x", "//a/b", "///a", "", "../../a", "a/..", "./", "/a/b/"]:
    print(repr(p), repr(os.path.normpath(p)), os.path.split(p), os.path.isabs(p))
print(os.path.abspath("/tmp/../usr/./lib"), os.sep if hasattr(os, "sep") else "", os.path.sep)
