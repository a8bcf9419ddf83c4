class Config:
    rate = 0.1
    steps = int(rate * "10")
