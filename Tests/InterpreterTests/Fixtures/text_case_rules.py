# CPython's case rules by code point: title() (titlecase letters such as 'ǅ', ligatures
# 'ﬁ' -> 'Fi', uncased letters and combining marks), lower() with the final sigma, casefold()
# with full foldings ('ß' -> 'ss'), capitalize() and istitle(), on English and non-English text.
for s in ["they're bill's friends from the UK", 'hello world', '1st place', "o'neil", 'ÉCOLE élève', 'e\u0301x', '日a', 'ǅemal', 'ﬁsh', 'ΣΑΣ ΟΔΟΣ.', 'Σ', 'ΑΣ1', 'hello_world-foo', '']:
    print(repr(s.title()), repr(s.lower()), repr(s.casefold()), repr(s.upper()), s.istitle())
for s in ['hello World', 'ǆemal', 'ΑΣ ΣΑΣ', 'ßtraße', 'ﬁne', '', '123abc', 'éCOLE']:
    print(repr(s.capitalize()))
s = 'Ünïcödé façade naïve Straße ǅ ﬁ 𝔘𝔫𝔦'
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize())
print(len(s), s[0], s[-3:], s[::-1][:5], s.split(), s.find('ç'), s.index('ß'), s.count('a'))
print(s.center(50, '*'), s.ljust(45, '.'), repr(s.encode('utf-8')[:10]), s.isalpha(), 'ß'.upper())
print(sorted(['éclair', 'eclair', 'Zebra', 'apple', 'Äpfel']), min('aé'), max(['é', 'z']))
print('{:>10}|{:<10}|{:^10}'.format('né', 'ﬁx', '日本'), f'{"日本":*^8}', len('日本'))
print('a\u0301' == 'á', len('a\u0301'), 'straße'.replace('ß', 'ss'), 'ǅ'.lower(), 'ǆ'.title())
print(ord('€'), chr(8364), '€'.encode(), b'\xe2\x82\xac'.decode(), ascii('né€'), repr('\u200b'))
print('  \u00a0x\u2003 '.strip(), '\u00a0'.isspace(), 'x\u2028y'.splitlines(), '١٢٣'.isdigit(), int('١٢٣'))
print('ΣΑΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower(), 'ﬀ'.upper(), 'İ'.lower(), len('İ'.lower()))
