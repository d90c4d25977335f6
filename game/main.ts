// Browser entry: load the bundled font (map labels are drawn with it), then start the page the path asks for:
// the classroom's teacher or student page, or the single-screen game.
// The two guards come first: ES modules run in import order, and they must be in place before uPlot loads.
// So the classroom is imported, not loaded later: a chunk of its own would run uPlot before the guards.
import './ui/fatal-error.ts';
import './ui/locale-guard.ts';
// The page's styles, in cascade order.
import './ui/styles/frame.css';
import './ui/styles/panels.css';
import './ui/styles/overlays.css';
import { startApp } from './ui/app.ts';
import { routeOf } from './ui/classroom/routes.ts';
import { startClassroom } from './ui/classroom/start.ts';

await Promise.all([document.fonts.load('14px "Noto Sans"'), document.fonts.load('bold 14px "Noto Sans"')]);
const root = document.getElementById('app');
const route = routeOf(window.location.pathname);
if (root) {
  if (route === 'game') startApp(root);
  else startClassroom(route, root);
}
