# An exception while importing the learner's own module: its frames show the module's lines.
import os

print("before import")
import tbpkg.fails
