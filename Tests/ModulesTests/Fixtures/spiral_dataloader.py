# DeZero's Spiral dataset, transforms and DataLoader (__iter__/__next__), trained by a softmax
# regression in float32.
import math
import numpy as np

def get_spiral(train=True):
    seed = 1984 if train else 2020
    np.random.seed(seed=seed)
    num_data, num_class, input_dim = 100, 3, 2
    data_size = num_class * num_data
    x = np.zeros((data_size, input_dim), dtype=np.float32)
    t = np.zeros(data_size, dtype=np.int32)
    for j in range(num_class):
        for i in range(num_data):
            rate = i / num_data
            radius = 1.0 * rate
            theta = j * 4.0 + 4.0 * rate + np.random.randn() * 0.2
            ix = num_data * j + i
            x[ix] = np.array([radius * np.sin(theta), radius * np.cos(theta)]).flatten()
            t[ix] = j
    indices = np.random.permutation(num_data * num_class)
    x = x[indices]
    t = t[indices]
    return x, t

class Dataset:
    def __init__(self, train=True, transform=None, target_transform=None):
        self.train = train
        self.transform = transform or (lambda x: x)
        self.target_transform = target_transform or (lambda x: x)
        self.data = None; self.label = None
        self.prepare()
    def __getitem__(self, index):
        assert np.isscalar(index)
        if self.label is None:
            return self.transform(self.data[index]), None
        return self.transform(self.data[index]), self.target_transform(self.label[index])
    def __len__(self): return len(self.data)
    def prepare(self): pass

class Spiral(Dataset):
    def prepare(self):
        self.data, self.label = get_spiral(self.train)

class DataLoader:
    def __init__(self, dataset, batch_size, shuffle=True):
        self.dataset = dataset; self.batch_size = batch_size; self.shuffle = shuffle
        self.data_size = len(dataset)
        self.max_iter = math.ceil(self.data_size / batch_size)
        self.reset()
    def reset(self):
        self.iteration = 0
        if self.shuffle: self.index = np.random.permutation(len(self.dataset))
        else: self.index = np.arange(len(self.dataset))
    def __iter__(self): return self
    def __next__(self):
        if self.iteration >= self.max_iter:
            self.reset()
            raise StopIteration
        i, batch_size = self.iteration, self.batch_size
        batch_index = self.index[i * batch_size:(i + 1) * batch_size]
        batch = [self.dataset[i] for i in batch_index]
        x = np.array([example[0] for example in batch])
        t = np.array([example[1] for example in batch])
        self.iteration += 1
        return x, t
    def next(self): return self.__next__()

def softmax(x, axis=1):
    y = x - x.max(axis=axis, keepdims=True)
    y = np.exp(y)
    return y / y.sum(axis=axis, keepdims=True)

def softmax_cross_entropy(x, t):
    N = x.shape[0]
    p = softmax(x)
    p = np.clip(p, 1e-15, 1.0)
    log_p = np.log(p)
    tlog_p = log_p[np.arange(N), t.ravel()]
    return -1 * tlog_p.sum() / np.float32(N)

class Normalize:
    def __init__(self, mean=0, std=1): self.mean = mean; self.std = std
    def __call__(self, array):
        mean, std = self.mean, self.std
        if not np.isscalar(mean):
            mshape = [1] * array.ndim
            mshape[0] = len(array) if len(self.mean) == 1 else len(self.mean)
            mean = np.array(self.mean, dtype=array.dtype).reshape(*mshape)
        if not np.isscalar(std):
            rshape = [1] * array.ndim
            rshape[0] = len(array) if len(self.std) == 1 else len(self.std)
            std = np.array(self.std, dtype=array.dtype).reshape(*rshape)
        return (array - mean) / std
class Compose:
    def __init__(self, transforms=[]): self.transforms = transforms
    def __call__(self, img):
        if not self.transforms: return img
        for t in self.transforms: img = t(img)
        return img
class AsType:
    def __init__(self, dtype=np.float32): self.dtype = dtype
    def __call__(self, array): return array.astype(self.dtype)
ToFloat = AsType

train_set = Spiral(train=True, transform=Compose([Normalize(0.5, 2.0), ToFloat()]))
print(len(train_set), train_set[0], type(train_set[0][1]).__name__)
np.random.seed(0)
loader = DataLoader(train_set, 30)
W = np.random.randn(2, 3).astype(np.float32) * 0.1
b = np.zeros(3, dtype=np.float32)
for epoch in range(3):
    total = 0
    for x, t in loader:
        y = x @ W + b
        loss = softmax_cross_entropy(y, t)
        total += float(loss) * len(t)
        p = softmax(y); p[np.arange(len(t)), t] -= 1; gy = p / len(t)
        W -= 1.0 * x.T @ gy; b -= 1.0 * gy.sum(axis=0)
    acc = (np.argmax(train_set.data @ W + b, axis=1) == train_set.label).mean()
    print('epoch %d, loss %.4f, acc %.4f' % (epoch + 1, total / len(train_set), acc), loss.dtype, type(loss).__name__)
x, t = loader.next()
print(x.shape, x.dtype, t.dtype, t[:5])
print(W)
it = iter(loader)
print(next(it)[1][:3])
print(sum(1 for _ in loader))
