/** A reader whose newest turn starts at most this many pixels above the view's top is at the newest end. */
const AT_NEWEST = 8;

/**
 * Redraws a newest-first log without losing the reader's place (issue 13). `scroller` is what scrolls: a panel,
 * or the page itself (`document.scrollingElement`). A reader at the newest end stays there and sees what came
 * in; one further down keeps the turn they were reading where it was on screen, however much arrived above it.
 * Turns are the `section.turn[data-turn]` elements inside `content`.
 */
export function keepingPlace(scroller: Element, content: ParentNode, redraw: () => void): void {
  const viewTop = () => (scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top);
  const sections = [...content.querySelectorAll<HTMLElement>('section.turn[data-turn]')];
  const top = viewTop();
  const anchor = sections.find((s) => s.getBoundingClientRect().bottom > top);
  const offset = anchor ? anchor.getBoundingClientRect().top - top : 0;
  const turn = anchor?.dataset.turn;
  if (!anchor || !turn || (anchor === sections[0] && offset >= -AT_NEWEST)) {
    redraw();
    return;
  }
  const scrolled = scroller.scrollTop;
  redraw();
  const again = content.querySelector<HTMLElement>(`section.turn[data-turn="${turn}"]`);
  if (!again) {
    scroller.scrollTop = scrolled;
    return;
  }
  // Measured after the redraw, whatever scroll position emptying the panel left: the turn goes back to `offset`.
  scroller.scrollTop += again.getBoundingClientRect().top - viewTop() - offset;
}
