# Grouping in format specs: '_' every four digits for b/o/x/X, Python's refusals of ',' and
# '_' where there are no groups, and zero padding that is grouped with the digits.
for spec in ['_x', '_b', '_o', '_X', '#_x', ',x', ',b', '_d', '010_x', '_n', ',n', '010,d', '012_d', ',.2f', '015,.2f', '_f', ',e', '#_o', '#_b']:
    for v in [2**20 + 255, -5, 1234567.891]:
        try:
            print(spec, repr(format(v, spec)))
        except Exception as e:
            print(spec, type(e).__name__, e)
for w in range(1, 12):
    print(w, repr(format(5, '0%d,d' % w)), repr(format(-5, '0%d,d' % w)), repr(format(255, '#0%d_x' % w)), repr(format(1.5, '0%d,.1f' % w)), repr(format(0.125, '0%d,.1%%' % w)), repr(format(-1234.5, '+0%d_.0f' % w)))
print(f'{2**20:_x} {10**7:,} {1234.5678:_.2f} {-0.5:08,.3f}', '{:,}'.format(1234567.25))
