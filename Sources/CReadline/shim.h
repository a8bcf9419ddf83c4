#pragma once
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 cannot read readline's mutable globals; these wrap what NumBook touches.
static inline void nb_rl_set_name(const char *name) { rl_readline_name = name; }

/// Completion: readline calls `entry(text, state)` for each match until it returns NULL.
/// `breaks` is copied: readline keeps the pointer, and a Swift string argument is temporary.
static inline void nb_rl_set_completer(rl_compentry_func_t *entry, const char *breaks) {
  rl_completion_entry_function = entry;
  rl_completer_word_break_characters = strdup(breaks);
  // Quotes start words too (dict keys: d['al<Tab>), and readline must know them as quotes.
  rl_completer_quote_characters = "\"'";
  rl_completion_append_character = '\0';
}

/// readline resets the appended character before each completion: call from the callback.
static inline void nb_rl_no_append(void) { rl_completion_append_character = '\0'; }

/// The line being edited, up to the cursor (for dict-key and attribute completion).
static inline const char *nb_rl_line(void) { return rl_line_buffer ? rl_line_buffer : ""; }
static inline int nb_rl_point(void) { return rl_point; }

// MARK: - Ctrl-C

/// Set by SIGINT; the REPL polls and clears it.
static volatile sig_atomic_t nb_interrupted = 0;
/// True while readline waits for input: Ctrl-C then clears the line instead.
static volatile sig_atomic_t nb_at_prompt = 0;

static void nb_on_sigint(int sig) {
  (void)sig;
  nb_interrupted = 1;
  if (nb_at_prompt) {
    // As Python's REPL: abandon the line, show KeyboardInterrupt, prompt again.
    write(STDOUT_FILENO, "\nKeyboardInterrupt\n", 19);
    rl_replace_line("", 0);
    rl_on_new_line();
    rl_redisplay();
  }
}

static inline void nb_install_sigint(void) {
  rl_catch_signals = 0;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = nb_on_sigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, NULL);
  // A blocked mask survives exec: a REPL started from a thread that blocks SIGINT would never
  // see Ctrl-C. Unblock it for the process.
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
}

static inline int nb_take_interrupt(void) {
  int was = nb_interrupted;
  nb_interrupted = 0;
  return was;
}

static inline void nb_set_at_prompt(int value) { nb_at_prompt = value; }
