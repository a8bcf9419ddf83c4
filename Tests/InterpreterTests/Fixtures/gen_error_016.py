# Generated: a program that ends with one uncaught exception.
values = [1, 2, 3]
print('before', values)
'abc'.index('z')
print('not reached')
