# Built-in type constructors called with plain arguments (the call site's fast path) and
# their errors, conversions from text in any script's digits, and str() decoding bytes.

for text in ["str(1, 2, 3, 4)", "range()", "range(1, 2, 3, 4)", "int('x')", "float('x')", "list(1)", "range(1.5)", "range(0, 5, 0)", "str(b'a', 'ascii')", "int('12', 5)", "tuple(1, 2)", "bool(1, 2)", "set(1)", "dict(1)", "int('  7 ')", "int('1_000')", "int('٣')", "int('+5')", "int('-0')", "str('a', 'ascii')", "str(5, 'ascii')", "str(b'\\xc3\\xa9', encoding='utf-8')", "str(b'a', errors='strict')", "int('\u0661\u0662')", "int('\u0663', 16)"]:
    try:
        print(text, "->", repr(eval(text)))
    except Exception as error:
        print(text, "->", type(error).__name__, error)
print([str(i) for i in range(3)], [float(i) for i in range(2)], list(range(3)), tuple("ab"))
print(int(2.9), int(-2.9), int(True), float("  1e3 "), str(None), range(2, 9, 3), list(range(5, 0, -2)))
