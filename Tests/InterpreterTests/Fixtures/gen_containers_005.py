# Generated: container operations.
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(counts, key=counts.get), len(counts))
