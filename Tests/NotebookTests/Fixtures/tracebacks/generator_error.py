# An exception inside a generator: the loop's frame, then the generator's.
def batches(data, size):
    for start in range(0, len(data), size):
        yield sum(data[start:start + size]) / (len(data) - start - size)


for mean in batches([1, 2, 3, 4], 2):
    print(mean)
