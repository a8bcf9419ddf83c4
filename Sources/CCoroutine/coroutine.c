#include "CCoroutine.h"

#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__x86_64__) && defined(__linux__)

int nb_coroutines_supported(void) { return 1; }

// The context is the stack pointer of a suspended side, which points at: MXCSR (4 bytes),
// the x87 control word (4 bytes, 2 used), r15, r14, r13, r12, rbx, rbp, then the address to
// continue at. A new context continues at nb_context_start with the entry in r12 and its
// argument in r13.
__asm__(
    ".text\n"
    ".globl nb_context_switch\n"
    ".type nb_context_switch, @function\n"
    "nb_context_switch:\n"
    "  pushq %rbp\n"
    "  pushq %rbx\n"
    "  pushq %r12\n"
    "  pushq %r13\n"
    "  pushq %r14\n"
    "  pushq %r15\n"
    "  subq $8, %rsp\n"
    "  stmxcsr (%rsp)\n"
    "  fnstcw 4(%rsp)\n"
    "  movq %rsp, (%rdi)\n"
    "  movq %rsi, %rsp\n"
    "  ldmxcsr (%rsp)\n"
    "  fldcw 4(%rsp)\n"
    "  addq $8, %rsp\n"
    "  popq %r15\n"
    "  popq %r14\n"
    "  popq %r13\n"
    "  popq %r12\n"
    "  popq %rbx\n"
    "  popq %rbp\n"
    "  ret\n"
    ".size nb_context_switch, .-nb_context_switch\n"
    ".type nb_context_start, @function\n"
    "nb_context_start:\n"
    "  movq %r13, %rdi\n"
    "  callq *%r12\n"
    "  ud2\n"
    ".size nb_context_start, .-nb_context_start\n");

void nb_context_start(void);

void *nb_context_make(void *base, size_t size, void (*entry)(void *), void *argument) {
  uintptr_t top = ((uintptr_t)base + size) & ~(uintptr_t)15;
  // Nine words below a 16-byte boundary (with one word of padding above them), so that the
  // stack pointer is 16-byte aligned after `ret` into nb_context_start, as a call expects.
  uint64_t *context = (uint64_t *)(top - 16 - 8 * 8);
  uint32_t mxcsr;
  uint16_t control;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  __asm__ volatile("fnstcw %0" : "=m"(control));
  context[0] = (uint64_t)mxcsr | ((uint64_t)control << 32);
  context[1] = 0;                          // r15
  context[2] = 0;                          // r14
  context[3] = (uint64_t)argument;         // r13
  context[4] = (uint64_t)(uintptr_t)entry; // r12
  context[5] = 0;                          // rbx
  context[6] = 0;                          // rbp
  context[7] = (uint64_t)(uintptr_t)nb_context_start;
  context[8] = 0;
  return context;
}

#else

int nb_coroutines_supported(void) { return 0; }
void *nb_context_make(void *base, size_t size, void (*entry)(void *), void *argument) {
  (void)base, (void)size, (void)entry, (void)argument;
  return NULL;
}
void nb_context_switch(void **from, void *to) { (void)from, (void)to; }

#endif

void *nb_stack_reserve(size_t size) {
  void *base = mmap(NULL, size, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (base == MAP_FAILED) return NULL;
  // The lowest page faults: running off the end of the stack stops the process rather
  // than writing over other memory.
  if (mprotect(base, (size_t)sysconf(_SC_PAGESIZE), PROT_NONE) != 0) {
    munmap(base, size);
    return NULL;
  }
  return base;
}

void nb_stack_release(void *base, size_t size) { munmap(base, size); }
