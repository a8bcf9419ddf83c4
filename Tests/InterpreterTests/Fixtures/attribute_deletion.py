class A:
    k = 1
    def __init__(self):
        self.__p = 1
        self.x = 2
    def drop(self):
        del self.__p
        return hasattr(self, "_A__p")
    @property
    def v(self):
        return self.x
    @v.deleter
    def v(self):
        print("deleting v")
        del self.x
a = A()
print(a.drop())
del a.v
print(hasattr(a, "x"))
del A.k
print(hasattr(A, "k"))
A.z = 3
delattr(A, "z")
print("z" in A.__dict__)
def f():
    pass
f.tag = 1
del f.tag
print(hasattr(f, "tag"))
for stmt in ["del a.nope", "del A.nope", "del f.nope", "del (1).real", "delattr(a, 'q')", "del a.v"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
