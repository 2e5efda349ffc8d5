import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { createDocument, EditorContent, getHTMLFromFragment } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFocusOnArrival } from '#client/lib/focus-on-arrival.ts';
import { useTranslation } from 'react-i18next';
import type { Item } from '#shared/schemas/items.ts';
import type { User } from '#shared/schemas/users.ts';
import { directionOfLanguage, neutralizeBidiControls } from '#shared/text/direction.ts';
import { checkEdit } from '#shared/workflow.ts';
import { Button } from '#client/components/ui/button.tsx';
import { StatusBadge } from '#client/components/ui/status-badge.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { formatNumber } from '#client/lib/format.ts';
import { useActiveLease } from '#client/lib/lease.ts';
import { writeItemToCaches } from '#client/lib/live/index.ts';
import { getVersionQueryOptions } from '#client/lib/story-version.ts';
import { getDraftsQueryOptions } from '../api/get-draft.ts';
import { saveDraft } from '../api/save-draft.ts';
import { getStoryQueryOptions } from '../api/get-story.ts';
import { saveStory } from '../api/save-story.ts';
import { takeWireUpdate } from '../api/take-wire-update.ts';
import { draftRequestsSettled, useAutosave, type DraftSnapshot } from '../hooks/use-autosave.ts';
import { useLease, type LeaseHolder } from '../hooks/use-lease.ts';
import { useLeaveGuard } from '../hooks/use-leave-guard.ts';
import {
  bodyText,
  replaceBody,
  useStoryBody,
  useStoryBodyHandlers,
  type PasteRefusal,
} from '../hooks/use-story-body.ts';
import { useTextMeasures } from '../hooks/use-text-measures.ts';
import { asStoryHtml } from '../lib/paste.ts';
import { refusals, storedFields } from '../lib/field-limits.ts';
import {
  browserCopiesOf,
  chooseDrafts,
  clearLocalDraft,
  isSuperseded,
  readLocalDrafts,
  savedSince,
  serverCopiesOf,
  unofferedServerCopies,
  writeLocalDraft,
  type DraftCopy,
  type DraftOffer as Offer,
  type TakenText,
} from '../lib/local-draft.ts';
import { leaseHolderOf, refusalMessage, storyErrorMessage } from '../lib/story-errors.ts';
import {
  differingFields,
  fieldsOfItem,
  rebaseDraft,
  storyPatch,
  type EditorFields,
} from '../lib/story-fields.ts';
import { losesContentAsStory, storyHtmlToSave } from '../lib/story-html.ts';
import { editTabId, newTabId } from '../lib/tab-id.ts';
import { AutosaveStatusText } from './autosave-status.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { DraftOffer } from './draft-offer.tsx';
import { EditorToolbar } from './editor-toolbar.tsx';
import { KeywordsField } from './keywords-field.tsx';
import { LeaseNotice } from './lease-notice.tsx';
import { LeaveDialog } from './leave-dialog.tsx';
import { LinkDialog } from './link-dialog.tsx';
import { SourcesPanel } from './sources-panel.tsx';
import { SuggestedTags } from './suggested-tags.tsx';
import { TextField } from './text-field.tsx';
import { WireUpdateNotice } from './wire-update-notice.tsx';
// oxlint-disable-next-line import/no-unassigned-import -- the editor's stylesheet comes with its chunk
import './story-editor.css';
import { workflowState } from '#client/lib/workflow-state.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { pushToast } from '#client/stores/toast-store.ts';

type PlainFields = Omit<EditorFields, 'body'>;

function plainFieldsOf(fields: EditorFields): PlainFields {
  const { body: _body, ...plain } = fields;
  return plain;
}

/**
 * One editing session: it starts when this tab takes the lease, from the story as the server has it then.
 * `base` is what a save is measured against and sent with (If-Match); its fields are unknown when a draft
 * written against an older version was restored (a save then always asks to compare).
 */
