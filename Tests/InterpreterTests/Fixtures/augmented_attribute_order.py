# `obj.x += rhs` reads obj.x, then evaluates rhs, then stores: rhs may delete or re-add
# attributes of the same object in between.
class C:
    def __init__(self):
        self.a = 1
        self.b = 2

    def drop_a(self):
        del self.a
        return 10

    def readd_a(self):
        del self.a
        self.a = 5
        return 100

c = C()
c.b += c.drop_a()
print(vars(c))
d = C()
d.a += d.readd_a()
print(vars(d))
e = C()
for i in range(3):
    e.a += i
    e.b *= 2
print(vars(e))
try:
    f = C()
    f.a += f.drop_a() + f.a
except AttributeError as err:
    print("AttributeError:", err)
