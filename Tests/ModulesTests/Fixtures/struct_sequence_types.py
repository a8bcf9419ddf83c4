# Struct sequences (sys.version_info, sys.float_info, os.stat_result, os.uname(), platform.uname())
# are tuple subclasses of their own, and tuple's methods work on them.
import sys, os, platform
for v in [sys.version_info, sys.float_info, os.stat('.'), os.uname(), platform.uname()]:
    print(type(v), type(v).__name__, isinstance(v, tuple), type(v).__module__, v.__class__ is type(v))
print(sys.version_info[:2], sys.version_info.major, tuple(sys.version_info)[:2], sys.version_info > (3, 0), len(sys.float_info))
print(repr(sys.float_info)[:30], sys.version_info.count(3), sys.version_info.index(11))
print(sys.version_info.count(3), sys.version_info.index(11))
c = sys.version_info.count
print(c(3))
