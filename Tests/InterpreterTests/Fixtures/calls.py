def adder(n):
    def add(x):
        return x + n
    return add

print(adder(2)(40), adder(-1)(1))


class Greeter:
    def __init__(self, word):
        self.word = word

    def greet(self, name):
        return self.word + ", " + name


g = Greeter("hi")
print(g.greet("ada"))
g.greet = lambda name: "shadowed " + name
print(g.greet("bob"))
bound = Greeter("yo").greet
print(bound("cy"), Greeter.greet(g, "dee"))


def two(a, b=2):
    return a * b

print(two(3), two(3, 4), two(b=5, a=1))
for bad in ["two()", "two(1, 2, 3)", "g2.greet()"]:
    try:
        if bad == "two()":
            two()
        elif bad == "two(1, 2, 3)":
            two(1, 2, 3)
        else:
            Greeter("x").greet()
    except TypeError as e:
        print("TypeError:", e)
print(7 - 10, 3 * -4, 2.5 * 4.0, 1.5 - 0.25, 9223372036854775807 - 1)
