#pragma once
// Kernels for processors with wider vectors than the build may assume (AVX-512 on x86-64),
// chosen at run time. Each computes exactly what NumKit's Swift form computes: the same
// operations in the same order, never fused, so every processor gives the same bits.
#include <stdint.h>

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>
#define NK_HAS_AVX512_KERNELS 1

static inline int nk_has_avx512f(void) { return __builtin_cpu_supports("avx512f"); }

#pragma clang fp contract(off)
// exp by Tang's table method, eight lanes at a time (see TableExp.swift for the method and
// `table`'s layout). Stops at the first block of eight holding a value outside
// (-limit, limit) or a NaN, or with fewer than eight left; returns how many it wrote.
__attribute__((target("avx512f"))) static inline long nk_exp_f64_avx512(
    const double *src, double *dst, long n, const uint64_t *table, double invLn2N,
    double shift, double ln2HiN, double ln2LoN, double limit) {
  const __m512d vInv = _mm512_set1_pd(invLn2N), vShift = _mm512_set1_pd(shift);
  const __m512d vHi = _mm512_set1_pd(ln2HiN), vLo = _mm512_set1_pd(ln2LoN);
  const __m512d vLimit = _mm512_set1_pd(limit);
  const __m512d half = _mm512_set1_pd(0.5), sixth = _mm512_set1_pd(1.0 / 6);
  const __m512d c24 = _mm512_set1_pd(1.0 / 24), c120 = _mm512_set1_pd(1.0 / 120);
  const __m512i mask127 = _mm512_set1_epi64(127);
  long i = 0;
  for (; i + 8 <= n; i += 8) {
    __m512d x = _mm512_loadu_pd(src + i);
    __m512d magnitude = _mm512_abs_pd(x);
    // Every lane in range (a NaN compares false).
    if (_mm512_cmp_pd_mask(magnitude, vLimit, _CMP_LT_OQ) != 0xFF) break;
    __m512d kd0 = _mm512_add_pd(_mm512_mul_pd(x, vInv), vShift);
    __m512i ki = _mm512_castpd_si512(kd0);
    __m512d kd = _mm512_sub_pd(kd0, vShift);
    __m512d r = _mm512_sub_pd(_mm512_sub_pd(x, _mm512_mul_pd(kd, vHi)), _mm512_mul_pd(kd, vLo));
    __m512i index = _mm512_slli_epi64(_mm512_and_si512(ki, mask127), 1);
    __m512d tail = _mm512_castsi512_pd(_mm512_i64gather_epi64(index, (const void *)table, 8));
    __m512i bits = _mm512_i64gather_epi64(index, (const void *)(table + 1), 8);
    __m512d scale = _mm512_castsi512_pd(_mm512_add_epi64(bits, _mm512_slli_epi64(ki, 45)));
    __m512d r2 = _mm512_mul_pd(r, r);
    __m512d low = _mm512_add_pd(half, _mm512_mul_pd(r, sixth));
    __m512d high = _mm512_add_pd(c24, _mm512_mul_pd(r, c120));
    __m512d poly = _mm512_add_pd(
        _mm512_add_pd(_mm512_add_pd(tail, r), _mm512_mul_pd(r2, low)),
        _mm512_mul_pd(_mm512_mul_pd(r2, r2), high));
    _mm512_storeu_pd(dst + i, _mm512_add_pd(scale, _mm512_mul_pd(scale, poly)));
  }
  return i;
}
#pragma clang fp contract(on)

#else
#define NK_HAS_AVX512_KERNELS 0
static inline int nk_has_avx512f(void) { return 0; }
static inline long nk_exp_f64_avx512(
    const double *src, double *dst, long n, const uint64_t *table, double invLn2N,
    double shift, double ln2HiN, double ln2LoN, double limit) {
  return 0;
}
#endif
