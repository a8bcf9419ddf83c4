# strip, upper/lower, isdigit/isalpha/isspace, startswith/endswith, find/rfind/count on ASCII
# and non-ASCII text (byte paths and code point paths give Python's answers and positions)
cases = ['', 'abc', '  a b  ', '\t\nx\x1c\x1f', '\xa0é\u3000', 'é\xa0', '  é  ', 'xxabcxx', 'ÀbÇ', 'ß', '123', '١٢٣', '²', 'abc123', 'aaaa', 'ab\u0301c', 'İ']
for s in cases:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip('xa')), repr(s.strip('é')), repr(s.strip('')), repr(s.strip(None)))
    print(' ', repr(s.upper()), repr(s.lower()), s.isdigit(), s.isalpha(), s.isspace(), s.startswith('a'), s.endswith('c'), s.startswith(('x', 'é')), s.startswith(''), s.endswith(''))
    print(' ', s.find('a'), s.find(''), s.find('bc'), s.find('é'), s.rfind('a'), s.rfind(''), s.rfind('é'), s.count('a'), s.count(''), s.count('aa'), s.find('a', 1), s.find('a', -2), s.rfind('a', 0, 2), s.count('a', 1))
s = 'hé hé hé'
print(s.find('hé'), s.rfind('hé'), s.index('é'), s.rindex('é'), s.count('é'), s.find('hé', 1), s.startswith('é', 1), s.endswith('h', 0, 4))
x = 'same'
print(x.strip() is x, x.strip('z') is x, 'a,b'.find(','), '  a '.strip().split(','))
try: 'abc'.index('z')
except ValueError as e: print(e)
try: 'abc'.isdigit(1)
except TypeError as e: print(e)
try: 'abc'.strip(1)
except TypeError as e: print(e)
try: 'abc'.startswith(1)
except TypeError as e: print(e)
print('  3.5, 4.25, abc  '.split(','), 'a,b,c,d'.split(',', 2), 'x'.split(','), 'é,ü'.split(','))
