# Generated: container operations.
xs = [5, 3, 8]
xs.append(1)
xs.extend([9, 0])
xs.insert(1, 7)
print(xs, xs.pop(), xs.pop(0), xs)
xs.sort()
print(xs, xs.index(7), xs.count(3))
xs.reverse()
print(xs, xs[1:-1], xs[::2], xs[-2:])
del xs[0]
xs[1:3] = ['a', 'b', 'c']
print(xs, [x for x in xs if isinstance(x, str)])
