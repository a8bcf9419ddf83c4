# dict, list, str and tuple methods, formatting and builtins, each result's repr.
d = {"a": 1, "b": 2}
l = [3, 1, 2]
s = "Hello World  "
t = (1, 2, 2)
exprs = """d.setdefault("c", 3)
d.get("z", 0)
dict.fromkeys("ab", 0)
d.copy()
d.popitem()
d.pop("a")
d.update(x=5) or d
{**d, "y": 1}
d | {"q": 1}
list(reversed(d))
l.copy()
l.count(1)
l.index(2)
sorted(l, key=lambda v: -v)
l.sort(reverse=True) or l
l.reverse() or l
l.clear() or l
s.partition(" ")
s.rpartition("o")
s.splitlines()
"a\\nb\\r\\nc".splitlines(True)
s.casefold()
s.swapcase()
s.isspace()
s.isupper()
s.islower()
"123".isnumeric()
"a1".isalnum()
"ab".isascii()
"Ab".istitle()
"a\\tb".expandtabs(4)
"{x}".format_map({"x": 1})
"prefix_name".removeprefix("prefix_")
"name.py".removesuffix(".py")
s.rfind("o")
s.rindex("o")
s.lstrip()
s.rstrip()
"a,b,,c".split(",", 2)
"  a  b ".split()
"x".join(["1", "2"])
s.capitalize()
"abc".translate(str.maketrans("ab", "xy"))
"%5.2f|%-4d|%s|%r|%x|%o|%e|%c" % (3.14159, 7, "s", "r", 255, 8, 12345.678, 65)
"{:>8}|{:<6}|{:^7}|{:08.3f}|{:,}|{:.2%}|{:e}|{:x}|{:b}".format("r", "l", "c", 3.14159, 1234567, 0.256, 1234.5, 255, 5)
f"{3.14159:.3}|{42:+d}|{'x'!r:>5}|{1e20}|{1/3}"
t.count(2)
t.index(2)
divmod(-7, 2)
pow(2, 10, 7)
round(2.5), round(3.5), round(-0.5), round(1.2345, 2)
int("ff", 16), int("0b101", 0), float("  1e3 "), int(" 42 ")
bin(10), oct(10), hex(255), chr(9731), ord("€")
abs(-3.5), max([1, 5], default=0), min((), default=9)
list(zip("ab", range(3))), list(enumerate("ab", 1))
any([]), all([]), sum([0.1] * 10), sum([[1], [2]], [])
isinstance(True, int), issubclass(bool, int), type(1.0).__name__
callable(len), hash(1) == hash(1.0), id(d) == id(d)
sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1])
list(map(lambda x, y: x * y, [1, 2], [3, 4]))
list(filter(None, [0, 1, "", "a"]))
str(b"x"), repr(1e-5), repr(1e16), repr(0.1 + 0.2), str(-0.0)
1_000_000 // 7, 7 % -3, -7 // 2, 2 ** -1, 10 / 4""".split("\n")
for e in exprs:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as ex:
        print(e, "-> !", type(ex).__name__, ex)
print("abc".translate(str.maketrans({"a": "xy", "b": None})), "x".translate({120: 65}), "١٢".isdecimal(), "½".isnumeric(), "½".isdecimal(), "é".isascii(), "aa".removesuffix(""))
