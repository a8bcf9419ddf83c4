import matplotlib.pyplot as plt
names = ["cat", "dog", "bird"]
plt.barh(names, [5, 3, 4], color=["C0", "C1", "C2"])
plt.xlabel("votes")
plt.title("Horizontal bars")
