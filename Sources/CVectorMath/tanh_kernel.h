#pragma once
// tanh of float64 values, eight lanes at a time on processors with AVX-512F: the operations
// of TableTanh.swift's `series` and `quotient` in the same order, fused where they fuse, so
// every processor and every array length gives the same bits. A vector takes the branch its
// lanes share, both (and a blend) when they differ; NaN lanes compute from the saturation point
// and take their value from the input. The last block is loaded masked. (The compiler makes
// the quiet comparisons signalling ones, which raise the invalid flag on NaN: callers restore
// the flags.)
#include <stdint.h>

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>

#pragma clang fp contract(off)
// `c` holds invLn2 (16 / ln 2), the rounding shift, ln2Hi, ln2Lo (ln 2 / 16 in two parts),
// e2 ... e7 (e^r - 1's Taylor coefficients), the series' bound, the saturation point, c3 and
// q0 ... q9 (TanhSeries), in that order; `table` is 2^(j/16)'s 16 tails, then 16 heads. The
// kernel reduces a, not 2a: its constants are scaled by powers of two, exactly, so that each
// step computes the same bits as TableTanh's `quotient`, one addition fewer.
typedef struct {
  __m512d tail[2], head[2];
  __m512d inv, shift, negHi, negLo, e2, e3, e4, e5, e6, e7, bound, saturation, c3, q[10];
} nk_tanh_constants;

__attribute__((target("avx512f,fma"))) static inline nk_tanh_constants nk_tanh_load(
    const uint64_t *table, const double *c) {
  nk_tanh_constants k;
  const double *t = (const double *)table;
  for (int i = 0; i < 2; i++) {
    k.tail[i] = _mm512_loadu_pd(t + 8 * i);
    k.head[i] = _mm512_loadu_pd(t + 16 + 8 * i);
  }
  k.inv = _mm512_set1_pd(c[0] * 2);
  k.shift = _mm512_set1_pd(c[1]);
  k.negHi = _mm512_set1_pd(-c[2] / 2);
  k.negLo = _mm512_set1_pd(-c[3] / 2);
  k.e2 = _mm512_set1_pd(c[4] * 4);
  k.e3 = _mm512_set1_pd(c[5] * 8);
  k.e4 = _mm512_set1_pd(c[6] * 16);
  k.e5 = _mm512_set1_pd(c[7] * 32);
  k.e6 = _mm512_set1_pd(c[8] * 64);
  k.e7 = _mm512_set1_pd(c[9] * 128);
  k.bound = _mm512_set1_pd(c[10]);
  k.saturation = _mm512_set1_pd(c[11]);
  k.c3 = _mm512_set1_pd(c[12]);
  for (int i = 0; i < 10; i++) k.q[i] = _mm512_set1_pd(c[13 + i]);
  return k;
}

// tanh a = a + a^3 (c3 + s Q(s)), s = a^2, for a below the bound.
__attribute__((target("avx512f,fma"))) static inline __m512d nk_tanh_series(
    __m512d a, const nk_tanh_constants *k) {
  __m512d s = _mm512_mul_pd(a, a);
  // (Written out: as a loop, some builds kept it one, reading each coefficient from the
  // stack: 0.58 -> 0.77 ms for 10^6 values.)
  __m512d q = _mm512_fmadd_pd(k->q[9], s, k->q[8]);
  q = _mm512_fmadd_pd(q, s, k->q[7]);
  q = _mm512_fmadd_pd(q, s, k->q[6]);
  q = _mm512_fmadd_pd(q, s, k->q[5]);
  q = _mm512_fmadd_pd(q, s, k->q[4]);
  q = _mm512_fmadd_pd(q, s, k->q[3]);
  q = _mm512_fmadd_pd(q, s, k->q[2]);
  q = _mm512_fmadd_pd(q, s, k->q[1]);
  q = _mm512_fmadd_pd(q, s, k->q[0]);
  __m512d p = _mm512_fmadd_pd(s, q, k->c3);
  return _mm512_fmadd_pd(_mm512_mul_pd(s, a), p, a);
}

