# A block header with nothing after it at the end of the input: CPython places the error on
# the last line, just past its text; SyntaxError.text keeps the line end; the traceback
# module draws the caret. A bracket left open is blamed unless the parser failed first on
# the bracket's line (`def f(:`).
import traceback

for src in ['try:\n', 'def f():\n\n', 'if x:\n  pass\nelse:', 'for i in x:\n# comment\n',
            'x = 1\nwhile x:\n\n\n', 'match x:\n', 'x = = 1', 'def f(:\n  pass']:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset, repr(e.text), e.msg)
        print(''.join(traceback.format_exception_only(type(e), e)), end='')

for src in ['def f(:\n  pass', 'foo(1, 2\nx = 3\n', 'x = (1,\n', 'x = [1, 2\ny = 3',
            'print("a"\nprint("b")\n', 'f(a b)', 'd = {1: 2,\n', 'x = (1 +\n', 'x = (\n',
            'if (x:\n  pass\n', 'a = (1, 2\nb = 4\nc = 5\n', 'x = [1,\n (2, 3]\n']:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
