#pragma once
// Vector kernels compiled as C (see each file for why it is not inlined from CVectorMath).

/// numpy's float64 exp (Intel SVML's bits) of `n` values; needs AVX-512 F, CD, BW, DQ and VL.
void nk_exp_f64_skx(const double *src, double *dst, long n);

/// numpy's float64 log (Intel SVML's bits) of `n` values; needs AVX-512 F, CD, BW, DQ and VL.
void nk_log_f64_skx(const double *src, double *dst, long n);
