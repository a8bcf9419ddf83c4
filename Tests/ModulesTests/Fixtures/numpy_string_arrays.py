# String arrays: creation, printing, indexing, comparison, where, unique, sort, astype.
import numpy as np

a = np.array(['cat', 'dog', 'bird'])
print(a, a.dtype, a.shape, a.ndim, a.size, a.itemsize, a.nbytes)
print(repr(a), repr(a.dtype), a.dtype.kind, a.dtype.name)
print(a[1], a[-1], a[1:], a[::-1], a[[0, 2]], a[a != 'dog'])
print(a == 'dog', a == np.array(['cat', 'cow', 'bird']), 'dog' in a, 'cow' in a)
print(isinstance(a, np.ndarray), len(a), a.tolist(), [str(x) for x in a])

m = np.array([['a', 'bbb'], ['cc', 'd']])
print(m)
print(repr(m), m.shape, m[1], m[1, 0], m[:, 1], m.T, m.flatten())
print(m.reshape(4), m.reshape(-1, 1).shape)

q = np.array(["it's", 'x"y', 'ümlaut', ''])
print(q)
print(repr(q))

names = np.array(['w%d' % i for i in range(30)])
print(names)
print(repr(names))
print(np.array(['x'] * 1001))

b = np.array(['a', 'b'])
b[0] = 'hello'
print(b, b.dtype)
b[b == 'b'] = 'z'
print(b)

y = np.array([1, 0, 1, 1])
labels = np.where(y > 0, 'pos', 'neg')
print(labels, repr(labels))
print(np.where(y == 1, labels, 'other'))
classes = np.array(['plane', 'car', 'bird'])
pred = np.array([2, 0, 0, 1])
print(classes[pred], classes[pred].shape)

print(np.unique(['b', 'a', 'b']))
print(np.unique(np.array(['b', 'a', 'b', 'c']), return_counts=True))
print(np.unique(np.array(['b', 'a', 'b']), return_index=True, return_inverse=True))
print(np.sort(np.array(['pear', 'apple', 'Zebra'])), np.argsort(np.array(['pear', 'apple'])))
s = np.array(['pear', 'apple', 'fig'])
s.sort()
print(s, s.argsort())

print(np.array([1, 2]).astype(str), repr(np.array([1, 2]).astype(str)))
print(repr(np.array([1.5, 2.0]).astype(str)), repr(np.array([True, False]).astype(str)))
print(np.array(['1.5', '2']).astype(float), np.array(['3', '-4']).astype(int))
print(repr(np.array(['ab', 'c']).astype('<U1')))
print(repr(np.array([1, 2], dtype=str)), repr(np.array(['a', 1])), repr(np.array(['a', 1.5])))
print(repr(np.full(3, 'x')), repr(np.full((2, 2), 'ab')))
print(repr(np.concatenate([np.array(['a']), np.array(['bcd'])])))
print(np.array(['b', 'a']) < np.array(['a', 'b']), np.array(['b']) >= 'b')
print(np.asarray(['u', 'v']), np.array(['p', 'q'], dtype='U5').dtype)

try:
    np.array(['1.5', 'abc']).astype(float)
except ValueError as e:
    print('ValueError:', e)
try:
    a[5]
except IndexError as e:
    print('IndexError:', e)
try:
    np.array(['a', 'b']).reshape(3)
except ValueError as e:
    print('ValueError:', e)
