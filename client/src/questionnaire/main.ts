// The client's questionnaire page (`/q/<token>`): its own entry of the build, framework-free, so a
// phone on a slow connection loads a few kilobytes and none of the clinician app. Each screen is
// drawn whole into <main>; focus then moves to its heading so a screen reader announces it.
import '@fontsource-variable/inter';
import './questionnaire.css';
import { itemText, leadIn } from './item-texts';
import { getLink, linkApiPath, stopEmails, stopEmailsApiPath, submit, verify, type LinkInfo, type Outcome } from './q-api';
import {
  answer,
  answerAt,
  answerLabel,
  back,
  canGoOn,
  currentStep,
  dateOfBirth,
  digitAnswer,
  GOAL_MAX,
  GOAL_MIN,
  next,
  progress,
  rateGoal,
  startFlow,
  submitBody,
  type Flow,
} from './q-flow';

const main = document.getElementById('q-main') as HTMLElement;
const status = document.getElementById('q-status') as HTMLElement;

/** Attribute values; `false`, null and undefined leave the attribute out; functions under `on…` become listeners. */
type Attrs = Record<string, unknown>;
type Child = Node | string | null | undefined | false;

/** A DOM element in one call. */
function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** Replaces the screen and moves focus to its heading (announced by screen readers as the new screen). */
function show(...children: Child[]): void {
  main.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  window.scrollTo(0, 0);
}

function announce(text: string): void {
  status.textContent = text;
}

function problemBox(text: string | null): HTMLElement | null {
  return text ? h('p', { class: 'q-problem', role: 'alert' }, text) : null;
}

// ---- Link that can no longer be used ------------------------------------------------------------

function showInvalid(): void {
  document.title = 'Link no longer valid';
  show(
    h('h1', {}, 'This link can no longer be used'),
    h('p', {}, 'It may have expired or been used already. If you still need to answer, please ask your practice for a new link.'),
  );
}

function showUnreachable(retry: () => void): void {
  show(
    h('h1', {}, 'We could not reach your practice'),
    h('p', {}, 'Please check your internet connection and try again.'),
    h('div', { class: 'q-actions' }, h('button', { type: 'button', class: 'q-primary', onclick: retry }, 'Try again')),
  );
}

// ---- Date of birth ------------------------------------------------------------------------------

interface Session {
  base: string;
  link: LinkInfo;
  flow: Flow | null;
}

function dateField(name: string, label: string, width: 'short' | 'long', autocomplete: string): HTMLElement {
  const id = `q-dob-${name}`;
  return h(
    'div',
    { class: `q-date-part q-${width}` },
    h('label', { for: id }, label),
    h('input', { id, name, inputmode: 'numeric', autocomplete, maxlength: width === 'long' ? 4 : 2, 'aria-describedby': 'q-dob-hint q-dob-problem' }),
  );
}

function showVerify(session: Session, problem: string | null = null): void {
  document.title = `${session.link.practiceName}: questionnaire`;
  const again = session.flow !== null;
  const form = h(
    'form',
    { novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Your date of birth'),
      h('p', { id: 'q-dob-hint', class: 'q-hint' }, 'For example 27 3 1985'),
      h(
        'div',
        { class: 'q-date' },
        dateField('day', 'Day', 'short', 'bday-day'),
        dateField('month', 'Month', 'short', 'bday-month'),
        dateField('year', 'Year', 'long', 'bday-year'),
      ),
    ),
    h('div', { id: 'q-dob-problem' }, problemBox(problem)),
    h('div', { class: 'q-actions' }, h('button', { type: 'submit', class: 'q-primary' }, 'Continue')),
  ) as HTMLFormElement;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const parsed = dateOfBirth(read('day'), read('month'), read('year'));
    const box = form.querySelector('#q-dob-problem') as HTMLElement;
    if ('problem' in parsed) {
      box.replaceChildren(problemBox(parsed.problem) as HTMLElement);
      return;
    }
    const button = form.querySelector('button') as HTMLButtonElement;
    button.disabled = true;
    button.textContent = 'Checking…';
    void verify(session.base, parsed.date).then((outcome) => {
      if (outcome.ok) {
        // Verifying again after the check lapsed keeps every answer already given.
        session.flow ??= startFlow(outcome.value.instruments, outcome.value.goals);
        showStep(session);
        return;
      }
      button.disabled = false;
      button.textContent = 'Continue';
      const message = verifyProblem(outcome);
      if (message === null) showInvalid();
      else box.replaceChildren(problemBox(message) as HTMLElement);
    });
  });

  show(
    h('p', { class: 'q-practice' }, session.link.practiceName),
    h('h1', {}, again ? 'Please confirm it is you again' : 'A few questions from your practice'),
    h(
      'p',
      {},
      again
        ? 'For your privacy the check expired. Your answers are kept: enter your date of birth to send them.'
        : 'Your practice has asked you to answer some short questions before your next appointment. First, to keep your answers private, enter your date of birth.',
    ),
    form,
  );
}

