#pragma once
// Vector kernels compiled as C (see each file for why it is not inlined from CVectorMath).

/// Whether the processor has AVX-512 F, CD, BW, DQ and VL: where numpy's float64 exp and log
/// are Intel's SVML, whose bits the two kernels below compute.
int nk_has_avx512_skx(void);

/// numpy's float64 exp (Intel SVML's bits) of `n` values; needs AVX-512 F, CD, BW, DQ and VL.
void nk_exp_f64_skx(const double *src, double *dst, long n);

/// numpy's float64 log (Intel SVML's bits) of `n` values; needs AVX-512 F, CD, BW, DQ and VL.
void nk_log_f64_skx(const double *src, double *dst, long n);

/// The operations `nk_stream_f64` and `nk_stream_f32` compute.
enum { NK_STREAM_ADD, NK_STREAM_SUBTRACT, NK_STREAM_MULTIPLY, NK_STREAM_DIVIDE };

/// `r[i] = x[i * xStep] op y[i * yStep]` for `i < n` (a step of 0 repeats the first value; not
/// both), written to `r` with streaming stores that bypass the cache. `r` must not overlap
/// `x` or `y`. Only where `nk_stream_available()`.
void nk_stream_f64(
    int op, const double *x, long xStep, const double *y, long yStep, double *r, long n);
void nk_stream_f32(
    int op, const float *x, long xStep, const float *y, long yStep, float *r, long n);

/// Whether this processor has the streaming kernels (x86-64).
int nk_stream_available(void);
