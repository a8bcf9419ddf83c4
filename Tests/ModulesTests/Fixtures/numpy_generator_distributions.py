# numpy's Generator (default_rng): the distributions it draws like the legacy generator (poisson,
# tolerance: rtol=1e-12 atol=1e-12 (BLAS and LAPACK round differently on different processors)
# binomial with its n = 0 / p = 0 shortcut, laplace, multinomial, ...), bit for bit; a method kept
# after its generator is dropped keeps the generator alive.
import numpy as np
np.set_printoptions(precision=17)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


rng = np.random.default_rng(42)
show("poisson", lambda: rng.poisson(3, 8))
show("poisson-big", lambda: rng.poisson(40, 5))
show("binomial", lambda: rng.binomial(10, 0.3, 6))
show("binomial-big", lambda: rng.binomial(1000, 0.6, 4))
show("binomial-0", lambda: (rng.binomial(5, 0), rng.random()))
show("laplace", lambda: rng.laplace(1, 2, 3))
show("logistic", lambda: rng.logistic(size=3))
show("gumbel", lambda: rng.gumbel(0, 1, 3))
show("lognormal", lambda: rng.lognormal(0, 0.5, 3))
show("cauchy", lambda: rng.standard_cauchy(3))
show("triangular", lambda: rng.triangular(0, 1, 3, 4))
show("multinomial", lambda: rng.multinomial(20, [0.2, 0, 0.8], size=2))
show("arrays", lambda: rng.poisson([1, 10, 100]))
show("bad", lambda: rng.poisson(-1))
f = np.random.default_rng(7).normal
show("kept", lambda: f(size=2))
show("after", lambda: rng.random(2))
np.random.seed(0)
print(np.random.multinomial(10, [0.5, 0, 0.5]), np.random.rand())
# multivariate_normal: the Generator's (u * sqrt(s)).T factor, the legacy generator's own.
cov = np.array([[2.0, 0.3, 0.1], [0.3, 1.5, -0.2], [0.1, -0.2, 0.7]])
for seed in range(3):
    rng = np.random.default_rng(seed)
    print(rng.multivariate_normal([0, 1, 2], cov, 2))
print(np.random.default_rng(1).multivariate_normal([0.0, 0.0], [[1, 0.9], [0.9, 1]]))
np.random.seed(2)
print(np.random.multivariate_normal([1.0, 2.0], [[2.0, 0.3], [0.3, 0.5]], 2))
