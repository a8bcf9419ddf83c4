#include "CInterrupt.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <readline/readline.h>

static volatile sig_atomic_t interrupted = 0;
static volatile sig_atomic_t at_prompt = 0;

static void on_sigint(int sig) {
  (void)sig;
  interrupted = 1;
  if (at_prompt) {
    // As Python's REPL: abandon the line, show KeyboardInterrupt, prompt again.
    write(STDOUT_FILENO, "\nKeyboardInterrupt\n", 19);
    rl_replace_line("", 0);
    rl_on_new_line();
    rl_redisplay();
  }
}

void nb_install_sigint(void) {
  rl_catch_signals = 0;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, NULL);
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &mask, NULL);
}

int nb_take_interrupt(void) {
  int was = interrupted;
  interrupted = 0;
  return was;
}

void nb_set_at_prompt(int value) { at_prompt = value; }
