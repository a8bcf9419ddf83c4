# format() specs against int, float, str, bool and big ints: CPython's results and refusals,
# including 3.11's 'z' (no negative zero), grouping combinations, '#' keeping the point,
# and zero padding of strs; then printf-style precision on ints ('%.3d' is 005).
values = [1, -3, 0, 1.5, -0.0, -0.001, 'ab', True, 12345678, 2**70, -2**70, 3.14159]
specs = ['cd', 'zz', 'abc', '>>', ',,', ',_', '_,', '__', '=5', '+', '-', ' ', '#', 'z', 'z.1f', 'z.0f', 'zf', 'z.2e', 'z.1%', 'zg', 'z.3', '05', '.2s', '.2', '.2d', ',s', ',c', ',n', '_n', '_x', ',x', ',b', ',e', ',%', '_g', '_', ',', 'c', 'n', '=^5', '0=5', 'x<5', '#x', '#o', '#b', '#s', '#f', '#.0f', '#g', '+05d', ' 5', '-5', '\x01', ',\x01', 'z>5', '+z', '-z.1f', '0', '00', '012,.2f', '.0', '.0e', '.100f', '10.3%']
for v in values:
    for spec in specs:
        try:
            r = format(v, spec)
            print(repr(v), repr(spec), '->', repr(r))
        except Exception as e:
            print(repr(v), repr(spec), '->', type(e).__name__, e)
for v, spec in [(5, '<05'), (5, 'x<05'), ('ab', '>05'), ('ab', '^06'), (-5, '>05'), (5.5, '<08.2f'), (-5, '=05'), ('ab', 'x>05')]:
    print(repr(v), repr(spec), '->', repr(format(v, spec)))
for t, v in [('%.3d', 5), ('%.3d', -5), ('%5.3d', 5), ('%.3x', 5), ('%#.3x', 5), ('%.0f', 2.5), ('%#.0f', 2.5), ('%#.0e', 2.5), ('%+s', 'a'), ('%.1s', 'ab'), ('%-5d|', 3), ('%05d', -3), ('%.3i', 7), ('%#o', 8), ('%c', 65), ('%.0d', 0), ('%.2g', 123.0), ('%r', 'a'), ('%5.1f%%', 99.5), ('%-6.3d|', 4), ('%+.2d', 3), ('%05s', 'ab')]:
    print(t, '->', repr(t % v))
for v in [123.0, 12.5, 1.5, 0.5, 0.0, -0.0, 100.0, 99.99, 1e16, 1.25e-5]:
    print(repr(v), [format(v, s) for s in ['.0', '.1', '.2', '.3', '#.0e', '#.0%', 'z.0f']], f'{v:.2}', '{:.3}'.format(v))
