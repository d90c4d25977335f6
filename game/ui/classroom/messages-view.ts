import {
  type ChatMessage,
  type Intent,
  MAX_TEXT,
  type ProposalItem,
  type Reply,
} from '../../protocol/classroom.ts';
import { el, fill } from '../dom.ts';
import { Feedback } from './feedback.ts';

/** What the message and proposal panels need from their page. Student text only ever goes in text nodes. */
export interface ChatContext {
  /** The role this page speaks for; null for the teacher (who may message, but not propose). */
  me: string | null;
  /** The roles people play now, the ones the teacher took over included: who may be written to. */
  roles(): readonly string[];
  name(role: string): string;
  /** Who a message's `by` is, in words: a name for students, a member id mapped to a name for the teacher. */
  who(by: string): string;
  send(intent: Intent): Promise<Reply>;
}

const toName = (ctx: ChatContext, to: string) => (to === 'all' ? 'everyone' : ctx.name(to));

/** One message as a list item: sender, addressee, then the text as typed (a `<script>` stays text). */
export function messageItem(ctx: ChatContext, m: ChatMessage): HTMLElement {
  const from = m.from === 'teacher' ? 'Teacher' : ctx.name(m.from);
  // `system`: the server sent it for an actor's rule table (an appeal, a request, a protest to this role).
  const by = m.by === 'system' ? 'its rule table' : ctx.who(m.by);
  return el(
    'li',
    { class: 'cl-message', 'data-id': m.id },
    el('span', { class: 'who' }, by && by !== 'teacher' ? `${from} (${by})` : from),
    ` → ${toName(ctx, m.to)} · turn ${m.turn}`,
    el('div', { class: 'cl-text' }, m.text),
    m.reason ? el('div', { class: 'cl-reason' }, m.reason) : null,
  );
}

/** One proposal: its terms, and its answer, or the buttons to answer it when it waits for this role. */
export function proposalItem(
  ctx: ChatContext,
  p: ProposalItem,
  answer: (accept: boolean) => void,
): HTMLElement {
  const status = p.answer
    ? el(
        'span',
        { class: p.answer.accept ? 'outcome-success' : 'outcome-failure' },
        `${p.answer.accept ? 'Accepted' : 'Declined'}${p.answer.by ? ` by ${ctx.who(p.answer.by)}` : ''}`,
      )
    : p.to === ctx.me
      ? el(
          'span',
          { class: 'cl-answer' },
          el(
            'button',
            { type: 'button', class: 'primary', 'data-accept': 'yes', onclick: () => answer(true) },
            'Accept',
          ),
          ' ',
          el('button', { type: 'button', 'data-accept': 'no', onclick: () => answer(false) }, 'Decline'),
        )
      : el('span', { class: 'muted' }, 'Waiting for an answer');
  return el(
    'li',
    { class: 'cl-proposal', 'data-id': p.id },
    el('span', { class: 'who' }, `${ctx.name(p.from)} (${ctx.who(p.by)})`),
    ` → ${ctx.name(p.to)} · turn ${p.turn}`,
    el('div', { class: 'cl-text' }, p.terms),
    status,
  );
}

interface Composer {
  element: HTMLElement;
  /** Lists the roles one may write to now, keeping the one chosen if it is still there. */
  refresh(): void;
}

function composer(
  ctx: ChatContext,
  options: {
    id: string;
    label: string;
    button: string;
    all: boolean;
    intent(to: string, text: string): Intent;
  },
): Composer {
  const feedback = new Feedback();
  const to = el('select', { name: 'to', id: `${options.id}-to`, 'aria-label': 'To' }) as HTMLSelectElement;
  let listed = '';
  const refresh = () => {
    const roles = ctx.roles().filter((r) => r !== ctx.me);
    if (roles.join() === listed) return;
    listed = roles.join();
    const chosen = to.value;
    fill(
      to,
      options.all ? el('option', { value: 'all' }, 'Everyone') : null,
      ...roles.map((r) => el('option', { value: r, selected: r === chosen }, ctx.name(r))),
    );
  };
  refresh();
  const text = el('textarea', {
    name: 'text',
    id: `${options.id}-text`,
    maxlength: MAX_TEXT,
    rows: 2,
    'aria-label': options.label,
    required: true,
  });
  const button = el('button', { type: 'submit', id: `${options.id}-send` }, options.button);
  const form = el(
    'form',
    { class: 'cl-compose', id: options.id },
    el('label', {}, 'To ', to),
    text,
    button,
    feedback.element,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const typed = text.value.trim();
    if (!typed) return feedback.fail('Write something first.');
    button.disabled = true;
    const reply = await ctx.send(options.intent(to.value, typed));
    button.disabled = false;
    if (feedback.reply(reply, 'Sent.')) text.value = '';
  });
  return { element: form, refresh };
}

/** Messages to one role or to all, and the form to write one. */
export class MessagesPanel {
  private readonly list = el('ul', { class: 'cl-list', id: 'cl-messages' });
  private readonly compose: Composer;
  readonly element: HTMLElement;

  constructor(private readonly ctx: ChatContext) {
    this.compose = composer(ctx, {
      id: 'cl-message-form',
      label: 'Message',
      button: 'Send message',
      all: true,
      intent: (to, text) => ({ type: 'message', to, text }),
    });
    this.element = el(
      'section',
      { class: 'cl-panel cl-private', 'aria-label': 'Messages' },
      el('h2', {}, 'Messages'),
      this.list,
      this.compose.element,
    );
  }

  render(messages: readonly ChatMessage[]): void {
    this.compose.refresh();
    if (messages.length === 0) fill(this.list, el('li', { class: 'muted' }, 'No messages yet.'));
    else fill(this.list, ...[...messages].reverse().map((m) => messageItem(this.ctx, m)));
  }
}

/** Proposals between roles, answered yes or no; the teacher sees them all and makes none. */
export class ProposalsPanel {
  private readonly list = el('ul', { class: 'cl-list', id: 'cl-proposals' });
  private readonly feedback = new Feedback();
  private readonly compose: Composer | null;
  readonly element: HTMLElement;

  constructor(private readonly ctx: ChatContext) {
    this.compose =
      ctx.me === null
        ? null
        : composer(ctx, {
            id: 'cl-propose-form',
            label: 'Terms',
            button: 'Propose',
            all: false,
            intent: (to, terms) => ({ type: 'propose', to, terms }),
          });
    this.element = el(
      'section',
      { class: 'cl-panel cl-private', 'aria-label': 'Proposals' },
      el('h2', {}, 'Proposals'),
      el(
        'p',
        { class: 'muted' },
        'A deal between roles: joint talks, a border deal, aid for assurances… It goes in the log once answered.',
      ),
      this.list,
      this.feedback.element,
      this.compose?.element ?? null,
    );
  }

  render(proposals: readonly ProposalItem[]): void {
    this.compose?.refresh();
    if (proposals.length === 0) {
      fill(this.list, el('li', { class: 'muted' }, 'No proposals yet.'));
      return;
    }
    fill(
      this.list,
      ...[...proposals].reverse().map((p) =>
        proposalItem(this.ctx, p, async (accept) => {
          this.feedback.reply(await this.ctx.send({ type: 'answer', proposal: p.id, accept }), 'Answered.');
        }),
      ),
    );
  }
}
