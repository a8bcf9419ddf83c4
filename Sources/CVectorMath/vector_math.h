#pragma once
// Kernels for processors with wider vectors than the build may assume (AVX-512 on x86-64),
// chosen at run time. Each computes exactly what NumKit's Swift form computes: the same
// operations in the same order, fused only where the Swift form fuses explicitly, so every
// processor gives the same bits. (numpy's float64 exp and log on such processors, which have no
// Swift form, are in CVectorKernels.)
#include <math.h>
#include <stdint.h>

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>
#define NK_HAS_AVX512_KERNELS 1

static inline int nk_has_avx512f(void) { return __builtin_cpu_supports("avx512f"); }

#pragma clang fp contract(off)
// exp by Tang's table method, eight lanes at a time (see TableExp.swift for the method and
// `table`'s layout: 32 tails, then 32 heads). The table sits in eight registers and each lane
// picks its entry by permutation (gathering from memory took two and a half times as long).
// Stops at the first block of eight holding a value outside (-limit, limit) or a NaN, or with
// fewer than eight left; returns how many it wrote. The multiply-adds are fused, as
// TableExp's `addingProduct`s are, in the same order.
__attribute__((target("avx512f,fma"))) static inline long nk_exp_f64_avx512(
    const double *src, double *dst, long n, const uint64_t *table, double invLn2N,
    double shift, double ln2HiN, double ln2LoN, double limit) {
  const __m512d vInv = _mm512_set1_pd(invLn2N), vShift = _mm512_set1_pd(shift);
  const __m512d vHi = _mm512_set1_pd(-ln2HiN), vLo = _mm512_set1_pd(-ln2LoN);
  const __m512d vLimit = _mm512_set1_pd(limit);
  const __m512d c2 = _mm512_set1_pd(1.0 / 2), c3 = _mm512_set1_pd(1.0 / 6);
  const __m512d c4 = _mm512_set1_pd(1.0 / 24), c5 = _mm512_set1_pd(1.0 / 120);
  const __m512d c6 = _mm512_set1_pd(1.0 / 720);
  const double *t = (const double *)table;
  const __m512d tail0 = _mm512_loadu_pd(t), tail1 = _mm512_loadu_pd(t + 8);
  const __m512d tail2 = _mm512_loadu_pd(t + 16), tail3 = _mm512_loadu_pd(t + 24);
  const __m512d head0 = _mm512_loadu_pd(t + 32), head1 = _mm512_loadu_pd(t + 40);
  const __m512d head2 = _mm512_loadu_pd(t + 48), head3 = _mm512_loadu_pd(t + 56);
  const __m512i upperHalf = _mm512_set1_epi64(16);
  long i = 0;
  for (; i + 8 <= n; i += 8) {
    __m512d x = _mm512_loadu_pd(src + i);
    __m512d magnitude = _mm512_abs_pd(x);
    // Every lane in range (a NaN compares false).
    if (_mm512_cmp_pd_mask(magnitude, vLimit, _CMP_LT_OQ) != 0xFF) break;
    __m512d kd0 = _mm512_fmadd_pd(x, vInv, vShift);
    __m512i ki = _mm512_castpd_si512(kd0);
    __m512d kd = _mm512_sub_pd(kd0, vShift);
    __m512d r = _mm512_fmadd_pd(kd, vLo, _mm512_fmadd_pd(kd, vHi, x));
    // Bits 0-3 of k pick one of sixteen entries from a pair of registers; bit 4 the pair.
    __mmask8 upper = _mm512_test_epi64_mask(ki, upperHalf);
    __m512d tail = _mm512_mask_blend_pd(
        upper, _mm512_permutex2var_pd(tail0, ki, tail1), _mm512_permutex2var_pd(tail2, ki, tail3));
    __m512d head = _mm512_mask_blend_pd(
        upper, _mm512_permutex2var_pd(head0, ki, head1), _mm512_permutex2var_pd(head2, ki, head3));
    __m512d scale = _mm512_castsi512_pd(
        _mm512_add_epi64(_mm512_castpd_si512(head), _mm512_slli_epi64(ki, 47)));
    __m512d r2 = _mm512_mul_pd(r, r);
    __m512d p56 = _mm512_fmadd_pd(r, c6, c5);
    __m512d p34 = _mm512_fmadd_pd(r, c4, c3);
    __m512d p = _mm512_fmadd_pd(r, _mm512_fmadd_pd(r2, p56, p34), c2);
    __m512d poly = _mm512_fmadd_pd(r2, p, _mm512_add_pd(tail, r));
    _mm512_storeu_pd(dst + i, _mm512_fmadd_pd(scale, poly, scale));
  }
  return i;
}
#pragma clang fp contract(on)