/** The sentence under the date, or null when the link itself stopped working (five wrong dates lock it). */
function verifyProblem(outcome: Exclude<Outcome<unknown>, { ok: true }>): string | null {
  switch (outcome.reason) {
    case 'link_invalid':
      return null;
    case 'not_verified':
      if (outcome.attemptsLeft === null) return 'That date of birth does not match. Please check it and try again.';
      return `That date of birth does not match. You can try ${outcome.attemptsLeft} more ${outcome.attemptsLeft === 1 ? 'time' : 'times'}.`;
    case 'throttled':
      return 'Too many tries from this device. Please wait a few minutes, then try again.';
    case 'rejected':
      return 'Please check the date and try again.';
    case 'unreachable':
      return 'We could not reach your practice. Please check your internet connection and try again.';
  }
}

// ---- Questions, goals, final check ---------------------------------------------------------------

function progressLine(flow: Flow): HTMLElement {
  const { position, total } = progress(flow);
  return h(
    'div',
    { class: 'q-progress' },
    h('span', {}, `${position} of ${total}`),
    h('progress', { max: total, value: position, 'aria-label': `Question ${position} of ${total}` }),
  );
}

function navButtons(session: Session, flow: Flow): HTMLElement {
  // Read the flow when pressed, not when drawn: the goal sliders change it without redrawing the screen.
  const now = () => session.flow as Flow;
  return h(
    'div',
    { class: 'q-actions' },
    flow.at > 0 && h('button', { type: 'button', class: 'q-secondary', onclick: () => go(session, back(now())) }, 'Back'),
    canGoOn(flow) && h('button', { type: 'button', class: 'q-primary', onclick: () => go(session, next(now())) }, 'Next'),
  );
}

function go(session: Session, flow: Flow): void {
  session.flow = flow;
  showStep(session);
}

function showStep(session: Session): void {
  const flow = session.flow as Flow;
  const step = currentStep(flow);
  if (step.kind === 'item') showItem(session, flow, step.instrument, step.item);
  else if (step.kind === 'goals') showGoals(session, flow);
  else showReview(session, flow);
}

function showItem(session: Session, flow: Flow, instrumentIndex: number, item: number): void {
  const def = flow.instruments[instrumentIndex];
  const chosen = answerAt(flow, currentStep(flow));
  const { position, total } = progress(flow);
  document.title = `Question ${position} of ${total}`;
  const options = Array.from({ length: def.max - def.min + 1 }, (_, i) => def.min + i).map((value) =>
    h(
      'button',
      {
        type: 'button',
        class: 'q-answer',
        'aria-pressed': chosen === value ? 'true' : 'false',
        'data-value': value,
        onclick: () => go(session, answer(session.flow as Flow, value)),
      },
      h('span', { class: 'q-key', 'aria-hidden': 'true' }, String(value)),
      h('span', {}, answerLabel(def, value)),
    ),
  );
  show(
    progressLine(flow),
    h('p', { class: 'q-lead', id: 'q-lead' }, leadIn(def.code)),
    h('h1', { id: 'q-item' }, itemText(def.itemLabels, item)),
    h('div', { role: 'group', 'aria-labelledby': 'q-lead q-item', class: 'q-answers' }, ...options),
    h('p', { class: 'q-hint' }, `Tap an answer, or type its number (${def.min}–${def.max}).`),
    navButtons(session, flow),
  );
  announce(`Question ${position} of ${total}`);
}

