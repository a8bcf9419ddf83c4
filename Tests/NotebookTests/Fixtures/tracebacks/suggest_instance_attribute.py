class Layer:
    def __init__(self):
        self.weight = 1.0

    def forward(self, x):
        return self.wieght * x


print(Layer().forward(2))
