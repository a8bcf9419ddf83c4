# The statistics module: exact sums and squared deviations rounded once (mean of 0.1, 0.2,
# 0.3 is 0.2), result types following the data, correctly rounded stdev, medians, modes,
# quantiles by both methods, covariance, correlation, linear_regression, and each error.
import statistics as st
import math
cases = [
    "st.mean([1, 2, 3, 4])", "st.mean([1, 2, 3])", "st.mean([0.1, 0.2, 0.3])", "st.mean([1, 2.5])",
    "st.mean([True, True, False])", "st.mean(iter([1, 5]))", "st.mean(range(10))", "st.mean([])",
    "st.mean([1, float('nan')])", "st.mean([float('inf'), 1])", "st.mean(['a'])",
    "st.mean([1e308, 1e308])", "st.mean([0.1] * 10)", "st.mean([-1, -2])",
    "st.fmean([1, 2, 3, 4])", "st.fmean(iter([0.1, 0.2]))", "st.fmean([1, 2], weights=[3, 1])", "st.fmean([])",
    "st.geometric_mean([1, 2, 4])", "st.geometric_mean([1, 0])", "st.geometric_mean([])",
    "st.harmonic_mean([40, 60])", "st.harmonic_mean([40, 60], weights=[5, 30])", "st.harmonic_mean([1, 0, 2])",
    "st.harmonic_mean([2.5])", "st.harmonic_mean([-1, 2])", "st.harmonic_mean([])",
    "st.median([3, 1, 2])", "st.median([4, 1, 3, 2])", "st.median([1.5, 2.5])", "st.median([])",
    "st.median_low([1, 2, 3, 4])", "st.median_high([1, 2, 3, 4])", "st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])",
    "st.median_grouped([52, 52, 53, 54], interval=2)",
    "st.mode([1, 1, 2, 3, 3, 3])", "st.mode(['red', 'blue', 'red'])", "st.mode([])", "st.mode([1, 2])",
    "st.multimode('aabbbbccddddeeffffgg')", "st.multimode([])",
    "st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])", "st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method='inclusive')",
    "st.quantiles([1.5, 2.5, 10], n=3)", "st.quantiles([1], n=4)", "st.quantiles([1, 2], n=0)", "st.quantiles([1, 2], method='x')",
    "st.variance([1, 2, 3, 4])", "st.variance([1, 2, 3])", "st.variance([0.1, 0.2, 0.4])", "st.variance([1])",
    "st.variance([1, 2, 3, 4], xbar=2.5)", "st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])",
    "st.pvariance([1, 2, 3, 4])", "st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])", "st.pvariance([5])", "st.pvariance([])",
    "st.stdev([1, 2, 3, 4])", "st.stdev([2, 4, 4, 4, 5, 5, 7, 9])", "st.stdev([0.1, 0.2, 0.4])", "st.stdev([1])",
    "st.stdev([1e100, 2e100, 5e100])", "st.stdev([1e-300, 3e-300])", "st.stdev([1, float('nan')])",
    "st.pstdev([2, 4, 4, 4, 5, 5, 7, 9])", "st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])", "st.pstdev([3])",
    "st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])", "st.covariance([1], [2])", "st.covariance([1, 2], [1])",
    "st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])", "st.correlation([1, 1], [1, 2])",
    "st.linear_regression([1, 2, 3, 4, 5], [2, 4.1, 6, 8.2, 9.9])", "st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True)",
    "st.linear_regression([1, 1], [1, 2])", "st.linear_regression([1, 2, 3], [2, 4, 6]).slope",
    "isinstance(st.StatisticsError('x'), ValueError)", "st.mean([1, 2]) == 1.5",
    "[st.stdev([i * 0.1 for i in range(n)]) for n in range(2, 8)]",
    "[st.variance([i ** 1.5 for i in range(n)]) for n in range(2, 8)]",
]
for c in cases:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
