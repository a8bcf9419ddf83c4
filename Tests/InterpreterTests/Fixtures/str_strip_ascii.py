# strip, lstrip and rstrip of ASCII text without an argument (their byte-by-byte path), beside
# non-ASCII text, explicit characters and results long and short.
samples = ["  hello  ", "hello", "", "   ", "\t\n\v\f\r x \x1c\x1d\x1e\x1f", " a b ",
           "\x00 zero \x00", "  " + "long text " * 5 + "  ", "\u3000wide\u3000", " é ",
           "\x85next\x85", "x\n"]
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
word = "hello"
print(word.strip() is word, word.lstrip() is word, word.rstrip() is word)
print(" ab ".strip("a "), "xxhixx".strip("x"), "--a--".lstrip("-"), "--a--".rstrip("-"))
print(" ab ".strip(None), " ab ".lstrip(None), " ab ".rstrip(None))
lines = ["  1, 2\n", "3 ,4  \n", "\t5,6\r\n"] * 2
print([line.strip() for line in lines])
print([[v.strip() for v in line.split(",")] for line in lines])
seen = {}
for line in lines:
    key = line.strip()
    seen[key] = seen.get(key, 0) + 1
print(seen)
for bad in [1, ["x"]]:
    try:
        " a ".strip(bad)
    except TypeError as e:
        print("TypeError:", e)
