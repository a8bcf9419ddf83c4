# Generated: container operations.
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = i + 1
print(m, [row[::-1] for row in m], list(zip(*m)))
print(sum(map(sum, m)), max(m, key=sum), sorted(m, key=lambda r: r[::-1]))
