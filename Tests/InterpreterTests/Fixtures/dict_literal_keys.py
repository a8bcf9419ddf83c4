# d['key'] with a str literal: found by a key made once; missing keys, other containers,
# keys equal across types, and the KeyError.
params = {'W1': [1, 2], 'b1': 0.5, 1: 'one', True: 'yes'}
def read():
    total = 0
    for _ in range(3):
        total += params['W1'][1] + params['b1']
    return total
print(read())
print(params[1], params[True])
print('abc'['a' == 'a'])
class Lookup:
    def __getitem__(self, key):
        return 'looked up ' + key
print(Lookup()['x'])
try:
    params['W2']
except KeyError as e:
    print('KeyError', e)
def missing():
    return params['nope']
try:
    missing()
except KeyError as e:
    print(repr(e))
try:
    print((1, 2)['a'])
except TypeError as e:
    print(e)
params['W1'] = 'replaced'
print(params['W1'])
del params['b1']
try:
    print(params['b1'])
except KeyError as e:
    print('gone', e)
