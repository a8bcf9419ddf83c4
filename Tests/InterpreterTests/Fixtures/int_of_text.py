# int() of a str: short decimal texts (read at once), and every other form int() takes or
# refuses: signs, spaces, underscores, other scripts' digits, bases and prefixes, long texts.

texts = [
    "0", "-0", "+7", "007", "12345", "-12345", "123456789012345", "-12345678901234",
    "999999999999999", "1234567890123456", "99999999999999999999", " 5", "5 ", "\t-3\n",
    "1_000", "1__0", "_1", "1_", "٣", "١٢", "-", "+", "", "   ", "-+1", "+-1", "--1",
    "12a", "0x10", "1.5", "1e3", "½",
]
for s in texts:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, base in [("ff", 16), ("0xff", 16), ("0b101", 0), ("-0o17", 0), ("z", 36), ("12", 3), ("9", 8), ("0x_ff", 16), ("0b_1", 0), ("1_0", 2), ("-_1", 10)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError:", e)
total = 0
for word in "3 14 15 92 65 35 -89 79".split():
    total += int(word)
print(total, [int(c) for c in "2718281828"], int("1" * 30) % 1000)