function showGoals(session: Session, flow: Flow): void {
  document.title = 'Your goals';
  const rows = flow.goals.map((goal, i) => {
    const id = `q-goal-${i}`;
    const rating = flow.goalRatings[goal.id];
    const words = (r: number | null) => (r === null ? 'Not rated' : `${r} out of 10`);
    const output = h('output', { for: id, class: 'q-goal-value' }, words(rating));
    const slider = h('input', {
      id,
      type: 'range',
      min: GOAL_MIN,
      max: GOAL_MAX,
      step: 1,
      // Unrated shows the middle, drawn faint; the words beside it say "Not rated".
      value: rating ?? 5,
      class: rating === null ? 'q-unrated' : undefined,
      'aria-valuetext': words(rating),
    }) as HTMLInputElement;
    const set = (r: number | null) => {
      session.flow = rateGoal(session.flow as Flow, goal.id, r);
      slider.classList.toggle('q-unrated', r === null);
      if (r !== null) slider.value = String(r);
      slider.setAttribute('aria-valuetext', words(r));
      output.textContent = words(r);
    };
    slider.addEventListener('input', () => set(Number(slider.value)));
    slider.addEventListener('keydown', (event) => {
      if (/^[0-9]$/.test(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        set(Number(event.key));
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        set(null);
      }
    });
    return h(
      'div',
      { class: 'q-goal' },
      h('div', { class: 'q-goal-head' }, h('label', { for: id }, goal.title), output),
      slider,
      h('div', { class: 'q-scale-ends', 'aria-hidden': 'true' }, h('span', {}, '0 no progress'), h('span', {}, '10 where I want to be')),
      h('button', { type: 'button', class: 'q-link', onclick: () => set(null) }, 'Leave unrated', h('span', { class: 'q-sr' }, `: ${goal.title}`)),
    );
  });
  show(
    progressLine(flow),
    h('h1', {}, 'How are your goals going?'),
    h('p', {}, 'If you like, rate each goal from 0 (no progress at all) to 10 (where you want to be). You can skip this.'),
    ...rows,
    navButtons(session, flow),
  );
  announce('Your goals');
}

function showReview(session: Session, flow: Flow, problem: string | null = null): void {
  document.title = 'Ready to send';
  const body = submitBody(flow);
  const count = flow.responses.reduce((n, list) => n + list.length, 0);
  const sendButton = h('button', { type: 'button', class: 'q-primary' }, 'Send my answers') as HTMLButtonElement;
  sendButton.addEventListener('click', () => {
    if (!body) return;
    sendButton.disabled = true;
    sendButton.textContent = 'Sending…';
    void submit(session.base, body).then((outcome) => {
      if (outcome.ok) return showThanks(outcome.value.crisisResources);
      if (outcome.reason === 'link_invalid') return showInvalid();
      if (outcome.reason === 'not_verified') return showVerify(session);
      showReview(
        session,
        flow,
        outcome.reason === 'unreachable'
          ? 'Your answers were not sent: we could not reach your practice. Please check your connection and try again.'
          : 'Your answers were not sent. Please try again.',
      );
    });
  });
  show(
    h('h1', {}, 'Ready to send'),
    h('p', {}, `You have answered all ${count} questions. Use Back to change an answer; nothing is sent until you press “Send my answers”.`),
    problemBox(problem),
    h(
      'div',
      { class: 'q-actions' },
      h('button', { type: 'button', class: 'q-secondary', onclick: () => go(session, back(session.flow as Flow)) }, 'Back'),
      sendButton,
    ),
  );
  announce('Ready to send');
}

function showThanks(crisisResources: string | null): void {
  document.title = 'Thank you';
  show(
    h('h1', {}, 'Thank you'),
    h('p', {}, 'Your answers have been sent to your practice. You can close this page now.'),
    crisisResources &&
      h(
        'section',
        { class: 'q-crisis', 'aria-labelledby': 'q-crisis-title' },
        h('h2', { id: 'q-crisis-title' }, 'If you need support now'),
        h('p', { class: 'q-crisis-text' }, crisisResources),
      ),
  );
  announce('Your answers have been sent.');
}

// ---- Keyboard: digits answer the question on screen -----------------------------------------------

let active: Session | null = null;

document.addEventListener('keydown', (event) => {
  const flow = active?.flow;
  if (!active || !flow || event.ctrlKey || event.altKey || event.metaKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
  // Only while the question is on screen (not on the final check or after sending).
  if (!main.querySelector('.q-answers')) return;
  const value = digitAnswer(flow, event.key);
  if (value === null) return;
  event.preventDefault();
  go(active, answer(flow, value));
});

// ---- "Stop these emails" -------------------------------------------------------------------------

// The email's link opens this page and a button does the stopping: mail filters open links in
// emails on their own, and that must not turn a client's emails off.
function showStopEmails(path: string, problem: string | null = null): void {
  document.title = 'Stop questionnaire emails';
  const button = h('button', { type: 'button', class: 'q-primary' }, 'Stop these emails');
  button.addEventListener('click', () => {
    button.setAttribute('disabled', '');
    void stopEmails(path).then((outcome) => {
      if (outcome.ok) return showEmailsStopped(outcome.value.practiceName);
      if (outcome.reason === 'unreachable' || outcome.reason === 'throttled')
        return showStopEmails(path, 'We could not reach your practice. Please check your connection and try again.');
      showInvalid();
    });
  });
  show(
    h('h1', {}, 'Stop questionnaire emails?'),
    h('p', {}, 'Your practice will no longer email you links to questionnaires. A link you already have keeps working until it expires.'),
    problemBox(problem),
    h('div', { class: 'q-actions' }, button),
  );
}

function showEmailsStopped(practiceName: string): void {
  document.title = 'Emails stopped';
  show(
    h('h1', {}, 'Emails stopped'),
    h('p', {}, `${practiceName} will not email you questionnaire links any more. If you change your mind, tell your practice.`),
  );
  announce('Emails stopped.');
}

// ---- Start ----------------------------------------------------------------------------------------

async function start(): Promise<void> {
  const stopPath = stopEmailsApiPath(window.location.pathname);
  if (stopPath) return showStopEmails(stopPath);
  const base = linkApiPath(window.location.pathname);
  if (!base) return showInvalid();
  const outcome = await getLink(base);
  if (!outcome.ok) {
    if (outcome.reason === 'unreachable' || outcome.reason === 'throttled') return showUnreachable(() => void start());
    return showInvalid();
  }
  active = { base, link: outcome.value, flow: null };
  showVerify(active);
}

void start();
