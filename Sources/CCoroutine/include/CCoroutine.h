#pragma once
#include <stddef.h>

/// Stack switching for generators: a generator's body runs on a stack of its own, on the
/// thread of the code that resumes it, and the two switch to and fro at each `yield`
/// (coroutine.c). Available where `nb_coroutines_supported()` is 1 (x86-64 Linux).

/// 1 where the switch is implemented, else 0 (the functions below then do nothing).
int nb_coroutines_supported(void);

/// Reserves a stack of `size` bytes (a multiple of the page size) with a guard page at its
/// low end, committed only as it is touched. NULL when the reservation fails.
void *nb_stack_reserve(size_t size);
/// Gives back a stack from `nb_stack_reserve`.
void nb_stack_release(void *base, size_t size);

/// Prepares the stack [base, base + size) so that switching to the returned context calls
/// `entry(argument)` on it. `entry` must never return: its last act is a switch away.
void *nb_context_make(void *base, size_t size, void (*entry)(void *), void *argument);

/// Saves the running context in `*from` and continues the context `to`; returns when some
/// later switch continues `*from`. Keeps the callee-saved registers and the floating-point
/// control and status words (MXCSR, x87 control word) of each side.
void nb_context_switch(void **from, void *to);
