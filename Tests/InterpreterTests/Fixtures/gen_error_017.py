# Generated: a program that ends with one uncaught exception.
values = [1, 2, 3]
print('before', values)
[1, 2].remove(3)
print('not reached')
