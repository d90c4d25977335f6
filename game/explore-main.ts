// The explore page's entry (explore.html, served at /explore): the same guards first as the game's (main.ts),
// since uPlot formats numbers with navigator.language as it loads; then the styles; then the page. No Phaser.
import './ui/fatal-error.ts';
import './ui/locale-guard.ts';
import './ui/styles/frame.css';
import './ui/styles/panels.css';
import './ui/explore/explore.css';
import { startExplorePage } from './ui/explore/page.ts';

const root = document.getElementById('app');
if (root) startExplorePage(root);
