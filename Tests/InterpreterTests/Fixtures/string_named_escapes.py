# \N{name} escapes (names without regard to case), in strings and f-strings (where the
# braces are not a field); escapes that cannot be decoded are CPython's "(unicode error)"
# SyntaxErrors, with the codec's positions (a character beyond ASCII counts ten).
print("Temperature (\N{DEGREE SIGN}C)", "\N{greek small letter mu}m", "\N{BULLET} item")
print(f"{3}\N{MULTIPLICATION SIGN}{4} = {12}", f"\N{GREEK SMALL LETTER ALPHA}={0.5:.2f}")
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}\N{EM SPACE}"), len("\N{BULLET}"))
print(b'\N{BULLET}', r'\N{BULLET}', rb'\N{x}', "\x41\u00e9\U0001F600" == "A\u00e9\U0001F600")
sources = [
    'x = "\\x4"', 'x = "ab\\x4g"', 'x = "\\u12"', 'x = "\\U1234"', 'x = "\\U00110000"',
    'x = "\\N"', 'x = "\\N{"', 'x = "\\N{abc"', 'x = "\\N{bogus}"', 'x = "é\\N{bogus}"',
    'x = "\\N{}"', 'x = "\\N{ bullet}"', 'x = "\\xg"', 'x = "é" "\\N{bogus}"',
    'x = f"{1}\\N{bogus}"\n', 'x = "é" +\n', 'y = 1\nx = "ü\\u12"\n',
]
for source in sources:
    try:
        exec(source)
        print(repr(source), 'no error')
    except SyntaxError as e:
        print(repr(source), '->', e.msg, e.lineno, e.offset)
