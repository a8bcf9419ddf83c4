import time

start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(0.01 <= elapsed < 1.0, type(time.time()).__name__, time.time() > 1.7e9)
time.sleep(-1)
