#pragma once
// tanh of float64 values, eight lanes at a time on processors with AVX-512F: the operations
// of TableTanh.swift's `core` in the same order, fused where it fuses, so every
// processor and every array length gives the same bits. Lanes outside [tiny, big) and NaN
// compute from 1.0 and take their value from the input: x itself below tiny and for NaN, +-1
// from big on. The last block is loaded masked. (The compiler makes the quiet comparisons
// signalling ones, which raise the invalid flag on NaN: callers restore the flags.)
#include <stdint.h>

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>

#pragma clang fp contract(off)
// `c` holds invLn2N, the rounding shift, ln2HiN, ln2LoN, c2 ... c8, big and tiny, in that
// order; `table` is TableExp's (32 tails, then 32 heads).
typedef struct {
  __m512d tail[4], head[4];
  __m512d inv, shift, negHi, negLo, c2, c3, c4, c5, c6, c7, c8, big, tiny;
} nk_tanh_constants;

__attribute__((target("avx512f,fma"))) static inline nk_tanh_constants nk_tanh_load(
    const uint64_t *table, const double *c) {
  nk_tanh_constants k;
  const double *t = (const double *)table;
  for (int i = 0; i < 4; i++) {
    k.tail[i] = _mm512_loadu_pd(t + 8 * i);
    k.head[i] = _mm512_loadu_pd(t + 32 + 8 * i);
  }
  k.inv = _mm512_set1_pd(c[0]);
  k.shift = _mm512_set1_pd(c[1]);
  k.negHi = _mm512_set1_pd(-c[2]);
  k.negLo = _mm512_set1_pd(-c[3]);
  k.c2 = _mm512_set1_pd(c[4]);
  k.c3 = _mm512_set1_pd(c[5]);
  k.c4 = _mm512_set1_pd(c[6]);
  k.c5 = _mm512_set1_pd(c[7]);
  k.c6 = _mm512_set1_pd(c[8]);
  k.c7 = _mm512_set1_pd(c[9]);
  k.c8 = _mm512_set1_pd(c[10]);
  k.big = _mm512_set1_pd(c[11]);
  k.tiny = _mm512_set1_pd(c[12]);
  return k;
}

// Two sums whose error is kept: s + e == a + b exactly, for |a| >= |b| (or a == 0).
#define NK_FAST_TWO_SUM(s, e, a, b) \
  __m512d s = _mm512_add_pd(a, b); \
  __m512d e = _mm512_add_pd(_mm512_sub_pd(a, s), b);

// tanh a from e = exp(-2a) = S (1 + rh + lo), 1 - e kept as a high part and a low one, 1 + e
// as 2 - (1 - e) (TableTanh's `core`).
__attribute__((target("avx512f,fma"))) static inline __m512d nk_tanh_wide_quotient(
    __m512d rh, __m512d rl, __m512d tail, __m512d s, const nk_tanh_constants *k) {
  const __m512d one = _mm512_set1_pd(1.0);
  __m512d r2 = _mm512_mul_pd(rh, rh);
  __m512d p78 = _mm512_fmadd_pd(rh, k->c8, k->c7);
  __m512d p56 = _mm512_fmadd_pd(rh, k->c6, k->c5);
  __m512d p34 = _mm512_fmadd_pd(rh, k->c4, k->c3);
  __m512d p = _mm512_fmadd_pd(
      rh, _mm512_fmadd_pd(r2, _mm512_fmadd_pd(r2, p78, p56), p34), k->c2);
  __m512d t = _mm512_add_pd(tail, rl);
  __m512d w = _mm512_mul_pd(r2, p);
  __m512d lo = _mm512_fmadd_pd(r2, p, _mm512_fmadd_pd(t, _mm512_add_pd(rh, w), t));
  __m512d sr = _mm512_mul_pd(s, rh);
  __m512d srError = _mm512_fmadd_pd(s, rh, _mm512_sub_pd(_mm512_setzero_pd(), sr));
  __m512d sLo = _mm512_mul_pd(s, lo);
  // 1 - exp(z) as a high part and a low one, normalised; 1 + exp(z) as 2 - (1 - exp(z)).
  NK_FAST_TWO_SUM(nh, ne, one, _mm512_sub_pd(_mm512_setzero_pd(), s))
  NK_FAST_TWO_SUM(n1, n1e, nh, _mm512_sub_pd(_mm512_setzero_pd(), sr))
  __m512d nl = _mm512_sub_pd(_mm512_sub_pd(_mm512_add_pd(n1e, ne), srError), sLo);
  NK_FAST_TWO_SUM(nH, nL, n1, nl)
  const __m512d two = _mm512_set1_pd(2.0);
  __m512d dH = _mm512_sub_pd(two, nH);
  __m512d dL = _mm512_sub_pd(_mm512_sub_pd(_mm512_sub_pd(two, dH), nH), nL);
  __m512d inverse = _mm512_div_pd(one, dH);
  __m512d q0 = _mm512_mul_pd(nH, inverse);
  __m512d negQ0 = _mm512_sub_pd(_mm512_setzero_pd(), q0);
  __m512d residual =
      _mm512_add_pd(_mm512_fmadd_pd(negQ0, dH, nH), _mm512_fmadd_pd(negQ0, dL, nL));
  return _mm512_fmadd_pd(residual, inverse, q0);
}
#undef NK_FAST_TWO_SUM

