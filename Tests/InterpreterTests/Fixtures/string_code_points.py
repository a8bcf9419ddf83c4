# str operations work code point by code point, as Python's do: canonically equivalent texts
# are different strs; whitespace is Python's; slices, formats and sorting by code point.
composed = '\u00e9'
decomposed = 'e\u0301'
print(composed == decomposed, composed != decomposed, len(composed), len(decomposed))
print(composed < decomposed, decomposed < composed, sorted([composed, decomposed, 'f', 'e']))
d = {composed: 1, decomposed: 2}
print(len(d), d[composed], d[decomposed], composed in d, 'e' in d)
s = 'a\u0301b\r\nc\x1cd\x1fe\u3000f\u00a0g'
print(s.split(), len(s), s[1:4] == '\u0301b\r', list(s[::3]), s[::-1] == ''.join(reversed(s)))
print(' a\x1cb '.split(), '\x1c'.isspace(), 'x\x1f'.strip('x'), ' \x1c y \x1d'.strip())
print('%s|%5s|%-4s|' % (decomposed, composed, 'e\u0301'), '{}|{:>4}|{:^5}'.format(decomposed, composed, decomposed))
print(f'{decomposed:>4}|{composed:*<3}|{3.14159:.2f}|{2.5:+08.3f}|{1234567.891:,.2f}|{0.000123:.2e}')
t = 'hello world, the quick brown fox'
print(t[::2], t[1::3], t[-3:], t[::-1], t[5:2], t[2:5:-1], t[100:], t[-100:3], t[:] == t)
print(sorted([3.5, -0.0, 0.0, 1, 2.25], key=float), sorted([-0.0, 0.0, -0.0]), sorted([0.0, -0.0], reverse=True))
print(sorted(['b', 'a', 'B', '\u00e9', 'e'], reverse=True), sorted([3, 1, 2, 1], reverse=True), sorted([True, 2, 1]))
print([float(x) for x in ['3.25', '-1e-3', '1.', '.5', '+7', '1E5', '00012', ' 4.5 ', '1_000.5', 'nan', '-inf']])
for bad in ['1e', '.', '', '1.5.2', '1__0', 'e5']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print('%.3f %5.1f %-6.2f| %e %g %d %05d %x %s %r %%' % (3.14159, 2.25, 1.5, 12345.678, 0.0001, 42, 7, 255, 'é', 'é'))
print('{0}-{1}-{0} {name} {x[1]} {{}} {2:.1%}'.format('a', 'b', 0.256, name='n', x=[5, 6]))
print('[% d] [% d] [%- 5d] [% 05.1f] [%+ d] [% s]' % (5, -5, 3, 2.5, 4, 'x'))
