# json.dumps/loads options: default, cls (a JSONEncoder subclass, the usual way to write numpy
# values), allow_nan, skipkeys, check_circular, the decoder hooks; numpy float64 (a float
# subclass) is written as a number; collections' mappings and namedtuples as objects/arrays.
import collections
import json
import numpy as np


class NumpyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, np.ndarray):
            return o.tolist()
        if isinstance(o, (np.integer, np.floating)):
            return o.item()
        return super().default(o)


data = {'loss': np.float64(0.125), 'acc': np.float32(0.5), 'epoch': np.int64(3),
        'weights': np.arange(4).reshape(2, 2)}
print(json.dumps(data, cls=NumpyEncoder))
print(json.dumps(data, cls=NumpyEncoder, indent=2, sort_keys=True))
print(json.dumps(np.float64(1.5)), json.dumps([np.float64(2.0), True, None]))
for bad in [np.int64(3), np.float32(1), {1, 2}, np.arange(2), object]:
    try:
        print(json.dumps(bad))
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({'a': np.arange(3)}, default=lambda o: o.tolist()))
print(json.dumps({'x': {1, 2}}, default=sorted), json.dumps(1j, default=str))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError', e)
print(json.dumps([float('nan'), float('-inf'), 1e16, -0.0, 10**30]))
print(json.dumps({(1, 2): 3, 'k': 1, 2.5: 'f', None: 0, True: 1}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
print(json.dumps({'a': [1, 2]}, indent=2, separators=(', ', ' = ')))
print(json.dumps({'a': 1}, indent='\t'), json.dumps([[]], indent=2), json.dumps({}, indent=2))
print(json.dumps(collections.Counter('aab')), json.dumps(collections.OrderedDict(b=1, a=2)))
Point = collections.namedtuple('Point', 'x y')
print(json.dumps(Point(1, 2)), json.dumps({'p': Point(3, 4)}))
print(json.loads('{"a": 1, "b": [1.5, 2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, {"c": 3}]', parse_float=str, parse_int=float))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads('{"a": 1, "a": 2}'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b'[1]')))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))
