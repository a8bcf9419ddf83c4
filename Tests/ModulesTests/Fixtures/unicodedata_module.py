# unicodedata: names both ways, categories, numeric values, combining classes, mirrored,
# normalization (the accent-stripping idiom), with CPython's errors.
import unicodedata as u
tests = ["u.name('ab')", "u.name('')", "u.name('\\x00')", "u.name('\\x00', 'd')", "u.lookup('bogus')", "u.numeric('a')", "u.decimal('a')", "u.digit('a')", "u.normalize('X', 'a')", "u.category(5)", "u.numeric('½')", "u.digit('²')", "u.decimal('٣')", "u.numeric('万')", "u.category('\\U000E0001')", "u.category('\\u0378')", "u.name('\\u4e00')", "u.lookup('latin small letter sharp s')", "u.combining('\\u0301')", "u.mirrored('(')", "ascii(u.normalize('NFKD', 'ﬁ①é'))", "u.is_normalized('NFC', 'e\\u0301')", "u.unidata_version", "u.name('a', None)", "u.digit('a', -1)", "u.category(chr(0xE000))", "u.numeric('Ⅻ')", "u.digit('Ⅻ', None)", "u.name('é')", "u.category(' ')", "ascii(u.normalize('NFC', 'e\\u0301'))", "ascii(u.normalize('NFD', 'Å'))", "u.normalize('NFKC', '①②')", "u.lookup('GREEK SMALL LETTER ALPHA')", "u.name(5)", "u.combining('ab')"]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
text = "Café crème à la naïve façade"
stripped = ''.join(c for c in u.normalize('NFKD', text) if u.category(c) != 'Mn')
print(stripped, u.normalize('NFKD', text).encode('ascii', 'ignore').decode())
