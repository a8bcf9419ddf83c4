// glibc's heap tuning (mallopt and its parameters) for the nb executable.
#include <malloc.h>
