import type { ContentSource } from '../engine/index.ts';
import { decodeShareFragment, SHARE_PREFIX } from '../replay/share-link.ts';
import { showReplayInAddress } from './address-sync.ts';
import { el } from './dom.ts';
import { parseReplay, readReplayFile } from './replay-io.ts';
import { replayRecords, type Session } from './session.ts';

/** What the page does around a replay that loads. */
export interface ReplayInputHooks {
  /** A replay is about to replace the game (or to fail): the timeline stops playing the old one. */
  stopAutoplay(): void;
  /** A replay has been played through and is about to load: no dialog stays over it. */
  closeDialog(): void;
}

/**
 * The ways a replay comes in: the file picker (`#replay-file`, which the header's button opens), a file dropped
 * on the page (with the drop zone, `#drop`, while one is dragged over it), and a share link (`#r=...`) on
 * opening the page or when the fragment changes. Only the last file asked for may replace the game, and a
 * game started meanwhile wins over a file still being read.
 */
export class ReplayInput {
  readonly fileInput = el('input', {
    type: 'file',
    accept: 'application/json,.json',
    hidden: true,
    id: 'replay-file',
  });
  readonly drop = el('div', { id: 'drop', hidden: true }, 'Drop a replay file to play it back');
  /** Counts the files asked for: only the last one chosen may replace the game, whichever is read last. */
  private fileRequests = 0;

  constructor(
    private readonly session: Session,
    private readonly source: ContentSource,
    private readonly hooks: ReplayInputHooks,
  ) {
    const { fileInput, drop } = this;
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) void this.openFile(file);
      fileInput.value = '';
    });
    // Only files start a replay: a dragged piece of text is not one.
    const draggingFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    window.addEventListener('dragover', (e) => {
      if (!draggingFiles(e)) return;
      e.preventDefault();
      drop.hidden = false;
    });
    window.addEventListener('dragleave', (e) => {
      if (e.relatedTarget === null) drop.hidden = true;
    });
    window.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.hidden = true;
      const file = e.dataTransfer?.files[0];
      if (file) void this.openFile(file);
    });
    window.addEventListener('hashchange', () => this.openFragment());
  }

  /** Opens the file picker. */
  choose(): void {
    this.fileInput.click();
  }

  /** Plays back the replay of the address's share link, if it has one (and says so). */
  openFragment(): boolean {
    if (!location.hash.startsWith(SHARE_PREFIX)) return false;
    const decoded = decodeShareFragment(location.hash);
    if (!decoded.ok) this.session.fail(decoded.message);
    else this.playBack(decoded.data, 'the share link');
    return true;
  }

  private playBack(data: unknown, label: string): void {
    this.hooks.stopAutoplay();
    const parsed = parseReplay(data, label);
    if (!parsed.ok) {
      this.session.fail(parsed.message);
      return;
    }
    const played = replayRecords(this.source, parsed.replay);
    if (!played.ok) {
      this.session.fail(`${label}: ${played.message}`);
      return;
    }
    this.hooks.closeDialog();
    this.session.load(parsed.replay, played.verdict, played.records);
    showReplayInAddress(parsed.replay);
  }

  private async openFile(file: File): Promise<void> {
    const request = ++this.fileRequests;
    const game = this.session.gameNumber;
    let read: Awaited<ReturnType<typeof readReplayFile>>;
    try {
      read = await readReplayFile(file);
    } catch (e) {
      // A folder dropped, or a file moved or removed since it was chosen.
      read = { ok: false, message: `${file.name}: cannot be read (${(e as Error).message})` };
    }
    // A newer file, or a game started meanwhile, wins over this one.
    if (request !== this.fileRequests || game !== this.session.gameNumber) return;
    if (read.ok) this.playBack(read.replay, file.name);
    else this.session.fail(read.message);
  }
}
