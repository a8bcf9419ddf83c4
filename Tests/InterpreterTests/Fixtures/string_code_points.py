# String methods match code points, not Swift's grapheme clusters: "\r\n" is two code points.
s = "a\r\nb\r\n"
print(repr(s.split("\n")), repr(s.replace("\r", "")), s.find("\n"), s.count("\n"), s.endswith("\n"), s.rstrip("\n") == "a\r\nb\r", s.index("\r"), s.partition("\n"), s.strip(), s.splitlines(), "\n" in s, s.rfind("\r"), s.rsplit("\r", 1), s.startswith("a\r"), "e\u0301" .find("\u0301"), len("e\u0301"), "\u0301" in "e\u0301", "e\u0301".replace("\u0301", "!"))
print("\r" in "\r\n", "x"[0] in "\r\n")
line = "ab\r\n"
print([c in "\r\n" for c in line])
