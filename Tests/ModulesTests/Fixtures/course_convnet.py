# The course's convolutional network from scratch: im2col/col2im, Convolution, Pooling, BatchNorm, Dropout, Adam.
import numpy as np
from collections import OrderedDict

def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_data.shape
    out_h = (H + 2*pad - filter_h)//stride + 1
    out_w = (W + 2*pad - filter_w)//stride + 1
    img = np.pad(input_data, [(0,0), (0,0), (pad, pad), (pad, pad)], 'constant')
    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w))
    for y in range(filter_h):
        y_max = y + stride*out_h
        for x in range(filter_w):
            x_max = x + stride*out_w
            col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride]
    col = col.transpose(0, 4, 5, 1, 2, 3).reshape(N*out_h*out_w, -1)
    return col

def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_shape
    out_h = (H + 2*pad - filter_h)//stride + 1
    out_w = (W + 2*pad - filter_w)//stride + 1
    col = col.reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((N, C, H + 2*pad + stride - 1, W + 2*pad + stride - 1))
    for y in range(filter_h):
        y_max = y + stride*out_h
        for x in range(filter_w):
            x_max = x + stride*out_w
            img[:, :, y:y_max:stride, x:x_max:stride] += col[:, :, y, x, :, :]
    return img[:, :, pad:H + pad, pad:W + pad]

def softmax(x):
    x = x - x.max(axis=-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=-1, keepdims=True)

class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad
    def forward(self, x):
        FN, C, FH, FW = self.W.shape
        N, C, H, W = x.shape
        out_h = 1 + int((H + 2*self.pad - FH) / self.stride)
        out_w = 1 + int((W + 2*self.pad - FW) / self.stride)
        col = im2col(x, FH, FW, self.stride, self.pad)
        col_W = self.W.reshape(FN, -1).T
        out = np.dot(col, col_W) + self.b
        out = out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)
        self.x, self.col, self.col_W = x, col, col_W
        return out
    def backward(self, dout):
        FN, C, FH, FW = self.W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, FN)
        self.db = np.sum(dout, axis=0)
        self.dW = np.dot(self.col.T, dout).transpose(1, 0).reshape(FN, C, FH, FW)
        dcol = np.dot(dout, self.col_W.T)
        return col2im(dcol, self.x.shape, FH, FW, self.stride, self.pad)

class Pooling:
    def __init__(self, pool_h, pool_w, stride=1, pad=0):
        self.pool_h, self.pool_w, self.stride, self.pad = pool_h, pool_w, stride, pad
    def forward(self, x):
        N, C, H, W = x.shape
        out_h = int(1 + (H - self.pool_h) / self.stride)
        out_w = int(1 + (W - self.pool_w) / self.stride)
        col = im2col(x, self.pool_h, self.pool_w, self.stride, self.pad)
        col = col.reshape(-1, self.pool_h*self.pool_w)
        self.arg_max = np.argmax(col, axis=1)
        out = np.max(col, axis=1)
        self.x = x
        return out.reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)
    def backward(self, dout):
        dout = dout.transpose(0, 2, 3, 1)
        pool_size = self.pool_h * self.pool_w
        dmax = np.zeros((dout.size, pool_size))
        dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = dout.flatten()
        dmax = dmax.reshape(dout.shape + (pool_size,))
        dcol = dmax.reshape(dmax.shape[0] * dmax.shape[1] * dmax.shape[2], -1)
        return col2im(dcol, self.x.shape, self.pool_h, self.pool_w, self.stride, self.pad)

class Relu:
    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy(); out[self.mask] = 0
        return out
    def backward(self, dout):
        dout[self.mask] = 0
        return dout

class Affine:
    def __init__(self, W, b):
        self.W, self.b = W, b
    def forward(self, x):
        self.original_x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.x = x
        return np.dot(self.x, self.W) + self.b
    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx.reshape(*self.original_x_shape)

