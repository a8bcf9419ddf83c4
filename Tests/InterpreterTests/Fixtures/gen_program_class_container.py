# Generated: class container.
class Deck:
    def __init__(self, n):
        self.items = list(range(n))
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, v):
        return v in self.items
    def __iter__(self):
        return iter(self.items)
d = Deck(5)
d[0] = 10
print(len(d), d[0], d[-1], d[1:3], 3 in d, 7 in d, list(d), [x * 2 for x in d], sum(d))
print(bool(Deck(0)), bool(d))
for i, v in enumerate(d):
    if i == 2:
        break
print(i, v)
