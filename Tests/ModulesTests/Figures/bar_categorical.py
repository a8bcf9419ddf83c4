import matplotlib.pyplot as plt
plt.figure()
plt.bar(["A", "B", "C", "D"], [3, 7, 2, 5])
plt.title("Bar chart")
plt.ylabel("count")
