# Benchmark setup: the course's convolutional network from scratch on a batch of 100 28x28
# images. bench/run.py puts the layer classes of Tests/ModulesTests/Fixtures/course_convnet.py
# (im2col/col2im, Convolution, Pooling, BatchNorm, Dropout, Adam) in front of this.
np.random.seed(0)
N, C, H, W = 100, 1, 28, 28
x = np.random.randn(N, C, H, W)
t = np.random.randint(0, 3, size=N)
params = {}
params['W1'] = 0.1 * np.random.randn(4, 1, 3, 3); params['b1'] = np.zeros(4)
params['W2'] = 0.1 * np.random.randn(4 * 14 * 14, 16); params['b2'] = np.zeros(16)
params['gamma'] = np.ones(16); params['beta'] = np.zeros(16)
params['W3'] = 0.1 * np.random.randn(16, 3); params['b3'] = np.zeros(3)
layers = OrderedDict()
layers['Conv1'] = Convolution(params['W1'], params['b1'], 1, 1)
layers['Relu1'] = Relu()
layers['Pool1'] = Pooling(2, 2, stride=2)
layers['Affine1'] = Affine(params['W2'], params['b2'])
layers['BN'] = BatchNormalization(params['gamma'], params['beta'])
layers['Relu2'] = Relu()
layers['Drop'] = Dropout(0.2)
layers['Affine2'] = Affine(params['W3'], params['b3'])
last = SoftmaxWithLoss()
opt = Adam(lr=0.01)

def train_step():
    y = x
    for layer in layers.values():
        y = layer.forward(y, True) if isinstance(layer, (BatchNormalization, Dropout)) else layer.forward(y)
    loss = last.forward(y, t)
    dout = last.backward(1)
    for layer in reversed(list(layers.values())):
        dout = layer.backward(dout)
    grads = {'W1': layers['Conv1'].dW, 'b1': layers['Conv1'].db,
             'W2': layers['Affine1'].dW, 'b2': layers['Affine1'].db,
             'gamma': layers['BN'].dgamma, 'beta': layers['BN'].dbeta,
             'W3': layers['Affine2'].dW, 'b3': layers['Affine2'].db}
    opt.update(params, grads)
    return loss
