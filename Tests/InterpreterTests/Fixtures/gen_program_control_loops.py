# Generated: control loops.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("while finished at", i)
for x in []:
    print("never")
else:
    print("empty loop else")
result = [(i, j) for i in range(4) for j in range(i) if (i + j) % 2]
print(result, {i % 3 for i in range(10)}, {k: k * k for k in range(4)})
print(list(zip(range(3), "abc", [True, False, None])), list(enumerate("xy", start=5)))
