# str.format: auto and manual numbering, attributes and items, conversions, nested specs, and
# the errors of a malformed template in CPython's words and order; format() of None and objects
class P:
    x = 3
    def __format__(self, spec): return 'P<' + spec + '>'
def show(src):
    try:
        print(repr(eval(src)))
    except Exception as e:
        print(type(e).__name__, e)

show("'{} {}'.format(1, 'a')")
show("'{0}{1}{0}'.format('a', 'b')")
show("'{x}-{y}'.format(x=1, y=2.5)")
show("'{:.2f}|{:>6}|{:<4d}|{:^7.3f}'.format(3.14159, 'ab', 42, 2.5)")
show("'{{}} {{{}}}'.format(7)")
show("'{'.format(1)")
show("'}'.format(1)")
show("'{0'.format(1)")
show("'a}b'.format()")
show("'{5}'.format(1)")
show("'{}{}'.format(1)")
show("'{x}'.format(y=1)")
show("'{}{0}'.format(1, 2)")
show("'{0}{}'.format(1, 2)")
show("'{!r} {!s} {!a}'.format('é', 'é', 'é')")
show("'{0!x}'.format(1)")
show("'{0!}'.format(1)")
show("'{0!rr}'.format(1)")
show("'{0.x} {0.x:>3}'.format(P())")
show("'{0[1]} {0[k]} {d[a]}'.format({1: 'one', 'k': 'kay'}, d={'a': 'A'})")
show("'{0[1]}'.format([5, 6])")
show("'{0.}'.format(1)")
show("'{0[}'.format([1])")
show("'{0[0]x}'.format([1])")
show("'{:{}}|'.format('a', 5)")
show("'{:{w}.{p}f}'.format(3.14159, w=8, p=2)")
show("'{0:{1}}'.format(3, '>4')")
show("'{}'.format(P())")
show("'{:abc}'.format(P())")
show("'{:.2f}'.format('x')")
show("'{:d}'.format(2.5)")
show("'{:,}'.format(1234567)")
show("'{:08.3f}'.format(-3.14159)")
show("'{:e}'.format(12345.6789)")
show("'{:%}'.format(0.25)")
show("'{:x}'.format(255)")
show("'{}'.format(None)")
show("'{:>5}'.format(True)")
show("'{}'.format([1, 'a'])")
show("'{0}'.format()")
show("'{:5}|'.format(None)")
show("'{:.3}'.format(3.14159)")
show("'{:.3}'.format('abcdef')")
show("'{ 0}'.format(1)")
show("'{0:}'.format(5)")
show("'{:}{:}'.format(1, 2)")
show("'{}'.format(10**20)")
show("'{:,.2f}'.format(1234567.891)")
show("'{:+.1e}'.format(-0.0)")
show("'x{}y'.format('é')")
for s in ['{0!}', '{!}', '{0!r', '{:{:{}}}', '{0:{}', '{0[a]b}', '{0[a}]}', '{a.b[c]d}', '{0!r:}', '{!r}}', '{0:}}', '{[}', '{]}', '{0]}', '{0.a.}', '{0..a}']:
    try: print(repr(s), repr(s.format({'a':1}, 2, 3, a=1)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for v in [None, [1], (1,), {'a': 1}, {1}, range(3)]:
    for spec in ['', '5', '>5']:
        try:
            print(repr(format(v, spec)))
        except Exception as e:
            print(type(e).__name__, e)
template = '{:>3}|{:.3f}'
for i in range(3):
    print(template.format(i, i / 7))
print('{a}-{b}'.format_map({'a': 1, 'b': 'x'}))
print(f'{"é"!a} {3.5!r:>6} {"x"!s:^5}')