#pragma clang fp contract(off)
// float32 exp as FloatExp.swift's `ordinaryLanes` computes it (numpy's method), sixteen lanes
// at a time: the same operations in the same order, fused where the Swift form fuses. `c`
// holds log2e, the rounding shift, ln2 high and low, p0-p5, q0-q2, and the ordinary range's
// bounds (normalFrom, overflowAt), in that order. Stops at the first block of sixteen holding
// a value outside that range or a NaN, or with fewer than sixteen left; returns how many it
// wrote.
__attribute__((target("avx512f,fma"))) static inline long nk_exp_f32_avx512(
    const float *src, float *dst, long n, const float *c) {
  const __m512 log2e = _mm512_set1_ps(c[0]), shift = _mm512_set1_ps(c[1]);
  const __m512 ln2High = _mm512_set1_ps(c[2]), ln2Low = _mm512_set1_ps(c[3]);
  const __m512 p0 = _mm512_set1_ps(c[4]), p1 = _mm512_set1_ps(c[5]), p2 = _mm512_set1_ps(c[6]);
  const __m512 p3 = _mm512_set1_ps(c[7]), p4 = _mm512_set1_ps(c[8]), p5 = _mm512_set1_ps(c[9]);
  const __m512 q0 = _mm512_set1_ps(c[10]), q1 = _mm512_set1_ps(c[11]);
  const __m512 q2 = _mm512_set1_ps(c[12]);
  const __m512 low = _mm512_set1_ps(c[13]), high = _mm512_set1_ps(c[14]);
  const __m512i shiftBits = _mm512_set1_epi32((int)0x4BC00000);  // bits of 0x1.8p23
  long i = 0;
  for (; i + 16 <= n; i += 16) {
    __m512 x = _mm512_loadu_ps(src + i);
    // Every lane in (low, high) (a NaN compares false; quiet comparisons raise nothing).
    __mmask16 ordinary = _mm512_cmp_ps_mask(x, low, _CMP_GT_OQ) &
                         _mm512_cmp_ps_mask(x, high, _CMP_LT_OQ);
    if (ordinary != 0xFFFF) break;
    __m512 shifted = _mm512_add_ps(_mm512_mul_ps(x, log2e), shift);
    __m512 k = _mm512_sub_ps(shifted, shift);
    __m512 r = _mm512_fmadd_ps(k, ln2Low, _mm512_fmadd_ps(k, ln2High, x));
    __m512 num = _mm512_fmadd_ps(p5, r, p4);
    num = _mm512_fmadd_ps(num, r, p3);
    num = _mm512_fmadd_ps(num, r, p2);
    num = _mm512_fmadd_ps(num, r, p1);
    num = _mm512_fmadd_ps(num, r, p0);
    __m512 den = _mm512_fmadd_ps(q2, r, q1);
    den = _mm512_fmadd_ps(den, r, q0);
    __m512 ratio = _mm512_div_ps(num, den);
    __m512i kInt = _mm512_sub_epi32(_mm512_castps_si512(shifted), shiftBits);
    __m512i y = _mm512_add_epi32(_mm512_castps_si512(ratio), _mm512_slli_epi32(kInt, 23));
    _mm512_storeu_ps(dst + i, _mm512_castsi512_ps(y));
  }
  return i;
}
#pragma clang fp contract(on)

