#pragma once
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
