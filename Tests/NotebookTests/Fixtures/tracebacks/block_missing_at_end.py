# A block header at the end of the script, with only a comment after it: CPython reports
# the last line, past its text, and its own printer draws no caret.
for i in range(3):
# the body was never written
