#pragma once
// OpenBLAS's CBLAS interface (Debian: libopenblas-dev).
#include <cblas.h>

// LAPACK routines OpenBLAS ships (Fortran calling convention: every argument by pointer).
void dgesv_(int *n, int *nrhs, double *a, int *lda, int *ipiv, double *b, int *ldb, int *info);
void dgetrf_(int *m, int *n, double *a, int *lda, int *ipiv, int *info);
