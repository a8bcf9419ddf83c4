import math
print(math.pi, math.e, math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.exp(1))
print(math.log(10), math.sin(0.5), math.isnan(float("nan")))
math.sqrt(-1)
