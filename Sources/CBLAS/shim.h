#pragma once
// OpenBLAS's CBLAS interface (Debian: libopenblas-dev).
#include <cblas.h>

// LAPACK routines OpenBLAS ships (Fortran calling convention: every argument by pointer).
void dgesv_(int *n, int *nrhs, double *a, int *lda, int *ipiv, double *b, int *ldb, int *info);
void dgetrf_(int *m, int *n, double *a, int *lda, int *ipiv, int *info);
// Singular values (and vectors); the trailing length is gfortran's hidden CHARACTER length.
void dgesdd_(char *jobz, int *m, int *n, double *a, int *lda, double *s, double *u, int *ldu,
             double *vt, int *ldvt, double *work, int *lwork, int *iwork, int *info,
             size_t jobz_len);
// Least squares by divide-and-conquer SVD (np.linalg.lstsq).
void dgelsd_(int *m, int *n, int *nrhs, double *a, int *lda, double *b, int *ldb, double *s,
             double *rcond, int *rank, double *work, int *lwork, int *iwork, int *info);
// Symmetric eigenproblems (np.linalg.eigh, eigvalsh) and general ones (np.linalg.eig).
void dsyevd_(char *jobz, char *uplo, int *n, double *a, int *lda, double *w, double *work,
             int *lwork, int *iwork, int *liwork, int *info, size_t jobzLength,
             size_t uploLength);
void dgeev_(char *jobvl, char *jobvr, int *n, double *a, int *lda, double *wr, double *wi,
            double *vl, int *ldvl, double *vr, int *ldvr, double *work, int *lwork, int *info,
            size_t jobvlLength, size_t jobvrLength);
// QR (np.linalg.qr: Householder factors, then Q from them) and Cholesky (np.linalg.cholesky).
void dgeqrf_(int *m, int *n, double *a, int *lda, double *tau, double *work, int *lwork,
             int *info);
void dorgqr_(int *m, int *n, int *k, double *a, int *lda, double *tau, double *work, int *lwork,
             int *info);
void dpotrf_(char *uplo, int *n, double *a, int *lda, int *info, size_t uploLength);