#pragma clang fp contract(off)
// float32 log as FloatLog.swift's `ordinaryLanes` computes it (numpy's method), sixteen lanes
// at a time: the same operations in the same order, fused where the Swift form fuses. `c`
// holds p0-p5, q0-q5, ln2 and sqrt(1/2), in that order. Stops at the first block of sixteen
// holding a value that is not a positive normal finite float (zero, subnormal, negative,
// infinity, NaN: compared as integers, which raises no flag), or with fewer than sixteen
// left; returns how many it wrote.
__attribute__((target("avx512f,fma"))) static inline long nk_log_f32_avx512(
    const float *src, float *dst, long n, const float *c) {
  const __m512 p0 = _mm512_set1_ps(c[0]), p1 = _mm512_set1_ps(c[1]), p2 = _mm512_set1_ps(c[2]);
  const __m512 p3 = _mm512_set1_ps(c[3]), p4 = _mm512_set1_ps(c[4]), p5 = _mm512_set1_ps(c[5]);
  const __m512 q0 = _mm512_set1_ps(c[6]), q1 = _mm512_set1_ps(c[7]), q2 = _mm512_set1_ps(c[8]);
  const __m512 q3 = _mm512_set1_ps(c[9]), q4 = _mm512_set1_ps(c[10]), q5 = _mm512_set1_ps(c[11]);
  const __m512 ln2 = _mm512_set1_ps(c[12]), sqrtHalf = _mm512_set1_ps(c[13]);
  const __m512 one = _mm512_set1_ps(1.0f);
  const __m512i leastNormal = _mm512_set1_epi32(0x00800000), infinity = _mm512_set1_epi32(0x7f800000);
  const __m512i mantissaBits = _mm512_set1_epi32(0x7fffff), half = _mm512_set1_epi32(126 << 23);
  const __m512i bias = _mm512_set1_epi32(126);
  long i = 0;
  for (; i + 16 <= n; i += 16) {
    __m512 x = _mm512_loadu_ps(src + i);
    __m512i bits = _mm512_castps_si512(x);
    __mmask16 ordinary = _mm512_cmpge_epi32_mask(bits, leastNormal) &
                         _mm512_cmplt_epi32_mask(bits, infinity);
    if (ordinary != 0xFFFF) break;
    __m512 e = _mm512_cvtepi32_ps(_mm512_sub_epi32(_mm512_srai_epi32(bits, 23), bias));
    __m512 m = _mm512_castsi512_ps(_mm512_or_si512(_mm512_and_si512(bits, mantissaBits), half));
    __mmask16 low = _mm512_cmp_ps_mask(m, sqrtHalf, _CMP_LE_OQ);
    __m512 y = _mm512_sub_ps(_mm512_mask_blend_ps(low, m, _mm512_add_ps(m, m)), one);
    e = _mm512_mask_sub_ps(e, low, e, one);
    __m512 num = _mm512_fmadd_ps(p5, y, p4);
    num = _mm512_fmadd_ps(num, y, p3);
    num = _mm512_fmadd_ps(num, y, p2);
    num = _mm512_fmadd_ps(num, y, p1);
    num = _mm512_fmadd_ps(num, y, p0);
    __m512 den = _mm512_fmadd_ps(q5, y, q4);
    den = _mm512_fmadd_ps(den, y, q3);
    den = _mm512_fmadd_ps(den, y, q2);
    den = _mm512_fmadd_ps(den, y, q1);
    den = _mm512_fmadd_ps(den, y, q0);
    _mm512_storeu_ps(dst + i, _mm512_fmadd_ps(e, ln2, _mm512_div_ps(num, den)));
  }
  return i;
}
#pragma clang fp contract(on)

// The largest (max != 0) or smallest value of a row of n >= 16 doubles, whether any is NaN, and
// where the block of 256 that first reaches it starts (see ArgExtreme.swift's `extremum`, which
// this mirrors sixteen lanes at a time). A NaN lane never replaces the running extreme (it is
// reported instead); ties keep the earlier value.
__attribute__((target("avx512f"))) static inline long nk_extremum_f64_avx512(
    const double *p, long n, int max, double *extremeOut, int *nanOut) {
  const long block = 256;
  __m512d first = _mm512_loadu_pd(p), second = _mm512_loadu_pd(p + 8);
  __mmask8 nan = _mm512_cmp_pd_mask(first, second, _CMP_UNORD_Q);
#define NK_STEP(v, w)                                                              \
  do {                                                                             \
    __m512d v_ = (v), w_ = (w);                                                    \
    first = max ? _mm512_max_pd(v_, first) : _mm512_min_pd(v_, first);            \
    second = max ? _mm512_max_pd(w_, second) : _mm512_min_pd(w_, second);         \
    nan |= _mm512_cmp_pd_mask(v_, w_, _CMP_UNORD_Q);                               \
  } while (0)
#define NK_REDUCED()                                                               \
  (max ? _mm512_reduce_max_pd(_mm512_max_pd(second, first))                        \
       : _mm512_reduce_min_pd(_mm512_min_pd(second, first)))
  double extreme = NK_REDUCED();
  long start = 0, i = 16;
  while (i + 16 <= n) {
    long blockStart = i, blockEnd = i + block < n ? i + block : n;
    if (max) {
      for (; i + 16 <= blockEnd; i += 16) {
        __m512d v = _mm512_loadu_pd(p + i), w = _mm512_loadu_pd(p + i + 8);
        first = _mm512_max_pd(v, first);
        second = _mm512_max_pd(w, second);
        nan |= _mm512_cmp_pd_mask(v, w, _CMP_UNORD_Q);
      }
    } else {
      for (; i + 16 <= blockEnd; i += 16) {
        __m512d v = _mm512_loadu_pd(p + i), w = _mm512_loadu_pd(p + i + 8);
        first = _mm512_min_pd(v, first);
        second = _mm512_min_pd(w, second);
        nan |= _mm512_cmp_pd_mask(v, w, _CMP_UNORD_Q);
      }
    }
    double e = NK_REDUCED();
    if (max ? e > extreme : e < extreme) { extreme = e; start = blockStart; }
  }
  // The rest: the last whole vectors again (see ArgExtreme.swift).
  if (i < n) {
    NK_STEP(_mm512_loadu_pd(p + n - 16), _mm512_loadu_pd(p + n - 8));
    double e = NK_REDUCED();
    if (max ? e > extreme : e < extreme) { extreme = e; start = i; }
  }
#undef NK_STEP
#undef NK_REDUCED
  *extremeOut = extreme;
  *nanOut = nan != 0;
  return start;
}


