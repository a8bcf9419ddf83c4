import numpy as np
def layer(x, w):
    return x @ w
def forward(x):
    h = layer(x, np.ones((3, 4)))
    return layer(h, np.ones((5, 2)))
forward(np.ones((2, 3)))
