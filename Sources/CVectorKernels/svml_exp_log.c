// numpy's float64 exp and log on processors with AVX-512 F, CD, BW, DQ and VL (numpy's
// "AVX512_SKX", where it calls Intel's SVML): the same operations in the same order, so the
// same bits, where `nk_has_avx512_skx()` says numpy uses them.
//
// Each loop takes whole blocks of eight, then the rest under a mask. A mask of the values
// loaded, made on every block and combined with the rare lanes' through general registers, lay
// on each block's path to its first vector instruction: log took 950 µs for 10^6 values on
// Zen 4 against 765 so. The C library's function for the rare lanes is called out of line: a
// call inside the loop made the compiler reload every constant on every block (a call may
// overwrite every vector register).
#include "vector_kernels.h"

#include <math.h>

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>

int nk_has_avx512_skx(void) {
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd")
      && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq")
      && __builtin_cpu_supports("avx512vl");
}

#define NK_RZ (_MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC)
#define NK_CURRENT _MM_FROUND_CUR_DIRECTION

// `dst[lane] = f(src[lane])` for the lanes of a block marked in `rare`.
__attribute__((noinline, cold)) static void rare_lanes(
    double (*f)(double), const double *src, double *dst, unsigned rare) {
  for (int lane = 0; rare; lane++, rare >>= 1) {
    if (rare & 1) dst[lane] = f(src[lane]);
  }
}

// `dst[i] = f(src[i])` by `lanes` eight at a time (given `table`, four registers of the
// function's tables), whole blocks in a loop of their own, then the rest under a mask. Lanes
// `rare` marks are computed from `standIn` and then take `libm`'s value. (Inlined into each
// kernel with its functions.)
__attribute__((target("avx512f,fma"), always_inline)) static inline void blocks(
    const double *src, double *dst, long n, __mmask8 (*rare)(__m512d),
    __m512d (*lanes)(__m512d, __m512d, __m512d, __m512d, __m512d), double (*libm)(double),
    __m512d standIn, const __m512d table[4]) {
  long i = 0;
  for (; i + 8 <= n; i += 8) {
    __m512d x = _mm512_loadu_pd(src + i);
    __mmask8 marked = rare(x);
    __m512d y = lanes(
        _mm512_mask_blend_pd(marked, x, standIn), table[0], table[1], table[2], table[3]);
    if (__builtin_expect(marked == 0, 1)) {
      _mm512_storeu_pd(dst + i, y);
    } else {
      // (The rare lanes are not stored first: `dst` may be `src`.)
      _mm512_mask_storeu_pd(dst + i, (__mmask8)~marked, y);
      rare_lanes(libm, src + i, dst + i, marked);
    }
  }
  if (i < n) {
    __mmask8 load = (__mmask8)((1u << (n - i)) - 1);
    __m512d x = _mm512_mask_loadu_pd(standIn, load, src + i);
    __mmask8 marked = rare(x) & load;
    __m512d y = lanes(
        _mm512_mask_blend_pd(marked, x, standIn), table[0], table[1], table[2], table[3]);
    _mm512_mask_storeu_pd(dst + i, load & ~marked, y);
    if (marked) rare_lanes(libm, src + i, dst + i, marked);
  }
}

#pragma clang fp contract(off)
// numpy's float64 exp on processors with AVX-512 (F, CD, BW, DQ, VL: numpy's "AVX512_SKX",
// where it calls Intel's SVML high-accuracy exp): the same operations in the same order, so
// the same bits. x = (n/16) ln2 + R, n = 16 x log2e rounded toward zero,
// |R| < ln2/16; exp(x) = 2^floor(n/16) * Th * (1 + p), with Th = 2^(j/16) rounded (j = n mod 16),
// Tlr = 2^(j/16)/Th - 1 rounded, and p = Tlr + R (c1 + c2 R + ... + c6 R^5), the c's SVML's
// minimax coefficients. n is rounded as SVML rounds it, toward zero without flags; the rest is
// done in the current rounding mode, to nearest (SVML's explicit rounding, the same bits, ran
// the loop slower on Zen 4), and raises no flag but inexact: lanes with |x| >= 707.70327
// (overflow, underflow, infinities and NaN: SVML's scalar routine) are computed from 0 and
// then take the C library's exp, which sets the flags.
static const double th[16] = {
    0x1.0000000000000p+0, 0x1.0b5586cf9890fp+0, 0x1.172b83c7d517bp+0, 0x1.2387a6e756238p+0,
    0x1.306fe0a31b715p+0, 0x1.3dea64c123422p+0, 0x1.4bfdad5362a27p+0, 0x1.5ab07dd485429p+0,
    0x1.6a09e667f3bcdp+0, 0x1.7a11473eb0187p+0, 0x1.8ace5422aa0dbp+0, 0x1.9c49182a3f090p+0,
    0x1.ae89f995ad3adp+0, 0x1.c199bdd85529cp+0, 0x1.d5818dcfba487p+0, 0x1.ea4afa2a490dap+0};
