# The learner's own modules: a package beside the script, a namespace package, a directory
# added to sys.path, relative imports inside the package, __all__, and import failures.
import os
import sys

import numpy as np

import mylib
import mylib.layers as layers
from mylib import functions
from mylib.functions import *
import nsdir.tool
from nsdir import tool as tool2

print(mylib.VERSION, mylib.sigmoid(0.0), functions.softmax(np.array([1.0, 2.0])))
print(step_function(np.array([-1.0, 2.0])), sigmoid(np.array([0.0])))
print(layers.Affine(np.ones((2, 2)), np.zeros(2)).forward(np.array([1.0, -1.0])))
print(layers.predict(np.array([0.0, 0.0])))
try:
    not_exported
except NameError as e:
    print(e)
print(functions.not_exported(), mylib.functions is functions, layers.functions is functions)
print(nsdir.tool.NAME, tool2 is nsdir.tool)
print(mylib.__name__, layers.__name__, os.path.basename(functions.__file__))
sys.path.append("extra_path")
import plainmod

print(plainmod.twice(21))
for name in ["mylib.missing", "missing_top", "plainmod.sub"]:
    try:
        if name == "mylib.missing":
            import mylib.missing
        elif name == "missing_top":
            import missing_top
        else:
            import plainmod.sub
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
try:
    from mylib import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
for attempt in range(2):
    try:
        import mylib.broken
    except ZeroDivisionError as e:
        print("attempt", attempt, e)
import mylib

print("imported again without running:", mylib.VERSION)
try:
    import mylib.cycle_a
except ImportError as e:
    print(type(e).__name__, str(e).split(" (/")[0])
