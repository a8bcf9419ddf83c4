"""A package of the learner's own code (imported by imports.py)."""
from mylib.functions import sigmoid

VERSION = "1.0"
print("mylib runs once, as", __name__)
