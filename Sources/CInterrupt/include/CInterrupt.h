#pragma once
#include <signal.h>

/// Ctrl-C for NumBook: the SIGINT handler and its flags live in interrupt.c, once for the
/// whole program (static state in a header would give each Swift file its own copy).

/// Installs the SIGINT handler and unblocks SIGINT (a blocked mask survives exec).
void nb_install_sigint(void);
/// Whether SIGINT arrived since the last call; clears the flag.
int nb_take_interrupt(void);
/// While true, Ctrl-C clears the readline prompt instead of flagging running code.
void nb_set_at_prompt(int value);