class BatchNormalization:
    def __init__(self, gamma, beta, momentum=0.9):
        self.gamma, self.beta, self.momentum = gamma, beta, momentum
        self.running_mean = None; self.running_var = None
    def forward(self, x, train_flg=True):
        if self.running_mean is None:
            D = x.shape[1]
            self.running_mean = np.zeros(D); self.running_var = np.zeros(D)
        if train_flg:
            mu = x.mean(axis=0); xc = x - mu
            var = np.mean(xc**2, axis=0); std = np.sqrt(var + 10e-7)
            xn = xc / std
            self.batch_size = x.shape[0]; self.xc = xc; self.xn = xn; self.std = std
            self.running_mean = self.momentum * self.running_mean + (1-self.momentum) * mu
            self.running_var = self.momentum * self.running_var + (1-self.momentum) * var
        else:
            xn = (x - self.running_mean) / np.sqrt(self.running_var + 10e-7)
        return self.gamma * xn + self.beta
    def backward(self, dout):
        dbeta = dout.sum(axis=0)
        dgamma = np.sum(self.xn * dout, axis=0)
        dxn = self.gamma * dout
        dxc = dxn / self.std
        dstd = -np.sum((dxn * self.xc) / (self.std * self.std), axis=0)
        dvar = 0.5 * dstd / self.std
        dxc += (2.0 / self.batch_size) * self.xc * dvar
        dmu = np.sum(dxc, axis=0)
        dx = dxc - dmu / self.batch_size
        self.dgamma = dgamma; self.dbeta = dbeta
        return dx

class Dropout:
    def __init__(self, ratio=0.5):
        self.ratio = ratio
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.rand(*x.shape) > self.ratio
            return x * self.mask
        return x * (1.0 - self.ratio)
    def backward(self, dout):
        return dout * self.mask

class SoftmaxWithLoss:
    def forward(self, x, t):
        self.t = t
        self.y = softmax(x)
        bs = self.y.shape[0]
        return -np.sum(np.log(self.y[np.arange(bs), t] + 1e-7)) / bs
    def backward(self, dout=1):
        bs = self.t.shape[0]
        dx = self.y.copy()
        dx[np.arange(bs), self.t] -= 1
        return dx / bs

class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.iter = 0; self.m = None; self.v = None
    def update(self, params, grads):
        if self.m is None:
            self.m, self.v = {}, {}
            for key, val in params.items():
                self.m[key] = np.zeros_like(val)
                self.v[key] = np.zeros_like(val)
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params.keys():
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key]**2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)

np.random.seed(0)
N, C, H, W = 20, 1, 12, 12
x = np.random.randn(N, C, H, W)
t = np.random.randint(0, 3, size=N)
x[t == 1, :, :6, :] += 1.5
x[t == 2, :, :, :6] -= 1.5

params = {}
params['W1'] = 0.1 * np.random.randn(4, 1, 3, 3); params['b1'] = np.zeros(4)
params['W2'] = 0.1 * np.random.randn(4 * 6 * 6, 16); params['b2'] = np.zeros(16)
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

def predict(x, train):
    for name, layer in layers.items():
        if isinstance(layer, (BatchNormalization, Dropout)):
            x = layer.forward(x, train)
        else:
            x = layer.forward(x)
    return x

for it in range(30):
    loss = last.forward(predict(x, True), t)
    dout = last.backward(1)
    for layer in reversed(list(layers.values())):
        dout = layer.backward(dout)
    grads = {'W1': layers['Conv1'].dW, 'b1': layers['Conv1'].db,
             'W2': layers['Affine1'].dW, 'b2': layers['Affine1'].db,
             'gamma': layers['BN'].dgamma, 'beta': layers['BN'].dbeta,
             'W3': layers['Affine2'].dW, 'b3': layers['Affine2'].db}
    opt.update(params, grads)
    if it % 5 == 0:
        print(it, round(float(loss), 6))

y = predict(x, False)
acc = np.sum(np.argmax(y, axis=1) == t) / float(N)
print("accuracy", acc)
print(np.round(params['W1'][0, 0], 4))
print(layers['BN'].running_mean[:4])
print(repr(y[:2]))
