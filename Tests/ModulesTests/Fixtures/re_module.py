# re on Swift's Regex with Python's rules: code points, groups and names, findall/finditer/sub/subn/split
# (empty matches as Python 3.7+), flags, $ before a final newline, escape.
import re
text = "Alice: 23 apples, Bob: 7 pears; Carol: 1000 kiwis\nend line 42"
print(re.findall(r"\d+", text), re.findall(r"(\w+): (\d+)", text), re.findall(r"(\w+):", text))
m = re.search(r"(?P<name>[A-Z]\w+): (?P<n>\d+)", text)
print(m, m.group(), m.group(1), m.group("n"), m.groups(), m.groupdict(), m.span(), m.start(2), m.end(), m[0], m["name"])
print(re.match(r"\w+", text).group(), re.match(r"\d", text), re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "12a"))
print(re.sub(r"\d+", "#", text), re.sub(r"(\w+): (\d+)", r"\2 \1", text, count=1))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\g<w> at \g<2>", "me@home you@work"), re.subn(r"a", "A", "banana"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 2 30"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " x y "), re.split(r",", "a,b,c", maxsplit=1))
p = re.compile(r"^end line (\d+)$", re.M)
print(p, p.pattern, p.groups, p.search(text).group(1), [m.group(0) for m in re.finditer(r"[aeiou]{2}", "book keeper queue")])
print(re.findall(r"APPLE", "apple Apple", re.I), re.findall(r"a.b", "a\nb axb", re.S), re.findall(r"a.b", "a\nb axb"))
print(re.escape("1+1=2? (yes)"), re.findall(r"\bcat\b", "cat concat cat."), re.findall("é", "café e\u0301"))
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"), re.search(r"x", "abc"))
try:
    re.compile("(unclosed")
except re.error:
    print("re.error raised")
words = re.findall(r"[a-z']+", "It's a dog's life, isn't it?".lower())
print(words, len(words))
print(re.findall(r"x*", "axb"), re.sub(r"x*", "-", "abc"), re.split(r"x*", "axbc"))
print(re.search(r"a$", "a\n") is not None, re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.A))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.findall(r"(a)|(b)", "ab"))
print(re.compile(r"\w+", re.I | re.M))
