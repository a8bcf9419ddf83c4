# Generated: string methods on one string.
s = 'ünïcode'
print(repr(s), len(s))
try:
    print('s.upper()', '->', repr(s.upper()))
except Exception as e:
    print('s.upper()', '->', type(e).__name__ + ':', e)
try:
    print('s.lower()', '->', repr(s.lower()))
except Exception as e:
    print('s.lower()', '->', type(e).__name__ + ':', e)
try:
    print('s.title()', '->', repr(s.title()))
except Exception as e:
    print('s.title()', '->', type(e).__name__ + ':', e)
try:
    print('s.capitalize()', '->', repr(s.capitalize()))
except Exception as e:
    print('s.capitalize()', '->', type(e).__name__ + ':', e)
try:
    print('s.swapcase()', '->', repr(s.swapcase()))
except Exception as e:
    print('s.swapcase()', '->', type(e).__name__ + ':', e)
try:
    print('s.strip()', '->', repr(s.strip()))
except Exception as e:
    print('s.strip()', '->', type(e).__name__ + ':', e)
try:
    print('s.lstrip()', '->', repr(s.lstrip()))
except Exception as e:
    print('s.lstrip()', '->', type(e).__name__ + ':', e)
try:
    print('s.rstrip()', '->', repr(s.rstrip()))
except Exception as e:
    print('s.rstrip()', '->', type(e).__name__ + ':', e)
try:
    print('s.split()', '->', repr(s.split()))
except Exception as e:
    print('s.split()', '->', type(e).__name__ + ':', e)
try:
    print("s.split(',')", '->', repr(s.split(',')))
except Exception as e:
    print("s.split(',')", '->', type(e).__name__ + ':', e)
try:
    print("s.rsplit(' ', 1)", '->', repr(s.rsplit(' ', 1)))
except Exception as e:
    print("s.rsplit(' ', 1)", '->', type(e).__name__ + ':', e)
try:
    print('s.splitlines()', '->', repr(s.splitlines()))
except Exception as e:
    print('s.splitlines()', '->', type(e).__name__ + ':', e)
try:
    print('s.isdigit()', '->', repr(s.isdigit()))
except Exception as e:
    print('s.isdigit()', '->', type(e).__name__ + ':', e)
try:
    print('s.isalpha()', '->', repr(s.isalpha()))
except Exception as e:
    print('s.isalpha()', '->', type(e).__name__ + ':', e)
try:
    print('s.isspace()', '->', repr(s.isspace()))
except Exception as e:
    print('s.isspace()', '->', type(e).__name__ + ':', e)
try:
    print('s.isupper()', '->', repr(s.isupper()))
except Exception as e:
    print('s.isupper()', '->', type(e).__name__ + ':', e)
try:
    print('s.islower()', '->', repr(s.islower()))
except Exception as e:
    print('s.islower()', '->', type(e).__name__ + ':', e)
try:
    print("s.startswith('a')", '->', repr(s.startswith('a')))
except Exception as e:
    print("s.startswith('a')", '->', type(e).__name__ + ':', e)
try:
    print("s.endswith('c')", '->', repr(s.endswith('c')))
except Exception as e:
    print("s.endswith('c')", '->', type(e).__name__ + ':', e)
try:
    print("s.find('b')", '->', repr(s.find('b')))
except Exception as e:
    print("s.find('b')", '->', type(e).__name__ + ':', e)
try:
    print("s.rfind('b')", '->', repr(s.rfind('b')))
except Exception as e:
    print("s.rfind('b')", '->', type(e).__name__ + ':', e)
try:
    print("s.count('a')", '->', repr(s.count('a')))
except Exception as e:
    print("s.count('a')", '->', type(e).__name__ + ':', e)
try:
    print("s.replace('a', 'A')", '->', repr(s.replace('a', 'A')))
except Exception as e:
    print("s.replace('a', 'A')", '->', type(e).__name__ + ':', e)
try:
    print("s.replace('a', 'A', 1)", '->', repr(s.replace('a', 'A', 1)))
except Exception as e:
    print("s.replace('a', 'A', 1)", '->', type(e).__name__ + ':', e)
try:
    print('s.zfill(6)', '->', repr(s.zfill(6)))
except Exception as e:
    print('s.zfill(6)', '->', type(e).__name__ + ':', e)
try:
    print("s.center(11, '*')", '->', repr(s.center(11, '*')))
except Exception as e:
    print("s.center(11, '*')", '->', type(e).__name__ + ':', e)
try:
    print("s.ljust(8, '.')", '->', repr(s.ljust(8, '.')))
except Exception as e:
    print("s.ljust(8, '.')", '->', type(e).__name__ + ':', e)
try:
    print('s.rjust(8)', '->', repr(s.rjust(8)))
except Exception as e:
    print('s.rjust(8)', '->', type(e).__name__ + ':', e)
try:
    print("s.partition(' ')", '->', repr(s.partition(' ')))
except Exception as e:
    print("s.partition(' ')", '->', type(e).__name__ + ':', e)
try:
    print("s.rpartition(',')", '->', repr(s.rpartition(',')))
except Exception as e:
    print("s.rpartition(',')", '->', type(e).__name__ + ':', e)
try:
    print("s.join(['1', '2'])", '->', repr(s.join(['1', '2'])))
except Exception as e:
    print("s.join(['1', '2'])", '->', type(e).__name__ + ':', e)
try:
    print('s.encode() if False else 1', '->', repr(s.encode() if False else 1))
except Exception as e:
    print('s.encode() if False else 1', '->', type(e).__name__ + ':', e)
try:
    print("s.index('') ", '->', repr(s.index('') ))
except Exception as e:
    print("s.index('') ", '->', type(e).__name__ + ':', e)
try:
    print("s.strip('a')", '->', repr(s.strip('a')))
except Exception as e:
    print("s.strip('a')", '->', type(e).__name__ + ':', e)
try:
    print('s.casefold()', '->', repr(s.casefold()))
except Exception as e:
    print('s.casefold()', '->', type(e).__name__ + ':', e)
try:
    print('s.expandtabs(4)', '->', repr(s.expandtabs(4)))
except Exception as e:
    print('s.expandtabs(4)', '->', type(e).__name__ + ':', e)
try:
    print('s.isalnum()', '->', repr(s.isalnum()))
except Exception as e:
    print('s.isalnum()', '->', type(e).__name__ + ':', e)
try:
    print('s.istitle()', '->', repr(s.istitle()))
except Exception as e:
    print('s.istitle()', '->', type(e).__name__ + ':', e)
try:
    print('s[::-1]', '->', repr(s[::-1]))
except Exception as e:
    print('s[::-1]', '->', type(e).__name__ + ':', e)
try:
    print('s[1:4]', '->', repr(s[1:4]))
except Exception as e:
    print('s[1:4]', '->', type(e).__name__ + ':', e)
try:
    print('s * 2', '->', repr(s * 2))
except Exception as e:
    print('s * 2', '->', type(e).__name__ + ':', e)
try:
    print("s + '!'", '->', repr(s + '!'))
except Exception as e:
    print("s + '!'", '->', type(e).__name__ + ':', e)
try:
    print('sorted(s)', '->', repr(sorted(s)))
except Exception as e:
    print('sorted(s)', '->', type(e).__name__ + ':', e)
try:
    print('list(s)', '->', repr(list(s)))
except Exception as e:
    print('list(s)', '->', type(e).__name__ + ':', e)
try:
    print("'a' in s", '->', repr('a' in s))
except Exception as e:
    print("'a' in s", '->', type(e).__name__ + ':', e)