static const double tlr[16] = {
    0x0.0p+0, 0x1.79aa65d837b6dp-54, -0x1.01b15eaa59348p-55, 0x1.68efde3a8a894p-54,
    0x1.34d754db0abb6p-55, 0x1.59f48a72a4c6dp-55, 0x1.690cebb7aafb0p-56, 0x1.063e1e21c5409p-54,
    -0x1.3b3efbf5e2228p-54, -0x1.b32dcb94da51dp-56, 0x1.db72fc1f0eab4p-55, 0x1.1affc2b91ce27p-56,
    0x1.c1a7792cb3387p-55, 0x1.36eae30af0cb3p-56, 0x1.4a385a63d07a7p-56, -0x1.ff7128fd391f0p-55};

// exp of eight values below the threshold in magnitude.
__attribute__((target("avx512f,fma"), always_inline)) static inline __m512d exp_lanes(
    __m512d x, __m512d thLow, __m512d thHigh, __m512d tlrLow, __m512d tlrHigh) {
  const __m512d log2e = _mm512_set1_pd(0x1.71547652b82fep+0);
  // 1.5 * 2^48 (+ 1023): the sum keeps n in its low bits.
  const __m512d shifter = _mm512_set1_pd(0x1.8000000003ff0p+48);
  const __m512d ln2High = _mm512_set1_pd(0x1.62e42fefa39efp-1);
  const __m512d ln2Low = _mm512_set1_pd(0x1.abc9e3b39803fp-56);
  const __m512i belowTwo = _mm512_set1_epi64((long long)0xbfffffffffffffffULL);
  const __m512d c1 = _mm512_set1_pd(0x1.fffffffffff70p-1), c2 = _mm512_set1_pd(0x1.000000000d008p-1);
  const __m512d c3 = _mm512_set1_pd(0x1.5555553939732p-3), c4 = _mm512_set1_pd(0x1.55557242d68fep-5);
  const __m512d c5 = _mm512_set1_pd(0x1.1101cbbc265c0p-7), c6 = _mm512_set1_pd(0x1.7411836940c04p-10);
  __m512d t = _mm512_fmadd_round_pd(x, log2e, shifter, NK_RZ);
  __m512d nd = _mm512_sub_round_pd(t, shifter, NK_CURRENT);
  __m512i j = _mm512_castpd_si512(t);
  __m512d tailJ = _mm512_permutex2var_pd(tlrLow, j, tlrHigh);
  __m512d headJ = _mm512_permutex2var_pd(thLow, j, thHigh);
  __m512d r = _mm512_fnmadd_round_pd(nd, ln2High, x, NK_CURRENT);
  r = _mm512_fnmadd_round_pd(nd, ln2Low, r, NK_CURRENT);
  r = _mm512_castsi512_pd(_mm512_and_epi64(_mm512_castpd_si512(r), belowTwo));
  __m512d r2 = _mm512_mul_round_pd(r, r, NK_CURRENT);
  __m512d p56 = _mm512_fmadd_round_pd(c6, r, c5, NK_CURRENT);
  __m512d p34 = _mm512_fmadd_round_pd(c4, r, c3, NK_CURRENT);
  __m512d p12 = _mm512_fmadd_round_pd(c2, r, c1, NK_CURRENT);
  __m512d p = _mm512_fmadd_round_pd(r2, p56, p34, NK_CURRENT);
  p = _mm512_fmadd_round_pd(r2, p, p12, NK_CURRENT);
  p = _mm512_fmadd_round_pd(p, r, tailJ, NK_CURRENT);
  __m512d y = _mm512_fmadd_round_pd(headJ, p, headJ, NK_CURRENT);
  return _mm512_scalef_round_pd(y, nd, NK_CURRENT);
}

