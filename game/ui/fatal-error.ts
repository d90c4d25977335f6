/**
 * A last resort, installed before anything else runs: an error nothing caught (a module that fails to load, a
 * bug) is shown on the page with what to do, instead of leaving a blank or frozen page and a message only the
 * console sees.
 */
function showFatal(message: string): void {
  let box = document.getElementById('fatal');
  if (!box) {
    box = document.createElement('div');
    box.id = 'fatal';
    box.setAttribute('role', 'alert');
    document.body.append(box);
  }
  box.textContent = `Something went wrong and the game cannot go on: ${message}. Reload the page to start again; if it happens again, please report it with the page address.`;
}

window.addEventListener('error', (event) => {
  // Browsers report a ResizeObserver that could not deliver every notice in one frame as an error; it is not.
  if (event.message?.startsWith('ResizeObserver loop')) return;
  showFatal(event.message || String(event.error));
});
window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as unknown;
  showFatal(reason instanceof Error ? reason.message : String(reason));
});
