# Generated: a program that ends with one uncaught exception.
values = [1, 2, 3]
print('before', values)
'{0}{1}'.format(1)
print('not reached')
