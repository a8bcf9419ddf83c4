# A DeZero-style define-by-run autograd core (steps 1-33): 0-d arrays, __array_priority__,
# operator dunders assigned after the class, weakref outputs, higher-order derivatives.
import numpy as np
import weakref, contextlib
class Config:
    enable_backprop = True
@contextlib.contextmanager
def using_config(name, value):
    old = getattr(Config, name)
    setattr(Config, name, value)
    try:
        yield
    finally:
        setattr(Config, name, old)
def no_grad(): return using_config('enable_backprop', False)
def as_array(x):
    if np.isscalar(x): return np.array(x)
    return x
def as_variable(obj):
    if isinstance(obj, Variable): return obj
    return Variable(obj)
class Variable:
    __array_priority__ = 200
    def __init__(self, data, name=None):
        if data is not None and not isinstance(data, np.ndarray):
            raise TypeError('{} is not supported'.format(type(data)))
        self.data = data; self.name = name; self.grad = None; self.creator = None; self.generation = 0
    @property
    def shape(self): return self.data.shape
    @property
    def ndim(self): return self.data.ndim
    @property
    def size(self): return self.data.size
    @property
    def dtype(self): return self.data.dtype
    def __len__(self): return len(self.data)
    def __repr__(self):
        if self.data is None: return 'variable(None)'
        p = str(self.data).replace('\n', '\n' + ' ' * 9)
        return 'variable(' + p + ')'
    def set_creator(self, func):
        self.creator = func; self.generation = func.generation + 1
    def cleargrad(self): self.grad = None
    def backward(self, retain_grad=False, create_graph=False):
        if self.grad is None: self.grad = Variable(np.ones_like(self.data))
        funcs = []; seen_set = set()
        def add_func(f):
            if f not in seen_set:
                funcs.append(f); seen_set.add(f); funcs.sort(key=lambda x: x.generation)
        add_func(self.creator)
        while funcs:
            f = funcs.pop()
            gys = [output().grad for output in f.outputs]
            with using_config('enable_backprop', create_graph):
                gxs = f.backward(*gys)
                if not isinstance(gxs, tuple): gxs = (gxs,)
                for x, gx in zip(f.inputs, gxs):
                    if x.grad is None: x.grad = gx
                    else: x.grad = x.grad + gx
                    if x.creator is not None: add_func(x.creator)
            if not retain_grad:
                for y in f.outputs: y().grad = None
class Function:
    def __call__(self, *inputs):
        inputs = [as_variable(x) for x in inputs]
        xs = [x.data for x in inputs]
        ys = self.forward(*xs)
        if not isinstance(ys, tuple): ys = (ys,)
        outputs = [Variable(as_array(y)) for y in ys]
        if Config.enable_backprop:
            self.generation = max([x.generation for x in inputs])
            for output in outputs: output.set_creator(self)
            self.inputs = inputs
            self.outputs = [weakref.ref(output) for output in outputs]
        return outputs if len(outputs) > 1 else outputs[0]
class Add(Function):
    def forward(self, x0, x1): return x0 + x1
    def backward(self, gy): return gy, gy
class Mul(Function):
    def forward(self, x0, x1): return x0 * x1
    def backward(self, gy):
        x0, x1 = self.inputs
        return gy * x1, gy * x0
class Neg(Function):
    def forward(self, x): return -x
    def backward(self, gy): return -gy
class Sub(Function):
    def forward(self, x0, x1): return x0 - x1
    def backward(self, gy): return gy, -gy
class Div(Function):
    def forward(self, x0, x1): return x0 / x1
    def backward(self, gy):
        x0, x1 = self.inputs
        return gy / x1, gy * (-x0 / x1 ** 2)
class Pow(Function):
    def __init__(self, c): self.c = c
    def forward(self, x): return x ** self.c
    def backward(self, gy):
        x, = self.inputs
        return self.c * x ** (self.c - 1) * gy
class Sin(Function):
    def forward(self, x): return np.sin(x)
    def backward(self, gy):
        x, = self.inputs
        return gy * cos(x)
class Cos(Function):
    def forward(self, x): return np.cos(x)
    def backward(self, gy):
        x, = self.inputs
        return gy * -sin(x)
def sin(x): return Sin()(x)
def cos(x): return Cos()(x)
def add(x0, x1): return Add()(x0, as_array(x1))
def mul(x0, x1): return Mul()(x0, as_array(x1))
def neg(x): return Neg()(x)
def sub(x0, x1): return Sub()(x0, as_array(x1))
def rsub(x0, x1): return Sub()(as_array(x1), x0)
def div(x0, x1): return Div()(x0, as_array(x1))
def rdiv(x0, x1): return Div()(as_array(x1), x0)
def pow(x, c): return Pow(c)(x)
Variable.__add__ = add; Variable.__radd__ = add
Variable.__mul__ = mul; Variable.__rmul__ = mul
Variable.__neg__ = neg; Variable.__sub__ = sub; Variable.__rsub__ = rsub
Variable.__truediv__ = div; Variable.__rtruediv__ = rdiv; Variable.__pow__ = pow

x = Variable(np.array(2.0))
y = x ** 2 + 3.0 * x + np.array(1.0)
y.backward()
print(y, x.grad)
print(np.array([2.0]) + x, 3 - x, 1 / x, -x)
def goldstein(x, y):
    z = (1 + (x + y + 1)**2 * (19 - 14*x + 3*x**2 - 14*y + 6*x*y + 3*y**2)) * \
        (30 + (2*x - 3*y)**2 * (18 - 32*x + 12*x**2 + 48*y - 36*x*y + 27*y**2))
    return z
x = Variable(np.array(1.0)); y = Variable(np.array(1.0))
z = goldstein(x, y); z.backward()
print(x.grad, y.grad)
x = Variable(np.array(1.0))
y = sin(x)
y.backward(create_graph=True)
for i in range(3):
    gx = x.grad
    x.cleargrad()
    gx.backward(create_graph=True)
    print(x.grad)
with no_grad():
    y = x * 2
print(y.creator, Config.enable_backprop)
v = Variable(np.array([[1, 2, 3], [4, 5, 6]]))
print(v, len(v), v.shape)
try:
    Variable(1.0)
except TypeError as e:
    print(e)