interface Session {
  phase: 'loading' | 'offer' | 'editing' | 'lost';
  base: Base;
  /**
   * The version the text's drafts are kept against, when not `base`: a draft restored over a story saved since
   * it was begun holds that later version's fields but the ones it changed, so its next restoring compares with
   * that version (while `base`, the draft's own, still makes the first save compare with what is there now).
   */
  draftBase?: Omit<Base, 'item'>;
  /** The fields as saved, the body as the editor writes it: what "unsaved" is measured against. */
  saved: EditorFields;
  /** Unsaved text of this user's tabs, offered back as the session starts (the newest first). */
  offers: Offer[];
  /**
   * The drafts this session's text stands for besides its own (the copies of the draft it restored, and those the
   * server held of the story as it opened): the save removes them, as they were then, and no other (X-Drafts-Taken).
   */
  taken: DraftCopy[];
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number; at: string }
  | { kind: 'nothing' }
  | { kind: 'refused'; messages: string[] }
  /** `unreachable`: the server could not be reached, and the error goes once a draft reaches it again. */
  | { kind: 'error'; message: string; unreachable?: boolean }
  | { kind: 'conflict'; theirs: Item; message: string };

/**
 * What a session's text is measured against: the item's version (the ETag a save sends as If-Match, which workflow
 * actions move too) and the story's version number (which only saved text moves), and the item when known.
 */
interface Base {
  version: number;
  storyVersion: number | null;
  item: Item | null;
}

function baseOf(item: Item): Base {
  return { version: item.version, storyVersion: item.latestVersion, item };
}

/** Whether two states of a story differ in none of the fields the editor edits. */
function sameEditorial(a: Item, b: Item): boolean {
  return differingFields(fieldsOfItem(a), fieldsOfItem(b)).length === 0;
}

const MAY_TAKE_OVER = new Set(['chief', 'admin']);

/**
 * The article editor for one story: its fields and body, the sources beside it, the lease, the autosaved
 * draft, versions saved with If-Match, and every refusal explained. See docs/decisions/008-stories.md.
 *
 * While this tab does not edit the story (someone else does, or it may not be edited now), the page shows the
 * story as it is and follows live changes. While it edits, the editor works from the version it started
 * from, whatever live updates bring, and nothing typed is ever replaced or lost.
 */