// Lanes at or above the threshold in magnitude, or NaN. Compared as integers (the magnitudes'
// bits order as the values do): the compiler makes a float comparison a signaling one, whose
// invalid flag a NaN would raise. A NaN is taken as rare here (SVML's comparison leaves it to
// the vector path): both give the NaN.
__attribute__((target("avx512f"), always_inline)) static inline __mmask8 exp_rare(__m512d x) {
  const __m512d threshold = _mm512_set1_pd(0x1.61da04cbafe44p+9);
  return _mm512_cmpge_epi64_mask(
      _mm512_castpd_si512(_mm512_abs_pd(x)), _mm512_castpd_si512(threshold));
}

__attribute__((target("avx512f,fma"))) void nk_exp_f64_skx(
    const double *src, double *dst, long n) {
  __m512d table[4] = {
      _mm512_loadu_pd(th), _mm512_loadu_pd(th + 8), _mm512_loadu_pd(tlr),
      _mm512_loadu_pd(tlr + 8)};
  blocks(src, dst, n, exp_rare, exp_lanes, exp, _mm512_setzero_pd(), table);
}
#pragma clang fp contract(on)

#pragma clang fp contract(off)
// numpy's float64 log on the same processors (Intel's SVML high-accuracy log there), in SVML's
// operations and order. x = 2^e m with m in [1, 2); r = 1/m from the
// processor's 14-bit reciprocal estimate rounded to a multiple of 1/32 (so r is 1/2 + k/32 or
// 1), R = r m - 1 (one rounding); log x = e ln2 - log r + log(1 + R), log(1 + R) as
// R + R^2 (c2 + c3 R + ... + c9 R^7), the c's SVML's minimax coefficients. Below r = 3/4 the
// table holds -log(2r) and e gains one. Th[k] is -log r rounded to a multiple of 2^-40 (so
// e ln2High + Th is exact), Tl[k] the rest; k is r's four leading fraction bits. Every
// operation is done in the current rounding mode, to nearest (SVML's explicit rounding, the same
// bits, ran the loop a sixth slower on Zen 4), and raises no flag but inexact: zero, negative
// values, infinities and NaN are computed from 1.0 and then take the C library's log (SVML's
// scalar routine), which gives the same values and sets the flags.
static const double logTh[16] = {
    0x0.0p+0, -0x1.f0a30c0120000p-5, -0x1.e27076e2b0000p-4, -0x1.5ff3070a78000p-3,
    -0x1.c8ff7c79a8000p-3, -0x1.1675cababc000p-2, -0x1.4618bc21c4000p-2,
    -0x1.739d7f6bbc000p-2, 0x1.269621134c000p-2, 0x1.f991c6cb38000p-3,
    0x1.a93ed3c8b0000p-3, 0x1.5bf406b540000p-3, 0x1.1178e82280000p-3,
    0x1.9335e5d590000p-4, 0x1.08598b59e0000p-4, 0x1.0415d89e80000p-5};
static const double logTl[16] = {
    0x0.0p+0, 0x1.3ab33d066d1d2p-42, 0x1.a342c2af0003cp-45, -0x1.3d3c873e20a07p-43,
    -0x1.a21ac25d81ef3p-43, 0x1.9f1fc63382a8fp-42, -0x1.ec27d0b7b37b3p-42,
    -0x1.0069ce24c53fbp-42, 0x1.b92783beb7677p-42, 0x1.9bcbecca0cdf3p-42,
    -0x1.30e486a0ac42dp-42, 0x1.ed8fdc149767ep-42, -0x1.b8421cc74be04p-43,
    0x1.2622b8757a8fbp-42, 0x1.d034451fecdfbp-43, -0x1.77771fd187145p-42};

// Zero, negative (sign bit set: as a signed integer at most 0), infinity or NaN.
__attribute__((target("avx512f"), always_inline)) static inline __mmask8 log_rare(__m512d x) {
  __m512i bits = _mm512_castpd_si512(x);
  return _mm512_cmple_epi64_mask(bits, _mm512_setzero_si512())
         | _mm512_cmpge_epi64_mask(bits, _mm512_set1_epi64(0x7ff0000000000000LL));
}

