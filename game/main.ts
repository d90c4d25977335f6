// Browser entry: load the bundled font (map labels are drawn with it), then start the game page.
// The two guards come first: ES modules run in import order, and they must be in place before uPlot loads.
import './ui/fatal-error.ts';
import './ui/locale-guard.ts';
import './ui/styles.css';
import { startApp } from './ui/app.ts';

await Promise.all([document.fonts.load('14px "Noto Sans"'), document.fonts.load('bold 14px "Noto Sans"')]);
const root = document.getElementById('app');
if (root) startApp(root);
