# `def __name` in a class body binds the mangled name; lambdas and nested functions in
# methods see it too.
class Gate:
    __scale = 3
    doubled = __scale * 2

    def __init__(self):
        self.__w = 1

    def __loss(self):
        return self.__w * self.__scale

    def direct(self):
        return self.__loss()

    def through_lambda(self):
        f = lambda _: self.__loss()
        return f(0)

    def through_closure(self):
        def inner():
            return self.__loss() + 1
        return inner()


g = Gate()
print(g.direct(), g.through_lambda(), g.through_closure(), Gate.doubled, g._Gate__loss())
print(Gate._Gate__scale, hasattr(g, "__loss"), hasattr(g, "_Gate__loss"))
g.__loss()
