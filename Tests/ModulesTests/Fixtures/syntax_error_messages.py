# Syntax errors as learners make them, each exec'd and printed by
# traceback.format_exception_only: CPython 3.11's message, and carets under the offending
# token or range (missing colons and commas, '=' for '==', assignment targets, misplaced
# arguments, print without parentheses, statements outside loops and functions; errors
# CPython finds after parsing carry no source line for code given as a string).
import traceback
snippets = ['import a, b if c', 'x = = 1', 'a b', 'foo bar baz', 'x = 1 if', 'while True print(1)', 'if True print(1)', 'for x in y print(x)', 'def f() return 1', 'class A pass', 'return return', 'x = [1, 2 3]', 'x = (1 2)', 'f(1 2)', 'class class', 'def def(): pass', 'import import', 'x = 5 5', "print 'hello'", 'x = 1 +', '(1, 2', 'x = {1: 2, 3}', 'def f(x, x): pass', 'f(x=1, x=2)', 'f(**a, *b)', 'x += 1 = 2', '1 = x', 'f() = 1', 'del 1', 'a, b += 1', 'x = 1 2 3', 'if x = 1: pass', 'x === 1', 'not x = 1', 'elif x: pass', 'else: pass', 'try: pass', 'except: pass\nexcept ValueError: pass', 'with open(x) as 1: pass', 'for 1 in x: pass', 'nonlocal x', 'break', 'continue', "x = 'unterminated", 'x = """unterminated', '0777', 'x = 5 if True else', '[x for x in]', 'a[1:2:3:4]', 'def f(*): pass', 'def f(**k, a): pass', 'def f(a=1, b): pass', 'f(a=1, 2)', 'x := 5', '(x := 5) = 1', 'True = 1', 'None = 1', '__debug__ = 1', 'f(x for x in y, 1)', '@ decorator\nx = 1', 'try pass', 'if x:\n    pass\nelse pass', 'for x in y:\n    pass\nelse pass', 'while x:\n    pass\nelse pass', 'try:\n    pass\nfinally pass', 'try:\n    pass\nexcept pass', 'try:\n    pass\nexcept ValueError pass', 'with x as y pass', 'with x', 'class A', 'if x', 'while x', 'for x in y', 'def f()', 'if x:\n    pass\nelif y pass', 'match x:\n    case 1 pass', 'False = 1', 'a < b = 1', 'x + 1 = 2', '-x = 1', 'lambda: 1 = 2', 'a if b else c = 1', '[1, 2] = x', '(1, 2) = x', 'x, 1 = y', 'x = f() = 1', 'x.y() = 1', "'abc' = 1", "f'x' = 1", '{1: 2} = x', '{1} = x', '[i for i in x] = 1', '(i for i in x) = 1', '*a, 1 = x', 'a[1] + b = 2', 'True += 1', 'f() += 1', 'x + 1 += 1', 'for f() in x: pass', 'for x, 1 in y: pass', 'with a as 1: pass', 'with a as f(): pass', '[x for 1 in y]', 'del f()', 'del (a, 1)', 'x = yield = 3', 'f(a for a in b, c)', 'f(x for x in y)', 'print "a", x', "exec 'code'", 'x = {1: 2, 3: 4 5: 6}', "x = {'a' 1}", 'while x = 1: pass', 'if x.y = 1: pass', 'if f() = 1: pass', 'elif x = 2: pass', 'if x == 1 = 2: pass', 'def f():\n    break', 'for x in y:\n    def g():\n        continue', 'class A:\n    break', '00', '0_7', 'f(a=1, *b)', 'f(**a, b)', 'def f(*, **k): pass', 'return 1', 'yield 1', 'import a.b as', 'from . import', 'from x import (a, b', '0_0', 'x = 007', '0.5', '00.5', '0e5', '01e5', '010.0']
for src in snippets:
    try:
        exec(src, {})
        print('no error:', repr(src))
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
    except Exception as e:
        print('ran to', type(e).__name__)