// tanh a = 1 - 2 / (1 + e^(2a)) from the bound on.
__attribute__((target("avx512f,fma"))) static inline __m512d nk_tanh_quotient(
    __m512d a, const nk_tanh_constants *k) {
  const __m512d one = _mm512_set1_pd(1.0), two = _mm512_set1_pd(2.0);
  // 2a = kd ln2/16 + r, r = 2 h; S = 2^(kd/16) and its tail from the table.
  __m512d kd0 = _mm512_fmadd_pd(a, k->inv, k->shift);
  __m512i ki = _mm512_castpd_si512(kd0);
  __m512d kd = _mm512_sub_pd(kd0, k->shift);
  __m512d h = _mm512_fmadd_pd(kd, k->negLo, _mm512_fmadd_pd(kd, k->negHi, a));
  __m512d tail = _mm512_permutex2var_pd(k->tail[0], ki, k->tail[1]);
  __m512d head = _mm512_permutex2var_pd(k->head[0], ki, k->head[1]);
  __m512d s = _mm512_castsi512_pd(
      _mm512_add_epi64(_mm512_castpd_si512(head), _mm512_slli_epi64(ki, 48)));
  // (h^2 4p = r^2 p for TableTanh's p, and so on.)
  __m512d h2 = _mm512_mul_pd(h, h);
  __m512d p23 = _mm512_fmadd_pd(h, k->e3, k->e2);
  __m512d p45 = _mm512_fmadd_pd(h, k->e5, k->e4);
  __m512d p67 = _mm512_fmadd_pd(h, k->e7, k->e6);
  __m512d p4 = _mm512_fmadd_pd(h2, _mm512_fmadd_pd(h2, p67, p45), p23);
  // e^(2a) = S (1 + u) as eH + eL; 1 + e^(2a) as dH + dL.
  __m512d u = _mm512_fmadd_pd(h, _mm512_set1_pd(2.0), _mm512_fmadd_pd(h2, p4, tail));
  __m512d eH = _mm512_fmadd_pd(s, u, s);
  __m512d eL = _mm512_fmadd_pd(s, u, _mm512_sub_pd(s, eH));
  __m512d dH = _mm512_add_pd(eH, one);
  __m512d dL = _mm512_add_pd(_mm512_add_pd(_mm512_sub_pd(eH, dH), one), eL);
  // q = 2 / (dH + dL), corrected once; 1 - q by Fast2Sum.
  __m512d q0 = _mm512_div_pd(two, dH);
  __m512d residual = _mm512_fnmadd_pd(q0, dL, _mm512_fnmadd_pd(q0, dH, two));
  __m512d halfQ0 = _mm512_mul_pd(q0, _mm512_set1_pd(0.5));
  __m512d y = _mm512_sub_pd(one, q0);
  __m512d yError = _mm512_sub_pd(_mm512_sub_pd(one, y), q0);
  return _mm512_add_pd(y, _mm512_fnmadd_pd(residual, halfQ0, yError));
}

// tanh of eight values.
__attribute__((target("avx512f,fma"))) static inline __m512d nk_tanh_lanes(
    __m512d x, const nk_tanh_constants *k) {
  const __m512i signBit = _mm512_set1_epi64((long long)0x8000000000000000ULL);
  // (min gives its second operand for NaN.)
  __m512d a = _mm512_min_pd(_mm512_abs_pd(x), k->saturation);
  __mmask8 small = _mm512_cmp_pd_mask(a, k->bound, _CMP_LT_OQ);
  __m512d y;
  if (small == 0xff) {
    y = nk_tanh_series(a, k);
  } else if (small == 0) {
    y = nk_tanh_quotient(a, k);
  } else {
    y = _mm512_mask_blend_pd(small, nk_tanh_quotient(a, k), nk_tanh_series(a, k));
  }
  __m512i sign = _mm512_and_si512(_mm512_castpd_si512(x), signBit);
  y = _mm512_castsi512_pd(_mm512_or_si512(_mm512_castpd_si512(y), sign));
  return _mm512_mask_blend_pd(_mm512_cmp_pd_mask(x, x, _CMP_UNORD_Q), y, x);
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
