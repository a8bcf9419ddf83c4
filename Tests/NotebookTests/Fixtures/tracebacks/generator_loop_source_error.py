def batches(data, size):
    for start in range(0, len(data) + size, size):
        chunk = data[start:start + size]
        yield chunk[0] / len(chunk)


def train(data):
    for b in batches(data, 2):
        print(b)


train([1.0, 2.0, 3.0, 4.0])
