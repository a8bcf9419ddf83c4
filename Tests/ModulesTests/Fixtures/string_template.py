# string.Template: $name, ${name}, $$, substitute and safe_substitute, CPython's errors.
from string import Template
import string
t = Template('$who likes ${what} for $$5 $x_1')
print(t.substitute(who='tim', what='tea', x_1=3), t.safe_substitute(who='a'), t.template)
for src, kw in [('$who and $', {'who': 1}), ('a $1', {}), ('${who', {'who': 1}), ('$missing', {}), ('${Who_2}!', {'Who_2': 'ok'})]:
    try:
        print(Template(src).substitute(**kw))
    except Exception as e:
        print(type(e).__name__, e)
print(Template('x $a $$ $ ${b').safe_substitute(a=1))
print(Template('$a$b').substitute({'a': 1}, b=2), Template('line1\n  $ bad').safe_substitute())
try:
    Template('line1\n  $ bad').substitute()
except ValueError as e:
    print(e)
print(string.Template('$x').substitute({'x': 1.5}, x='kw wins'), string.capwords('hello   world'))