// log of eight positive finite values.
__attribute__((target("avx512f,fma"), always_inline)) static inline __m512d log_lanes(
    __m512d x, __m512d thLow, __m512d thHigh, __m512d tlLow, __m512d tlHigh) {
  const __m512d one = _mm512_set1_pd(1.0);
  const __m512i threeQuarters = _mm512_castpd_si512(_mm512_set1_pd(0.75));
  const __m512d ln2High = _mm512_set1_pd(0x1.62e42fefa0000p-1);
  const __m512d ln2Low = _mm512_set1_pd(0x1.cf79abc9e0000p-40);
  const __m512d c9 = _mm512_set1_pd(0x1.c81cd309d7c70p-4), c8 = _mm512_set1_pd(-0x1.007357e93af62p-3);
  const __m512d c7 = _mm512_set1_pd(0x1.249229cee81efp-3), c6 = _mm512_set1_pd(-0x1.55553fb28db06p-3);
  const __m512d c5 = _mm512_set1_pd(0x1.9999999cc9f5cp-3), c4 = _mm512_set1_pd(-0x1.00000000c05bdp-2);
  const __m512d c3 = _mm512_set1_pd(0x1.5555555555466p-2), c2 = _mm512_set1_pd(-0x1.fffffffffffc6p-2);
  __m512d m = _mm512_getmant_round_pd(x, _MM_MANT_NORM_1_2, _MM_MANT_SIGN_nan, _MM_FROUND_NO_EXC);
  __m512d e = _mm512_getexp_round_pd(x, _MM_FROUND_NO_EXC);
  // 5 fraction bits, to nearest, no precision flag.
  __m512d r = _mm512_roundscale_round_pd(_mm512_rcp14_pd(m), 0x58, _MM_FROUND_NO_EXC);
  __m512d reduced = _mm512_fmsub_round_pd(r, m, one, NK_CURRENT);
  __m512i rBits = _mm512_castpd_si512(r);
  // r < 3/4, compared as integers (r is positive), which raises no flag.
  __mmask8 belowThreeQuarters = _mm512_cmplt_epi64_mask(rBits, threeQuarters);
  __m512d p76 = _mm512_fmadd_round_pd(reduced, c7, c6, NK_CURRENT);
  __m512d p98 = _mm512_fmadd_round_pd(reduced, c9, c8, NK_CURRENT);
  __m512d r2 = _mm512_mul_round_pd(reduced, reduced, NK_CURRENT);
  __m512d p54 = _mm512_fmadd_round_pd(reduced, c5, c4, NK_CURRENT);
  __m512d p = _mm512_fmadd_round_pd(r2, p98, p76, NK_CURRENT);
  __m512d r4 = _mm512_mul_round_pd(r2, r2, NK_CURRENT);
  __m512d p32 = _mm512_fmadd_round_pd(reduced, c3, c2, NK_CURRENT);
  e = _mm512_mask_add_round_pd(e, belowThreeQuarters, e, one, NK_CURRENT);
  __m512i k = _mm512_srli_epi64(rBits, 48);
  __m512d headK = _mm512_permutex2var_pd(thLow, k, thHigh);
  __m512d tailK = _mm512_permutex2var_pd(tlLow, k, tlHigh);
  __m512d q = _mm512_fmadd_round_pd(r2, p54, p32, NK_CURRENT);
  __m512d scaled = _mm512_fmadd_round_pd(e, ln2High, headK, NK_CURRENT);
  p = _mm512_fmadd_round_pd(r4, p, q, NK_CURRENT);
  __m512d high = _mm512_add_round_pd(scaled, reduced, NK_CURRENT);
  __m512d reducedHigh = _mm512_sub_round_pd(high, scaled, NK_CURRENT);
  __m512d reducedLow = _mm512_sub_round_pd(reduced, reducedHigh, NK_CURRENT);
  p = _mm512_fmadd_round_pd(r2, p, reducedLow, NK_CURRENT);
  __m512d low = _mm512_fmadd_round_pd(e, ln2Low, tailK, NK_CURRENT);
  return _mm512_add_round_pd(high, _mm512_add_round_pd(p, low, NK_CURRENT), NK_CURRENT);
}

__attribute__((target("avx512f,fma"))) void nk_log_f64_skx(
    const double *src, double *dst, long n) {
  __m512d table[4] = {
      _mm512_loadu_pd(logTh), _mm512_loadu_pd(logTh + 8), _mm512_loadu_pd(logTl),
      _mm512_loadu_pd(logTl + 8)};
  blocks(src, dst, n, log_rare, log_lanes, log, _mm512_set1_pd(1.0), table);
}
#pragma clang fp contract(on)

#else
int nk_has_avx512_skx(void) { return 0; }
void nk_exp_f64_skx(const double *src, double *dst, long n) {
  for (long i = 0; i < n; i++) dst[i] = exp(src[i]);
}
void nk_log_f64_skx(const double *src, double *dst, long n) {
  for (long i = 0; i < n; i++) dst[i] = log(src[i]);
}
#endif