// tanh of eight values.
__attribute__((target("avx512f,fma"))) static inline __m512d nk_tanh_lanes(
    __m512d x, const nk_tanh_constants *k) {
  const __m512d one = _mm512_set1_pd(1.0);
  const __m512i signBit = _mm512_set1_epi64((long long)0x8000000000000000ULL);
  __m512d a = _mm512_abs_pd(x);
  __mmask8 ordinary = _mm512_cmp_pd_mask(a, k->big, _CMP_LT_OQ) &
                      _mm512_cmp_pd_mask(a, k->tiny, _CMP_GE_OQ);
  __mmask8 large = _mm512_cmp_pd_mask(a, k->big, _CMP_GE_OQ);
  a = _mm512_mask_blend_pd(ordinary, one, a);
  // z = -2a = kd ln2/32 + rh + rl, rh exact; S = 2^(kd/32) and its tail from the table.
  __m512d z = _mm512_mul_pd(a, _mm512_set1_pd(-2.0));
  __m512d kd0 = _mm512_fmadd_pd(z, k->inv, k->shift);
  __m512i ki = _mm512_castpd_si512(kd0);
  __m512d kd = _mm512_sub_pd(kd0, k->shift);
  __m512d rh = _mm512_fmadd_pd(kd, k->negHi, z);
  __mmask8 upper = _mm512_test_epi64_mask(ki, _mm512_set1_epi64(16));
  __m512d tail = _mm512_mask_blend_pd(
      upper, _mm512_permutex2var_pd(k->tail[0], ki, k->tail[1]),
      _mm512_permutex2var_pd(k->tail[2], ki, k->tail[3]));
  __m512d head = _mm512_mask_blend_pd(
      upper, _mm512_permutex2var_pd(k->head[0], ki, k->head[1]),
      _mm512_permutex2var_pd(k->head[2], ki, k->head[3]));
  __m512d s = _mm512_castsi512_pd(
      _mm512_add_epi64(_mm512_castpd_si512(head), _mm512_slli_epi64(ki, 47)));
  __m512d q = nk_tanh_wide_quotient(rh, _mm512_mul_pd(kd, k->negLo), tail, s, k);
  __m512i sign = _mm512_and_si512(_mm512_castpd_si512(x), signBit);
  __m512d signedQ = _mm512_castsi512_pd(_mm512_or_si512(_mm512_castpd_si512(q), sign));
  __m512d signedOne = _mm512_castsi512_pd(_mm512_or_si512(_mm512_castpd_si512(one), sign));
  __m512d y = _mm512_mask_blend_pd(large, x, signedOne);
  return _mm512_mask_blend_pd(ordinary, y, signedQ);
}

__attribute__((target("avx512f,fma"))) static inline void nk_tanh_f64_avx512(
    const double *src, double *dst, long n, const uint64_t *table, const double *c) {
  nk_tanh_constants k = nk_tanh_load(table, c);
  long i = 0;
  for (; i + 8 <= n; i += 8) {
    _mm512_storeu_pd(dst + i, nk_tanh_lanes(_mm512_loadu_pd(src + i), &k));
  }
  if (i < n) {
    __mmask8 rest = (__mmask8)((1u << (n - i)) - 1);
    __m512d y = nk_tanh_lanes(_mm512_maskz_loadu_pd(rest, src + i), &k);
    _mm512_mask_storeu_pd(dst + i, rest, y);
  }
}

#pragma clang fp contract(on)

#else
static inline void nk_tanh_f64_avx512(
    const double *src, double *dst, long n, const uint64_t *table, const double *c) {}
#endif
