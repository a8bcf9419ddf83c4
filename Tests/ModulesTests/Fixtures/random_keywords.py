# numpy.random's functions, RandomState and Generator methods, and Python's random functions
# with their parameters passed by name (np.random.seed(seed=...) was ignored).
import numpy as np
calls = [
 "np.random.seed(seed=3); np.random.rand()",
 "np.random.randint(low=2, high=9, size=(2, 3))", "np.random.randint(low=5, size=3)", "np.random.randint(0, 4, size=4, dtype=np.int32)",
 "np.random.uniform(low=-1, high=2, size=3)", "np.random.normal(loc=1.0, scale=0.5, size=(2,))", "np.random.choice(a=5, size=3, replace=False)",
 "np.random.choice(a=[1, 2, 3], size=4, p=[0.2, 0.3, 0.5])", "np.random.permutation(x=6)", "np.random.random(size=2)", "np.random.random_sample(size=(1, 2))",
 "np.random.standard_normal(size=3)", "np.random.binomial(n=10, p=0.3, size=3)", "np.random.poisson(lam=3.0, size=3)", "np.random.exponential(scale=2.0, size=2)",
 "np.random.beta(a=2.0, b=3.0, size=2)", "np.random.gamma(shape=2.0, scale=1.5, size=2)", "np.random.multivariate_normal(mean=[0, 0], cov=[[1, 0], [0, 1]], size=2)",
 "np.random.RandomState(seed=5).rand(2)", "np.random.RandomState(seed=5).randn(2)", "np.random.RandomState(5).randint(low=0, high=10, size=3)",
 "np.random.RandomState(5).normal(loc=2, scale=3, size=2)", "np.random.RandomState(5).choice(a=10, size=2, replace=True)",
 "np.random.default_rng(seed=7).random(size=2)", "np.random.default_rng(7).integers(low=1, high=6, size=3, endpoint=True)",
 "np.random.default_rng(7).normal(loc=1, scale=2, size=2)", "np.random.default_rng(7).choice(a=5, size=3, replace=False)",
 "np.random.default_rng(7).uniform(low=0, high=3, size=2)", "np.random.default_rng(7).permutation(x=5)", "np.random.default_rng(7).standard_normal(size=2)",
 "np.random.default_rng(7).shuffle(x=[1,2,3])",
 "np.random.lognormal(mean=0.5, sigma=0.2, size=2)", "np.random.laplace(loc=0, scale=1, size=2)", "np.random.logistic(loc=0, scale=1, size=2)",
 "np.random.triangular(left=0, mode=1, right=3, size=2)", "np.random.weibull(a=2.0, size=2)", "np.random.geometric(p=0.3, size=3)",
 "np.random.chisquare(df=3, size=2)", "np.random.standard_t(df=3, size=2)", "np.random.dirichlet(alpha=[1, 2], size=2)", "np.random.multinomial(n=5, pvals=[0.5, 0.5], size=2)",
]
np.random.seed(0)
for c in calls:
    try:
        r = eval(c) if ";" not in c else (exec(c.split(";")[0]), eval(c.split(";")[1]))[1]
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "-> ERR", type(e).__name__, e)
import random
random.seed(a=4); print(random.random())
print(random.Random(x=4).random() if False else random.Random(4).random())
print(random.randint(a=1, b=5), random.uniform(a=1, b=2), random.choice(seq=[1, 2, 3]), random.sample(population=range(10), k=3), random.choices(population=[1, 2, 3], weights=[1, 1, 5], k=4))
print(random.gauss(mu=0, sigma=1), random.normalvariate(mu=1, sigma=2), random.randrange(start=0, stop=10, step=2), random.shuffle(x=[1, 2]) if False else 0)
