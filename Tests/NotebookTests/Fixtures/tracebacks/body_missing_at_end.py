def train(steps):
    for step in range(steps):
