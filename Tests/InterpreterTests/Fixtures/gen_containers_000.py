# Generated: container operations.
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d), d.get('z'), d.get('a', 0), d.pop('b'), d)
print(sorted(d.items()), d.setdefault('q', []), d, 'a' in d, len(d))
d.update({'a': 10, 'n': None})
print(d, {k: v for k, v in d.items() if v}, dict(zip('xy', [1, 2])))