export function StoryEditor({ live, user }: { live: Item; user: User }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const queryClient = useQueryClient();
  const itemId = live.id;
  const language = live.language;
  const baseDirection = directionOfLanguage(language);
  const tabId = useMemo(() => editTabId(), []);
  const editRefusal = checkEdit(user, workflowState(live));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);

  const [session, setSession] = useState<Session | null>(null);
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const [fields, setFields] = useState<PlainFields>(() => plainFieldsOf(fieldsOfItem(live)));
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [note, setNote] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [wireError, setWireError] = useState<string | null>(null);
  const [wireBusy, setWireBusy] = useState(false);

  const { editor, signals } = useStoryBody({
    initialHtml: live.body,
    baseDirection,
    language,
    labelId: 'story-body-label',
    describedBy: 'story-body-counts',
  });

  /** The editor's fields now, the body as it would be saved. */
  const lastSnapshot = useRef<EditorFields | null>(null);
  const currentFields = useCallback((): EditorFields => {
    if (editor.isDestroyed && lastSnapshot.current) return lastSnapshot.current;
    const current = { ...fieldsRef.current, body: storyHtmlToSave(editor.getHTML(), baseDirection) };
    lastSnapshot.current = current;
    return current;
  }, [editor, baseDirection]);

  /**
   * What a draft keeps: the fields as typed and the body exactly as the editor holds it (a sentence cut short
   * keeps its last space), or null when the text is the saved version's (compared in saved form).
   */
  const collect = useCallback((): DraftSnapshot | null | undefined => {
    const current = sessionRef.current;
    // Not editing (the story loading, or a draft on offer): nothing to keep, and nothing to remove either.
    if (!current || current.phase === 'loading' || current.phase === 'offer') return undefined;
    const now = currentFields();
    if (differingFields(current.saved, now).length === 0) return null;
    const body = editor.isDestroyed ? now.body : editor.getHTML();
    const kept = current.draftBase ?? current.base;
    return {
      baseVersion: kept.version,
      ...(kept.storyVersion === null ? {} : { storyVersion: kept.storyVersion }),
      fields: { ...now, body },
    };
  }, [currentFields, editor]);

  const editing = session?.phase === 'editing';
  const autosave = useAutosave({
    itemId,
    userId: user.id,
    tabId,
    enabled: session !== null && session.phase !== 'loading',
    collect,
  });
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;

  const onLost = useCallback((_holder: LeaseHolder | null) => {
    // Told at once: read-only now, and what was typed is kept as this user's draft.
    void autosaveRef.current.flush();
    setSession((current) => (current ? { ...current, phase: 'lost' } : current));
  }, []);
  // Who holds the story now, as the live cache says (a lapsed lease drops by itself while the stream is down).
  const liveLease = useActiveLease(live.lease);
  const lease = useLease({ itemId, tabId, enabled: editRefusal === null, liveLease, onLost });
  const unsaved = autosave.status.state !== 'clean';
  // "The server cannot be reached" is not left standing once a draft has reached it again.
  const reached = autosave.status.state === 'saved';
  useEffect(() => {
    if (reached)
      setSaveState((state) => (state.kind === 'error' && state.unreachable ? { kind: 'idle' } : state));
  }, [reached]);
  const blocker = useLeaveGuard(unsaved);

  // Counts and suggested tags follow the text without a render of the page on every keystroke.
  const { bodyStats, suggestions, bodyChanged } = useTextMeasures(
    editor,
    live,
    fields.headline,
    fields.summary,
  );
  useStoryBodyHandlers(editor, signals, {
    onChange: () => {
      shownBody.current = null;
      bodyChanged();
      textChanged();
    },
    onLinkShortcut: () => setLinkOpen(true),
    onPasteRefused: (refusal: PasteRefusal) =>
      setNote(
        t('editor.pasteRefused', {
          characters: formatNumber(refusal.characters, locale),
          limit: formatNumber(refusal.limit, locale),
        }),
      ),
    onPasteSimplified: () => setNote(t('editor.pasteSimplified')),
  });

  /** Typing: the draft is kept (timers only, no render while the autosave is already pending). */
  function textChanged() {
    if (sessionRef.current?.phase === 'editing') autosaveRef.current.changed();
  }

  const setField = <K extends keyof PlainFields>(name: K, value: PlainFields[K]) => {
    let next = value;
    if (typeof value === 'string') {
      const clean = neutralizeBidiControls(value);
      if (clean !== value) setNote(t('editor.bidiRemoved'));
      next = clean as PlainFields[K];
    }
    setFields((current) => ({ ...current, [name]: next }));
    fieldsRef.current = { ...fieldsRef.current, [name]: next };
    textChanged();
  };

  /** The body HTML the editor was last given (a long story is parsed again only when it changed). */
  const shownBody = useRef<string | null>(live.body);
  const putBody = useCallback(
    (html: string, options?: { asTyped?: boolean }) => {
      if (html === shownBody.current && !options?.asTyped) return;
      shownBody.current = html;
      replaceBody(editor, html, options);
      bodyChanged();
    },
    [editor, bodyChanged],
  );

  /** Shows a state of the story (following it live, or after a save, a discard, a wire update). */
  const show = useCallback(
    (item: Item) => {
      putBody(item.body);
      const plain = plainFieldsOf(fieldsOfItem(item));
      setFields(plain);
      fieldsRef.current = plain;
    },
    [putBody],
  );
  const savedFieldsOf = useCallback(
    (item: Item): EditorFields => ({
      ...fieldsOfItem(item),
      body: storyHtmlToSave(editor.getHTML(), baseDirection),
    }),
    [editor, baseDirection],
  );

  // Not editing: the page follows the story as it changes.
  useEffect(() => {
    if (sessionRef.current === null) show(live);
    // The version (and the body, refetched after an event) says when the story changed.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [live.version, live.body]);

  // This tab took the lease: a session starts from the story as the server has it now, and offers back any
  // unsaved changes of this user's; after a loss, taking it again continues with the kept text.
  const held = lease.state.kind === 'held';
  useEffect(() => {
    if (!held) return;
    const current = sessionRef.current;
    if (current?.phase === 'lost') {
      setSession({ ...current, phase: 'editing' });
      return;
    }
    if (current) return;
    let cancelled = false;
    setSession({
      phase: 'loading',
      base: { version: live.version, storyVersion: live.latestVersion, item: null },
      saved: fieldsOfItem(live),
      offers: [],
      taken: [],
    });
    void (async () => {
      const [fresh, serverDrafts] = await Promise.all([
        queryClient.fetchQuery({ ...getStoryQueryOptions(itemId), staleTime: 0 }),
        // After this story's draft requests still on their way (the editor closed with a save pending).
        draftRequestsSettled(itemId)
          .then(() => queryClient.fetchQuery(getDraftsQueryOptions(itemId)))
          .catch(() => null),
      ]);
      if (cancelled) return;
      show(fresh);
      const saved = savedFieldsOf(fresh);
      const inBrowser = readLocalDrafts(localStorage, user.id, itemId);
      for (const copy of inBrowser)
        if (isSuperseded(serverDrafts, copy)) clearLocalDraft(localStorage, user.id, itemId, copy.tabId);
      const offers = chooseDrafts(serverDrafts, inBrowser, saved, (body) =>
        storyHtmlToSave(body, baseDirection),
      );
      if (losesContentAsStory(fresh.body)) setNote(t('editor.simplifiedOnOpen'));
      setSession({
        phase: offers.length > 0 ? 'offer' : 'editing',
        base: baseOf(fresh),
        saved,
        offers,
        // What the server held that is the story as opened: nothing of it is lost when the text is saved.
        taken: unofferedServerCopies(serverDrafts ?? [], offers),
      });
    })().catch((error: unknown) => {
      if (!cancelled) setSaveState({ kind: 'error', message: storyErrorMessage(t, locale, error) });
    });
    return () => {
      cancelled = true;
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [held]);

  // Editable only while this tab edits, the workflow allows it and no question is pending; not while the agency's
  // copy is being taken (it replaces the text: words typed meanwhile would go with it).
  const mayEdit = editing && held && editRefusal === null;
  const writable = mayEdit && !wireBusy;
  useEffect(() => {
    if (editor.isEditable !== writable) editor.setEditable(writable, false);
    // The view exists once EditorContent has mounted it, which can come after this effect (TipTap throws on
    // `editor.view` before): mark it now if it is there, else when it mounts.
    const mark = () => editor.view.dom.setAttribute('aria-readonly', String(!writable));
    if (!editor.isDestroyed) {
      mark();
      return;
    }
    editor.on('mount', mark);
    return () => {
      editor.off('mount', mark);
    };
  }, [editor, writable]);

  /** The story HTML as this editor holds it and saves it: parsed by its schema, as opening it would. */
  const asSavedBody = useCallback(
    (html: string) =>
      storyHtmlToSave(
        getHTMLFromFragment(createDocument(asStoryHtml(html), editor.schema).content, editor.schema),
        baseDirection,
      ),
    [editor, baseDirection],
  );

  const [restoring, setRestoring] = useState(false);
  /** Continues from one of the offered drafts (the others stay as they are, until the text is saved). */
  const restoreOffer = async (offer: Offer) => {
    const current = sessionRef.current;
    if (current?.phase !== 'offer' || restoring) return;
    const sameBase = !savedSince(offer, current.base);
    let restored = offer.fields;
    let rebased = false;
    if (!sameBase) {
      // Saved since the draft's version (by someone else, or by a chief who took the story over): the draft
      // brings back only what this editor changed from that version; the other fields stay as they are now.
      // Without that version (not reachable, or a draft kept before drafts named it), all of the draft, as
      // before: compared before any save anyway.
      setRestoring(true);
      const { storyVersion } = offer;
      const base =
        storyVersion === undefined
          ? null
          : await queryClient.fetchQuery(getVersionQueryOptions(itemId, storyVersion)).catch(() => null);
      setRestoring(false);
      if (sessionRef.current !== current) return;
      if (base) {
        const from = storedFields({ ...fieldsOfItem(base), body: asSavedBody(base.body) });
        const typed = storedFields({
          ...offer.fields,
          body: storyHtmlToSave(offer.fields.body, baseDirection),
        });
        restored = rebaseDraft(offer.fields, current.saved, differingFields(from, typed));
        rebased = true;
      }
    }
    putBody(restored.body, { asTyped: true });
    const plain = plainFieldsOf(restored);
    setFields(plain);
    fieldsRef.current = plain;
    // This window's own earlier text, not picked: set aside under a tab of its own before this session's
    // autosave, which writes to this tab's draft, writes over it. It is offered again on the next visit.
    for (const other of current.offers)
      if (other !== offer && other.copies.some((copy) => copy.tabId === tabId)) setAside(other);
    setSession({
      ...current,
      phase: 'editing',
      offers: [],
      taken: [...current.taken, ...offer.copies],
      base: sameBase
        ? current.base
        : { version: offer.baseVersion, storyVersion: offer.storyVersion ?? null, item: null },
      draftBase: rebased
        ? { version: current.base.version, storyVersion: current.base.storyVersion }
        : undefined,
    });
    autosave.changed();
  };
  /** Keeps a draft's text under a new tab's id, in the browser and on the server. */
  const setAside = (kept: Offer) => {
    const copy = {
      tabId: newTabId(),
      baseVersion: kept.baseVersion,
      ...(kept.storyVersion === undefined ? {} : { storyVersion: kept.storyVersion }),
      fields: kept.fields,
    };
    writeLocalDraft(localStorage, user.id, { itemId, ...copy, savedAt: kept.savedAt, synced: false });
    // Refused (the story's drafts from too many windows): the text is kept in this browser; said, not hidden.
    void saveDraft(itemId, copy).catch((error: unknown) =>
      pushToast({ kind: 'error', message: errorMessage(error) }),
    );
  };
  /** Discards every draft offered, as it was when offered: text a tab wrote since stays. */
  const discardOffers = () => {
    const current = sessionRef.current;
    if (!current) return;
    for (const copy of browserCopiesOf(current.offers))
      clearLocalDraft(localStorage, user.id, itemId, copy.tabId, copy.savedAt);
    autosave.forget({ discard: serverCopiesOf(current.offers) });
    setSession({ ...current, phase: 'editing', offers: [] });
  };

  /** Saves a version: only the changed fields, from the base version (or, knowingly, over `over`). */
  const save = async (over?: Item, retried = false): Promise<void> => {
    const current = sessionRef.current;
    if (!current || current.phase !== 'editing') return;
    // Ctrl+S as the Save button, which is disabled meanwhile: not while the agency's copy is being taken (it
    // replaces the text), nor over a save still on its way (a retry of this one goes on: `retried`).
    if (wireBusy || (saveState.kind === 'saving' && !retried)) return;
    // A browser copy written from now on with other words outlives the answer (autosave.forget).
    const startedFrom: TakenText = { at: new Date().toISOString(), fields: collect()?.fields ?? null };
    const now = currentFields();
    const cleaned = storedFields(now);
    const patch = storyPatch(current.saved, cleaned);
    const found = refusals(cleaned, bodyText(editor), language, 'body' in patch);
    if (found.length > 0) {
      setSaveState({ kind: 'refused', messages: found.map((refusal) => refusalMessage(t, locale, refusal)) });
      return;
    }
    if (Object.keys(patch).length === 0) {
      // Back to the saved text: a draft of what was typed and undone goes from the server too.
      autosave.forget({ discard: [] });
      setSaveState({ kind: 'nothing' });
      return;
    }
    setSaveState({ kind: 'saving' });
    try {
      const base = over?.version ?? current.base.version;
      const draftSeen = autosave.draftSeen();
      const saved = await saveStory(itemId, patch, base, tabId, {
        draftSeen,
        draftsTaken: serverCopiesOf([{ copies: current.taken }]),
      });
      writeItemToCaches(queryClient, saved, user.id);
      const stored = plainFieldsOf(fieldsOfItem(saved));
      // The server trims and cleans text fields: show what it stored, unless typing went on meanwhile.
      if (differingFields({ ...cleaned, body: '' }, { ...fieldsOfItem(saved), body: '' }).length === 0) {
        const typed = fieldsRef.current;
        if (differingFields({ ...typed, body: '' }, { ...now, body: '' }).length === 0) {
          setFields(stored);
          fieldsRef.current = stored;
        }
      }
      setSession({
        phase: 'editing',
        offers: [],
        taken: [],
        base: baseOf(saved),
        saved: { ...fieldsOfItem(saved), body: cleaned.body },
      });
      sessionRef.current = {
        ...current,
        taken: [],
        base: baseOf(saved),
        draftBase: undefined,
        saved: { ...fieldsOfItem(saved), body: cleaned.body },
      };
      autosave.forget({ seenBySave: draftSeen, taken: startedFrom });
      // The browser's copies of the drafts it restored go too, as the server's did with the save.
      for (const copy of current.taken)
        if (copy.origin === 'browser')
          clearLocalDraft(localStorage, user.id, itemId, copy.tabId, copy.savedAt);
      // Typed while the save was on its way: still unsaved, and kept as a draft at once (in place of any draft of
      // this tab's the save did not name).
      if (collect()) {
        autosave.changed();
        void autosave.flush();
      }
      setSaveState({ kind: 'saved', version: saved.latestVersion, at: saved.updatedAt });
    } catch (error) {
      await saveRefused(error, over, retried);
    }
  };

  const saveRefused = async (error: unknown, over: Item | undefined, retried: boolean) => {
    const current = sessionRef.current;
    const message = storyErrorMessage(t, locale, error);
    if (error instanceof ApiError && error.status === 412 && current) {
      const theirs = await queryClient
        .fetchQuery({ ...getStoryQueryOptions(itemId), staleTime: 0 })
        .catch(() => null);
      if (!theirs) return setSaveState({ kind: 'error', message });
      // Only the workflow or tags moved (no field this editor edits): nothing of anyone's is overwritten.
      if (!retried && !over && current.base.item && sameEditorial(current.base.item, theirs)) {
        setSession({ ...current, base: baseOf(theirs) });
        sessionRef.current = { ...current, base: baseOf(theirs) };
        return save(undefined, true);
      }
      return setSaveState({ kind: 'conflict', theirs, message });
    }
    const holder = leaseHolderOf(error);
    if (holder) {
      lease.markLost({ id: holder.id, displayName: holder.displayName });
      return setSaveState({ kind: 'error', message });
    }
    // Nobody holds the story any more (the lease lapsed): take it again and save once more.
    if (error instanceof ApiError && error.code === 'lease.required' && !retried) {
      if (await lease.take()) return save(over, true);
    }
    if (error instanceof ApiError && error.code.startsWith('edit.'))
      void queryClient.invalidateQueries({ queryKey: getStoryQueryOptions(itemId).queryKey });
    // Not reached (offline, or a proxy's 502–504): the next draft that gets through clears it. A 500 is the
    // server's own failure, and stays said until a save succeeds.
    const unreachable = error instanceof ApiError && [0, 502, 503, 504].includes(error.status);
    setSaveState({ kind: 'error', message, unreachable });
  };

  const discardMine = (theirs: Item) => {
    show(theirs);
    setSession({
      phase: 'editing',
      offers: [],
      taken: [],
      base: baseOf(theirs),
      saved: savedFieldsOf(theirs),
    });
    autosave.forget({ discard: [] });
    setSaveState({ kind: 'idle' });
  };

  const showCurrent = () => {
    setSession(null);
    sessionRef.current = null;
    show(live);
  };

  const takeUpdate = async () => {
    const current = sessionRef.current;
    if (!current) return;
    setWireBusy(true);
    setWireError(null);
    try {
      const taken = await takeWireUpdate(itemId, current.base.version, tabId);
      writeItemToCaches(queryClient, taken, user.id);
      show(taken);
      setSession({ ...current, base: baseOf(taken), saved: savedFieldsOf(taken) });
      // The server keeps what was typed as the user's draft (taking the agency's copy is not saving it).
      autosave.forget({ keepServerDraft: true });
    } catch (error) {
      setWireError(storyErrorMessage(t, locale, error));
    } finally {
      setWireBusy(false);
    }
  };

  // Ctrl/Cmd+S saves a version from anywhere on the page.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const readOnly = !writable;
  // Someone saved text since this session's base: the next save will ask to compare (workflow moves alone
  // do not count, they are saved over without asking).
  const changedMeanwhile =
    session !== null &&
    session.phase !== 'loading' &&
    live.version !== session.base.version &&
    (session.base.item === null || !sameEditorial(session.base.item, live));
  const hasSources = live.origin === 'desk' && live.sourceCount > 0;
  const mayTakeOver = user.roles.some((role) => MAY_TAKE_OVER.has(role));
  const currentForCompare = saveState.kind === 'conflict' ? currentFields() : null;

  return (
    <div
      className="flex h-full flex-col"
      data-testid="story-editor"
      data-item-id={itemId}
      data-mode={session?.phase ?? 'viewing'}
    >
      <header className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-2 border-b border-surface-line bg-white px-4 py-2">
        <Link
          to="/items/$itemId"
          params={{ itemId }}
          search={{}}
          className="rounded-md px-2 py-1 text-sm font-medium text-brand hover:bg-surface-sunken"
          data-testid="editor-close"
        >
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {t('editor.close')}
        </Link>
        <h1 ref={headingRef} tabIndex={-1} className="text-base font-semibold text-ink">
          {t('editor.title')}
        </h1>
        <StatusBadge status={live.status} />
        <span className="text-xs text-ink-faint tabular-nums" data-testid="editor-version">
          {t('editor.version', { version: formatNumber(live.latestVersion, locale) })}
        </span>
        {held ? (
          <span
            className="rounded-full bg-emerald-50 px-2 text-xs leading-6 text-emerald-900 ring-1 ring-inset ring-emerald-200"
            data-testid="lease-mine"
          >
            {t('editor.leaseMine')}
          </span>
        ) : null}
        <div className="ms-auto flex flex-wrap items-center gap-3">
          <AutosaveStatusText status={autosave.status} saveState={saveState} />
          <Button
            variant="primary"
            size="sm"
            onClick={() => void save()}
            disabled={!writable || saveState.kind === 'saving'}
            aria-keyshortcuts="Control+S Meta+S"
            data-testid="editor-save"
          >
            {saveState.kind === 'saving' ? t('editor.saving') : t('editor.save')}
          </Button>
        </div>
      </header>

      <div
        className={`grid min-h-0 flex-1 ${hasSources ? 'lg:grid-cols-[minmax(0,1fr)_minmax(20rem,30rem)]' : ''}`}
      >
        <div className="min-h-0 overflow-y-auto">
          <div className="mx-auto flex max-w-3xl flex-col gap-4 px-6 py-4">
            {editRefusal ? (
              <output
                className="block rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800 ring-1 ring-inset ring-slate-200"
                data-testid="editor-read-only"
              >
                {t('editor.readOnly')}{' '}
                {editRefusal.code === 'edit.not_yours' && live.assignee && live.assignee.id !== user.id
                  ? t('editor.assignedTo', { name: live.assignee.displayName })
                  : t(`errors.${editRefusal.code}`)}
                {/* Typed before the story moved on: kept, but only as this user's draft. */}
                {autosave.status.state === 'clean' ? null : ` ${t('editor.typedKeptAsDraft')}`}
              </output>
            ) : null}
            <LeaseNotice
              lease={lease}
              userId={user.id}
              mayTakeOverOthers={mayTakeOver}
              onShowCurrent={session?.phase === 'lost' ? showCurrent : undefined}
            />
            {session?.phase === 'offer' && session.offers.length > 0 ? (
              <DraftOffer
                offers={session.offers}
                tabId={tabId}
                current={session.base}
                onRestore={(offer) => void restoreOffer(offer)}
                restoring={restoring}
                onDiscard={discardOffers}
              />
            ) : null}
            {live.wireUpdate !== null ? (
              <WireUpdateNotice
                canTake={mayEdit}
                unsaved={unsaved}
                busy={wireBusy}
                error={wireError}
                onTake={() => void takeUpdate()}
              />
            ) : null}
            {saveState.kind === 'conflict' && currentForCompare ? (
              <ConflictPanel
                theirs={saveState.theirs}
                mine={currentForCompare}
                message={saveState.message}
                busy={false}
                baseDirection={baseDirection}
                onOverwrite={() => void save(saveState.theirs)}
                onDiscard={() => discardMine(saveState.theirs)}
              />
            ) : null}
            {saveState.kind === 'refused' || saveState.kind === 'error' ? (
              <div
                role="alert"
                className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900 ring-1 ring-inset ring-rose-200"
                data-testid="editor-error"
              >
                {saveState.kind === 'refused' ? (
                  <ul className="list-inside list-disc">
                    {saveState.messages.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{saveState.message}</p>
                )}
                {saveState.kind === 'error' ? <p className="text-xs">{t('editor.textKept')}</p> : null}
              </div>
            ) : null}
            {changedMeanwhile && saveState.kind !== 'conflict' ? (
              <output
                className="block rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-inset ring-amber-200"
                data-testid="editor-changed"
              >
                {t('editor.changedMeanwhile')}
              </output>
            ) : null}
            {note ? (
              <output
                className="flex items-start gap-2 rounded-md bg-surface-sunken px-3 py-2 text-sm text-ink-soft"
                data-testid="editor-note"
              >
                <span className="flex-1">{note}</span>
                <button
                  type="button"
                  className="text-xs font-medium text-brand hover:underline"
                  onClick={() => setNote(null)}
                >
                  {t('common.dismiss')}
                </button>
              </output>
            ) : null}

            <TextField
              name="headline"
              value={fields.headline}
              onChange={(value) => setField('headline', value)}
              language={language}
              baseDirection={baseDirection}
              readOnly={readOnly}
              large
            />
            <TextField
              name="summary"
              value={fields.summary}
              onChange={(value) => setField('summary', value)}
              language={language}
              baseDirection={baseDirection}
              readOnly={readOnly}
              multiline
            />

            <div className="flex flex-col gap-1">
              <span id="story-body-label" className="text-xs font-medium text-ink-soft">
                {t('fields.body')}
              </span>
              <div
                className={`overflow-hidden rounded-md border bg-white focus-within:ring-2 focus-within:ring-focus ${bodyStats.state === 'hard' ? 'border-rose-400' : 'border-surface-line'}`}
              >
                <EditorToolbar editor={editor} disabled={readOnly} onLink={() => setLinkOpen(true)} />
                <EditorContent editor={editor} />
              </div>
              <div
                id="story-body-counts"
                className={`flex flex-wrap gap-x-3 text-xs ${bodyStats.state === 'hard' ? 'font-medium text-rose-800' : 'text-ink-faint'}`}
                data-testid="body-counts"
                data-words={bodyStats.words}
                data-characters={bodyStats.characters}
              >
                <span className="tabular-nums">
                  {t('editor.bodyCounts', {
                    words: formatNumber(bodyStats.words, locale),
                    characters: formatNumber(bodyStats.characters, locale),
                    minutes: formatNumber(bodyStats.minutes, locale),
                  })}
                </span>
                {bodyStats.state === 'hard' ? (
                  <span>
                    {refusalMessage(t, locale, {
                      code: 'story.too_long',
                      field: 'body',
                      limit: bodyStats.hard,
                    })}
                  </span>
                ) : null}
              </div>
            </div>

            <div className="grid gap-4 sm:grid-cols-2">
              {(['byline', 'dateline', 'slug'] as const).map((name) => (
                <TextField
                  key={name}
                  name={name}
                  value={fields[name]}
                  onChange={(value) => setField(name, value)}
                  language={language}
                  baseDirection={baseDirection}
                  readOnly={readOnly}
                />
              ))}
              <div className="flex flex-col gap-1">
                <label htmlFor="story-urgency" className="text-xs font-medium text-ink-soft">
                  {t('fields.urgency')}
                </label>
                <select
                  id="story-urgency"
                  value={fields.urgency}
                  disabled={readOnly}
                  onChange={(event) => setField('urgency', Number(event.target.value))}
                  className="h-9 rounded-md border border-surface-line bg-white px-2 text-sm"
                >
                  {[1, 2, 3].map((level) => (
                    <option key={level} value={level}>
                      {t(`urgency.${level}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <KeywordsField
              keywords={fields.keywords}
              onChange={(keywords) => setField('keywords', keywords)}
              readOnly={readOnly}
              baseDirection={baseDirection}
              onBidiRemoved={() => setNote(t('editor.bidiRemoved'))}
            />
            <SuggestedTags suggestions={suggestions} />
          </div>
        </div>
        {hasSources ? <SourcesPanel storyId={itemId} /> : null}
      </div>

      {linkOpen && writable ? (
        <LinkDialog editor={editor} baseDirection={baseDirection} onClose={() => setLinkOpen(false)} />
      ) : null}
      {blocker.status === 'blocked' ? (
        <LeaveDialog
          onStay={() => blocker.reset()}
          onLeave={() => {
            void autosave.flush();
            blocker.proceed();
          }}
        />
      ) : null}
    </div>
  );
}
