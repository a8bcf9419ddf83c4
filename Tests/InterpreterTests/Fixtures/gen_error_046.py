# Generated: a program that ends with one uncaught exception.
values = [1, 2, 3]
print('before', values)
assert 1 == 2, 'message'
print('not reached')
