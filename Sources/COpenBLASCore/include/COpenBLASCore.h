#pragma once

/// The kernels OpenBLAS uses on this processor. Debian's OpenBLAS (0.3.21) picks its kernels by
/// the processor's model number, and on models newer than it knows (Sapphire and Emerald
/// Rapids, for instance) it falls back to its slowest, SSE3 ones ("Prescott"): a matrix product
/// then runs several times slower than numpy's on the same machine. core.c checks, once as the
/// program starts, what the processor and the operating system support (AVX-512, or AVX2 with
/// FMA) and, when OpenBLAS picked kernels of a lower level, asks it for the kernels of that
/// level, as OpenBLAS's own OPENBLAS_CORETYPE variable does. A user's OPENBLAS_CORETYPE wins.

/// The kernels NumBook asked OpenBLAS for, or "" when it kept OpenBLAS's own choice.
const char *nb_openblas_core_request(void);

/// What this processor and its operating system support: 3 for AVX-512 (F, CD, DQ, BW, VL),
/// 2 for AVX2 with FMA, 1 for neither.
int nb_processor_level(void);

/// The level (as `nb_processor_level`) of OpenBLAS's kernels of that name.
int nb_kernel_level(const char *core);
