# sys's plain facts (byteorder, encodings, hexversion, executable) and sys.exception() (3.11):
# the exception being handled, innermost first, None outside handlers.
import sys
print(sys.byteorder, sys.maxunicode, sys.float_repr_style, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.hexversion >> 16 == 0x030B, type(sys.executable).__name__, len(sys.executable) > 0)
print(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
    try:
        raise ValueError('inner')
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
