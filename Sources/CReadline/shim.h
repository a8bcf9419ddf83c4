#pragma once
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 cannot read readline's mutable globals; these wrap what NumBook touches.
static inline void nb_rl_set_name(const char *name) { rl_readline_name = name; }
