#include "COpenBLASCore.h"

#include <cpuid.h>
#include <stdlib.h>
#include <string.h>

// OpenBLAS's own entry points (exported by every DYNAMIC_ARCH build, Debian's among them).
extern char *openblas_get_corename(void);
extern void gotoblas_dynamic_init(void);
extern void gotoblas_dynamic_quit(void);
// (Weak: a serial build of OpenBLAS has no thread pool, and no such function.)
extern int blas_thread_shutdown_(void) __attribute__((weak));

static const char *requested = "";

/// The extended control register 0: which register states the operating system saves.
static unsigned long long saved_states(void) {
  unsigned int low, high;
  __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
  return ((unsigned long long)high << 32) | low;
}

int nb_processor_level(void) {
  unsigned int a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return 1;
  int osxsave = (c >> 27) & 1, avx = (c >> 28) & 1, fma = (c >> 12) & 1;
  if (!osxsave || !avx) return 1;
  unsigned long long states = saved_states();
  if ((states & 0x6) != 0x6) return 1;  // SSE and AVX registers
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 1;
  int avx2 = (b >> 5) & 1;
  int avx512 = ((b >> 16) & 1) && ((b >> 17) & 1) && ((b >> 28) & 1) && ((b >> 30) & 1) &&
               ((b >> 31) & 1);
  if (avx512 && (states & 0xe0) == 0xe0) return 3;  // opmask and the upper ZMM registers
  return avx2 && fma ? 2 : 1;
}

int nb_kernel_level(const char *core) {
  static const char *avx512[] = {"SkylakeX", "Cooperlake", "SapphireRapids"};
  static const char *avx2[] = {"Haswell", "Zen"};
  for (unsigned i = 0; i < sizeof avx512 / sizeof *avx512; i++)
    if (strcmp(core, avx512[i]) == 0) return 3;
  for (unsigned i = 0; i < sizeof avx2 / sizeof *avx2; i++)
    if (strcmp(core, avx2[i]) == 0) return 2;
  return 1;
}

static void choose_kernels(void) {
  if (getenv("OPENBLAS_CORETYPE") != NULL) return;
  const char *picked = openblas_get_corename();
  int level = nb_processor_level();
  if (picked == NULL || nb_kernel_level(picked) >= level) return;
  const char *wanted = level == 3 ? "SkylakeX" : "Haswell";
  setenv("OPENBLAS_CORETYPE", wanted, 1);
  gotoblas_dynamic_quit();
  gotoblas_dynamic_init();
  unsetenv("OPENBLAS_CORETYPE");
  requested = wanted;
}

// Runs after the shared libraries' constructors (OpenBLAS's picked its kernels and started
// its worker threads by then) and before any of NumBook's code. The workers, given no work,
// spin in sched_yield for about 0.1 s before they sleep: at every start, a core's worth of
// time that programs without a matrix product never use. They are stopped here; OpenBLAS
// starts them again at its first threaded call, as it does after a fork.
__attribute__((constructor)) static void prepare_openblas(void) {
  choose_kernels();
  if (blas_thread_shutdown_ != NULL) blas_thread_shutdown_();
}

const char *nb_openblas_core_request(void) { return requested; }
