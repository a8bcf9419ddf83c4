#pragma once
// The SSE unit's sticky exception flags (MXCSR bits 0-5), read and cleared in one
// instruction each. All float arithmetic on x86-64 runs there; fetestexcept and
// feclearexcept also visit the x87 unit, which costs more than a small array operation.
#include <stdint.h>

#if defined(__x86_64__)
#include <xmmintrin.h>
#define NK_HAS_SSE_FLAGS 1
static inline uint32_t nk_sse_flags(void) { return _mm_getcsr() & 0x3Fu; }
static inline void nk_sse_clear_flags(void) {
  uint32_t csr = _mm_getcsr();
  if (csr & 0x3Fu) _mm_setcsr(csr & ~0x3Fu);
}
static inline void nk_sse_set_flags(uint32_t flags) {
  _mm_setcsr((_mm_getcsr() & ~0x3Fu) | (flags & 0x3Fu));
}
#else
#define NK_HAS_SSE_FLAGS 0
static inline uint32_t nk_sse_flags(void) { return 0; }
static inline void nk_sse_clear_flags(void) {}
static inline void nk_sse_set_flags(uint32_t flags) {}
#endif
