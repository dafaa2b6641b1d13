import * as T from '../state/transitions.js';
import { canvasActions } from './canvasActions.js';
import { commit } from './commit.js';
import { dossierAs } from './dossierAs.js';
import { exportAs } from './exportAs.js';
import { guard } from './guard.js';
import type { Intent } from './Intent.js';
import { menuActions } from './menuActions.js';
import { navigateActions } from './navigateActions.js';
import { openView } from './openView.js';
import { pathActions } from './pathActions.js';
import { presenterActions } from './presenterActions.js';
import { readingActions } from './readingActions.js';
import { timeActions } from './timeActions.js';
import { sharedActions } from './sharedActions.js';
import { createSession, type Environment } from './session.js';
import { targetsActions } from './targetsActions.js';
import { showOverview } from './showOverview.js';
import type { Views } from './views.js';
import { walkEditorActions } from './walkEditorActions.js';

export type { Environment } from './session.js';
export type Explorer = ReturnType<typeof createExplorer>;

/** One handler per kind of intent: a new intent without one does not compile. */
type Handlers = { [K in Intent['type']]: (intent: Extract<Intent, { type: K }>) => void };

/**
 * The app: holds the view state (with its history) and the cache in one session, and decides
 * what each intent the views report means. Every change ends in renderViews(), which draws every
 * view from the session.
 */
export function createExplorer(env: Environment) {
  const session = createSession(env);
  const state = session.state;
  const canvas = canvasActions(session);
  const paths = pathActions(session);
  const presenter = presenterActions(session);
  const shared = sharedActions(session);
  const walkEditor = walkEditorActions(session);
  const targets = targetsActions(session);
  const menu = menuActions(session);
  const navigation = navigateActions(session, presenter);
  const reading = readingActions(session);
  const time = timeActions(session);
  /** Canvas actions mean nothing while the matrix hides the canvas (Delete on the page, F). */
  const onCanvas = (run: () => void) => () => void (state().view === 'explorer' && run());
  /** Actions that show something on the canvas bring the explorer back first. */
  const toCanvas =
    <A extends unknown[]>(run: (...args: A) => void) =>
    (...args: A) => {
      shared.leave();
      run(...args);
    };
  const change = (next: ReturnType<typeof state>, undoable: boolean, full = false) => void commit(session, next, undoable, { full });

  const handlers: Handlers = {
    select: ({ ids, additive }) => canvas.select(ids, additive),
    deselect: () => canvas.deselect(),
    expand: ({ id }) => onCanvas(() => canvas.expand(id))(),
    more: ({ id }) => canvas.more(id),
    addNeighbours: ({ from, ids }) => canvas.addNeighbours(from, ids),
    hide: onCanvas(() => canvas.hide()),
    hideOthers: onCanvas(() => canvas.hideOthers()),
    pin: onCanvas(() => canvas.pin()),
    undo: () => canvas.undo(),
    redo: () => canvas.redo(),
    openMenu: ({ id, at }) => onCanvas(() => menu.open(id, at ?? null))(),
    menuPathEnd: ({ id, end }) => paths.setPathEnd(end, id),
    openInTable: ({ id }) => menu.openInTable(id),
    copyLink: ({ id }) => void menu.copyLink(id),
    navigate: ({ query }) => navigation.navigate(query),
    fit: onCanvas(() => session.views.graph.fit()),
    zoomToSelection: onCanvas(() => session.views.graph.zoomTo(state().selection)),
    overview: toCanvas(() => void guard(session, () => showOverview(session, true))),
    setLayout: ({ layout }) => change(T.setLayout(state(), layout), false, true),
    chooseHit: toCanvas(({ entity }: Extract<Intent, { type: 'chooseHit' }>) => {
      canvas.reveal(entity);
      // Keyboard focus goes to the canvas with the chosen node, so Enter expands it next.
      session.views.graph.focus();
    }),
    reveal: toCanvas(({ id }: Extract<Intent, { type: 'reveal' }>) => canvas.reveal(id)),
    pickCitation: toCanvas(({ refs }: Extract<Intent, { type: 'pickCitation' }>) => canvas.pickCitation(refs)),
    showSpan: ({ span }) => reading.showSpan(span),
    readDocument: ({ id }) => reading.read(id),
    setTime: ({ patch }) => time.set(patch),
    toggleKind: ({ kind }) => change(T.toggleKind(state(), kind), true),
    toggleRelation: ({ relation }) => change(T.toggleRelation(state(), relation), true),
    resetFilters: () => change(T.showAllTypes(state()), true),
    setExpandLimit: ({ limit }) => change(T.setExpandLimit(state(), limit), false),
    toggleLang: () => {
      const lang = state().lang === 'zh' ? 'en' : 'zh';
      env.saveLang(lang);
      change(T.setLang(state(), lang), false);
    },
    help: () => session.views.help.open(state().lang),
    focusSearch: () => session.views.search.focus(),
    export: ({ format }) => exportAs(session, format),
    toggleTable: () => change({ ...state(), table: !state().table }, false),
    dossier: ({ format }) => dossierAs(session, format),
    setPathEnd: ({ end }) => paths.setPathEnd(end),
    findPaths: () => paths.findPaths(),
    clearPath: () => paths.clearPath(),
    present: toCanvas(() => presenter.present()),
    moveStep: ({ move }) => presenter.moveStep(move),
    exitPresenter: () => presenter.exitPresenter(),
    // A step the speaker view took is shown on the canvas, even if the matrix was up.
    walkSignal: ({ signal }) => (signal.type === 'step' ? toCanvas(() => void presenter.follow(signal))() : void presenter.follow(signal)),
    walkEditor: ({ intent }) => walkEditor.handle(intent),
    canvasResized: () => session.views.graph.fit(),
    reload: () => void explorer.start(),
    showShared: () => shared.showShared(),
    showExplorer: () => shared.showExplorer(),
    setMinBureaus: ({ minBureaus }) => shared.setMinBureaus(minBureaus),
    toggleSharedRow: ({ id }) => shared.toggleRow(id),
    toggleSharedColumn: ({ id }) => shared.toggleColumn(id),
    showAllShared: () => shared.showAll(),
    openShared: ({ entity }) => shared.open(entity),
    showTargets: () => targets.showTargets(),
    setTargets: ({ patch }) => targets.set(patch),
    openTarget: ({ enterprise, bureau }) => targets.open(enterprise, bureau),
  };

  const explorer = {
    /** The views to draw into and read from; before start(). */
    attach(views: Views) {
      session.views = views;
    },
    /** Opens the view the page's link describes; resolves when the first load has ended, well or not. */
    start: () => openView(session, () => presenter.resume()),
    /** What the user did: the only way the views change the explorer (a function, handed to every view). */
    dispatch: (intent: Intent) => (handlers[intent.type] as (intent: Intent) => void)(intent),
    /** The view state now, to read (automation, tests): changes go through dispatch. */
    state,
    /** Presenter mode is on: the keyboard maps arrows, Space, PageUp/PageDown, Home/End and Esc to steps. */
    presenting: () => !!state().walk,
  };
  return explorer;
}
