import CInterrupt
import CReadline
import Foundation
import Interpreter

/// Turns Ctrl-C (SIGINT, caught by the C handler) into KeyboardInterrupt in the running code:
/// while it lives, it polls the handler's flag and interrupts the interpreter.
final class InterruptPoller {
  private let timer = DispatchSource.makeTimerSource(queue: .global())

  init(_ interp: Interpreter) {
    _ = nb_take_interrupt()
    timer.schedule(deadline: .now(), repeating: .milliseconds(20))
    // The timer thread holds the handle, never the interpreter (see `InterruptHandle`).
    let handle = interp.interruptHandle
    timer.setEventHandler {
      if nb_take_interrupt() != 0 { handle.interrupt() }
    }
    timer.resume()
  }

  deinit { timer.cancel() }
}