// The lanes of numpy's whole-array max (max != 0) or min of n doubles (or floats) from p[1] on,
// eight (sixteen) at a time, into acc, which holds p[0] in every lane (see WholeExtreme.swift,
// which finishes the reduction): eight vectors a turn folded pairwise, then single vectors. Each
// step keeps a lane of its first operand where that is NaN, else the hardware max/min, which
// gives the second operand on ties and NaN. Returns the index of the first value not read.
#define NK_WHOLE_EXTREME(NAME, T, V, W, LOAD, STORE, PICK)                                 \
  __attribute__((target("avx512f"))) static inline long NAME(                              \
      const T *p, long n, int max, T *acc) {                                               \
    V r = LOAD(acc);                                                                       \
    long i = 1;                                                                            \
    /* (max is the same on every turn: the compiler makes a loop of each kind.) */         \
    for (; n - i >= 8 * W; i += 8 * W) {                                                   \
      V v[8];                                                                              \
      for (int k = 0; k < 8; k++) v[k] = LOAD(p + i + k * W);                              \
      V a = PICK(v[0], v[1], max), b = PICK(v[2], v[3], max);                              \
      V c = PICK(v[4], v[5], max), d = PICK(v[6], v[7], max);                              \
      V ab = PICK(a, b, max), cd = PICK(c, d, max);                                        \
      V abcd = PICK(ab, cd, max);                                                          \
      r = PICK(r, abcd, max);                                                              \
    }                                                                                      \
    for (; n - i >= W; i += W) {                                                           \
      V v = LOAD(p + i);                                                                   \
      r = PICK(r, v, max);                                                                 \
    }                                                                                      \
    STORE(acc, r);                                                                         \
    return i;                                                                              \
  }
__attribute__((target("avx512f"))) static inline __m512d nk_pick_f64(__m512d x, __m512d y,
                                                                      int max) {
  __mmask8 ordered = _mm512_cmp_pd_mask(x, x, _CMP_ORD_Q);
  return max ? _mm512_mask_max_pd(x, ordered, x, y) : _mm512_mask_min_pd(x, ordered, x, y);
}
__attribute__((target("avx512f"))) static inline __m512 nk_pick_f32(__m512 x, __m512 y, int max) {
  __mmask16 ordered = _mm512_cmp_ps_mask(x, x, _CMP_ORD_Q);
  return max ? _mm512_mask_max_ps(x, ordered, x, y) : _mm512_mask_min_ps(x, ordered, x, y);
}
NK_WHOLE_EXTREME(nk_whole_extreme_f64_avx512, double, __m512d, 8, _mm512_loadu_pd,
                 _mm512_storeu_pd, nk_pick_f64)
NK_WHOLE_EXTREME(nk_whole_extreme_f32_avx512, float, __m512, 16, _mm512_loadu_ps,
                 _mm512_storeu_ps, nk_pick_f32)
#undef NK_WHOLE_EXTREME

// The first position of n doubles equal to `value` (there is one), eight at a time; or, when
// `nan` is set, the first NaN (there is one). ArgExtreme's second pass.
__attribute__((target("avx512f"))) static inline long nk_first_f64_avx512(
    const double *p, long n, double value, int nan) {
  long i = 0;
  const __m512d target = _mm512_set1_pd(value);
  if (nan) {
    for (; i + 8 <= n; i += 8) {
      __m512d v = _mm512_loadu_pd(p + i);
      if (_mm512_cmp_pd_mask(v, v, _CMP_UNORD_Q)) break;
    }
    while (p[i] == p[i]) i++;
    return i;
  }
  for (; i + 8 <= n; i += 8) {
    if (_mm512_cmp_pd_mask(_mm512_loadu_pd(p + i), target, _CMP_EQ_OQ)) break;
  }
  while (p[i] != value) i++;
  return i;
}

static inline int nk_has_avx512bw_vl(void) {
  return __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl");
}

