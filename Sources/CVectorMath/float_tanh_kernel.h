#pragma once
// float32 tanh, sixteen lanes at a time on processors with AVX-512F: FloatTanh.swift's `value`
// in the same operations and order, so every processor and every array length gives the same
// bits. `table` holds the 32 intervals' b, c0, c1 ... c6, column after column
// (FloatTanhTable); `saturation` is the bit pattern from which tanh |x| is 1. The last block
// is loaded and stored masked. Every comparison is of integers (no flag raised).
#include <stdint.h>

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>

#pragma clang fp contract(off)
__attribute__((target("avx512f,fma"))) static inline void nk_tanh_f32_avx512(
    const float *src, float *dst, long n, const uint32_t *table, uint32_t saturation) {
  __m512 low[8], high[8];
  for (int c = 0; c < 8; c++) {
    low[c] = _mm512_loadu_ps((const float *)table + 32 * c);
    high[c] = _mm512_loadu_ps((const float *)table + 32 * c + 16);
  }
  const __m512i magnitude = _mm512_set1_epi32(0x7fffffff), sign = _mm512_set1_epi32(0x80000000);
  const __m512i first = _mm512_set1_epi32(495), zero = _mm512_setzero_si512();
  const __m512i infinity = _mm512_set1_epi32(0x7f800000);
  const __m512i saturated = _mm512_set1_epi32((int)saturation);
  const __m512 one = _mm512_set1_ps(1.0f);
  for (long i = 0; i < n; i += 16) {
    __mmask16 load = n - i >= 16 ? 0xFFFF : (__mmask16)((1u << (n - i)) - 1);
    // (Masked loads and stores of whole blocks are slower on some processors.)
    __m512 x = load == 0xFFFF ? _mm512_loadu_ps(src + i) : _mm512_maskz_loadu_ps(load, src + i);
    __m512i bits = _mm512_and_si512(_mm512_castps_si512(x), magnitude);
    __m512 a = _mm512_castsi512_ps(bits);
    // The interval: exponent and two leading fraction bits, from 1/8 on (0 below); the
    // lookups read its five low bits (from 10 on, where it passes 31, the result is 1).
    __m512i k = _mm512_max_epi32(_mm512_sub_epi32(_mm512_srli_epi32(bits, 21), first), zero);
#define NK_COLUMN(c) _mm512_permutex2var_ps(low[c], k, high[c])
    __m512 y = _mm512_sub_ps(a, NK_COLUMN(0));
    __m512 q = _mm512_fmadd_ps(y, NK_COLUMN(7), NK_COLUMN(6));
    q = _mm512_fmadd_ps(y, q, NK_COLUMN(5));
    q = _mm512_fmadd_ps(y, q, NK_COLUMN(4));
    q = _mm512_fmadd_ps(y, q, NK_COLUMN(3));
    q = _mm512_fmadd_ps(y, q, NK_COLUMN(2));
    __m512 h = _mm512_mask_blend_ps(_mm512_cmpeq_epi32_mask(k, zero), NK_COLUMN(1), a);
#undef NK_COLUMN
    __m512 r = _mm512_fmadd_ps(y, q, h);
    r = _mm512_mask_blend_ps(_mm512_cmpge_epi32_mask(bits, saturated), r, one);
    // x's sign bit, the rest r's (0xCA: where `sign` has a bit, x's, elsewhere r's).
    r = _mm512_castsi512_ps(
        _mm512_ternarylogic_epi32(sign, _mm512_castps_si512(x), _mm512_castps_si512(r), 0xCA));
    r = _mm512_mask_blend_ps(_mm512_cmpgt_epi32_mask(bits, infinity), r, x);
    if (load == 0xFFFF) {
      _mm512_storeu_ps(dst + i, r);
    } else {
      _mm512_mask_storeu_ps(dst + i, load, r);
    }
  }
}
#pragma clang fp contract(on)

#else
static inline void nk_tanh_f32_avx512(
    const float *src, float *dst, long n, const uint32_t *table, uint32_t saturation) {}
#endif
