# bytes: construction, repr, indexing, slicing, iteration, comparison, hashing, encode/decode.
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(), isinstance(bytes(2), bytes))
print(type(bytes(1)).__name__, str(bytes([104, 105])), repr("it's".encode()), 'say "hi"'.encode())
data = "naïve\tcafé\n\\".encode("utf-8")
print(data, len(data), data[0], data[-1], data[2:5], data[::3], list(data[:4]))
print(data.decode(), "latin".encode("latin-1").decode("latin-1"), bytes(range(250, 256)))
print("ab".encode() + "cd".encode(), "ab".encode() * 3, "a".encode() < "b".encode())
print("ab".encode() == "ab".encode(), "ab".encode() != "ab".encode(), "ab".encode() == "ab")
seen = {"key".encode(): 1}
seen["key".encode()] += 1
print(seen, "key".encode() in seen, bool(bytes()), bool(bytes(1)))
for bad in [[256], ["a"], -1]:
    try:
        bytes(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    bytes("x")
except TypeError as e:
    print(e)
try:
    "é".encode("ascii")
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), e)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    bytes([255, 254]).decode()
except UnicodeDecodeError as e:
    print(type(e).__name__)