// out[i] = a[i] OP b[i * bStep] (bStep 0: one value b[0]; `swapped`: b OP a) for doubles, as
// 0/1 bytes; op 0-5: <, <=, >, >=, ==, != (NaN: false, except for !=). Eight elements per
// compare, its mask stored as eight bytes; the rest one by one.
#define NK_CMP_LOOP(PRED, EXPR)                                                         \
  if (bStep && !swapped) {                                                              \
    for (; i + 8 <= n; i += 8) {                                                        \
      __mmask8 r = _mm512_cmp_pd_mask(_mm512_loadu_pd(a + i), _mm512_loadu_pd(b + i), PRED); \
      _mm_storel_epi64((__m128i *)(out + i), _mm_maskz_set1_epi8(r, 1));                \
    }                                                                                   \
  } else if (!bStep && !swapped) {                                                      \
    for (; i + 8 <= n; i += 8) {                                                        \
      __mmask8 r = _mm512_cmp_pd_mask(_mm512_loadu_pd(a + i), vb, PRED);                \
      _mm_storel_epi64((__m128i *)(out + i), _mm_maskz_set1_epi8(r, 1));                \
    }                                                                                   \
  } else if (!bStep) {                                                                  \
    for (; i + 8 <= n; i += 8) {                                                        \
      __mmask8 r = _mm512_cmp_pd_mask(vb, _mm512_loadu_pd(a + i), PRED);                \
      _mm_storel_epi64((__m128i *)(out + i), _mm_maskz_set1_epi8(r, 1));                \
    }                                                                                   \
  }                                                                                     \
  for (; i < n; i++) {                                                                  \
    double x = a[i], y = bStep ? b[i] : b[0];                                           \
    if (swapped) { double t = x; x = y; y = t; }                                        \
    out[i] = (EXPR);                                                                    \
  }
__attribute__((target("avx512f,avx512bw,avx512vl"))) static inline void nk_compare_f64_avx512(
    const double *a, const double *b, long bStep, int swapped, unsigned char *out, long n,
    int op) {
  long i = 0;
  const __m512d vb = _mm512_set1_pd(b[0]);
  switch (op) {
  case 0: NK_CMP_LOOP(_CMP_LT_OQ, x < y) break;
  case 1: NK_CMP_LOOP(_CMP_LE_OQ, x <= y) break;
  case 2: NK_CMP_LOOP(_CMP_GT_OQ, x > y) break;
  case 3: NK_CMP_LOOP(_CMP_GE_OQ, x >= y) break;
  case 4: NK_CMP_LOOP(_CMP_EQ_OQ, x == y) break;
  default: NK_CMP_LOOP(_CMP_NEQ_UQ, x != y) break;
  }
}
#undef NK_CMP_LOOP

#else
#define NK_HAS_AVX512_KERNELS 0
static inline int nk_has_avx512bw_vl(void) { return 0; }
static inline void nk_compare_f64_avx512(
    const double *a, const double *b, long bStep, int swapped, unsigned char *out, long n,
    int op) {}
static inline int nk_has_avx512f(void) { return 0; }
static inline long nk_exp_f64_avx512(
    const double *src, double *dst, long n, const uint64_t *table, double invLn2N,
    double shift, double ln2HiN, double ln2LoN, double limit) {
  return 0;
}
static inline long nk_exp_f32_avx512(const float *src, float *dst, long n, const float *c) {
  return 0;
}
static inline long nk_log_f32_avx512(const float *src, float *dst, long n, const float *c) {
  return 0;
}
static inline long nk_extremum_f64_avx512(
    const double *p, long n, int max, double *extremeOut, int *nanOut) {
  return 0;
}
static inline long nk_whole_extreme_f64_avx512(const double *p, long n, int max, double *acc) {
  return 1;
}
static inline long nk_whole_extreme_f32_avx512(const float *p, long n, int max, float *acc) {
  return 1;
}
static inline long nk_first_f64_avx512(const double *p, long n, double value, int nan) {
  return 0;
}
#endif

// Square roots of n values as the instruction computes them (IEEE's: a negative value gives
// NaN). Swift's `squareRoot()` reaches the C library's `sqrt` on Linux, which sets errno for a
// negative value: a test and a branch on every element, and so a loop of single values.
static inline void nk_sqrt_f64(const double *p, double *q, long n) {
  for (long i = 0; i < n; i++) q[i] = __builtin_elementwise_sqrt(p[i]);
}
static inline void nk_sqrt_f32(const float *p, float *q, long n) {
  for (long i = 0; i < n; i++) q[i] = __builtin_elementwise_sqrt(p[i]);
}
