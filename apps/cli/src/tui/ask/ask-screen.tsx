/** @jsxRuntime automatic @jsxImportSource react */
import { describeIssues, Question } from '@hutong/domain';
import { Box, Text } from 'ink';
import { useMemo, useReducer } from 'react';
import { ledgerTitles } from '../../ledger-titles';
import { decisionDoc } from '../../views/decision-doc';
import { wrapDoc } from '../../views/doc';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import { DocView, lastTop } from '../ui/doc-view';
import { Hints } from '../ui/hints';
import { Notice } from '../ui/notice';
import { useRemote } from '../ui/use-remote';
import { AskForm } from './ask-form';
import { askReducer, FIELDS, initialAsk, type Values } from './ask-state';
import {
  actorChoices,
  CAPABILITY_CHOICES,
  type Choice,
  complete,
  looksLikeUrl,
  SURFACE_CHOICES,
} from './completion';
import { historyDoc } from './history-doc';

/** The form as a question, checked here so a mistyped surface or date is named before asking. */
function question(v: Values): Question {
  const target = v.target.trim();
  const parsed = Question.safeParse({
    host: v.host.trim(),
    surface: v.surface.trim(),
    capability: v.capability.trim(),
    ...(looksLikeUrl(target) ? { url: target } : { target }),
    at: v.at.trim(),
  });
  if (parsed.success) return parsed.data;
  throw new Error(describeIssues(parsed.error.issues));
}

/** A form for one question, completing ids as you type; the answer with its evidence below or beside it. */
export function AskScreen({ width, height, active, today }: ScreenProps) {
  const [s, dispatch] = useReducer(askReducer, today, initialAsk);
  const actors = useRemote('actors', (c) => c.actors.list.query());
  const choices = useMemo(() => actorChoices(actors.data ?? []), [actors.data]);
  const field = FIELDS[s.field]!;
  const value = s.values[field];
  const pool: Choice[] | null =
    field === 'surface'
      ? SURFACE_CHOICES
      : field === 'capability'
        ? CAPABILITY_CHOICES
        : field === 'at'
          ? null
          : choices;
  const candidates = pool && !(field === 'target' && looksLikeUrl(value)) ? complete(value, pool) : [];
  const exact = candidates.includes(value.trim());
  const completion = value.trim() && !exact ? candidates[0] : undefined;

  const asked = s.asked;
  // The server validates: a bad surface, id or date comes back as a message naming the field.
  const answer = useRemote(asked ? `${asked.serial}` : null, (c) =>
    c.decisions.decide.query(question(asked!.values)),
  );
  // The crossing's history, in one call, once the answer names its target (a URL resolves to it).
  const q = answer.data?.question;
  const history = useRemote(q && asked ? `${asked.serial}` : null, async (c) => {
    const [h, titleOf] = await Promise.all([
      c.decisions.history.query({
        host: q!.host,
        surface: q!.surface,
        capability: q!.capability,
        target: q!.target,
      }),
      ledgerTitles(c),
    ]);
    return historyDoc(h, titleOf);
  });
  const side = width >= 110;
  const formHeight = FIELDS.length + 1;
  const answerWidth = side ? width - 56 : width;
  const answerHeight = side ? height - 2 : height - 3 - formHeight;
  const doc = useMemo(
    () =>
      answer.data
        ? wrapDoc(
            decisionDoc(answer.data, {
              middle: history.data && !history.loading ? history.data : [],
            }),
            answerWidth - 1,
          )
        : [],
    [answer.data, history.data, history.loading, answerWidth],
  );
  const view = { completion, completionFor: value, answerHeight, answerLast: lastTop(doc, answerHeight) };
  useKeys({
    scopes: ['ask'],
    active,
    typing: true,
    onCommand: (command) => dispatch({ type: 'command', command, view }),
    onPress: (press) => dispatch({ type: 'press', press }),
  });

  const answerPane = !asked ? (
    <Notice tone="dim" text="Fill in the fields; Enter goes to the next one and asks from the last." />
  ) : answer.error ? (
    <Notice tone="error" text={answer.error} />
  ) : answer.loading ? (
    <Notice tone="dim" text="asking…" />
  ) : (
    <DocView doc={doc} top={s.top} height={answerHeight} />
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>Ask · what happens when a user on the host meets the target?</Text>
      <Box flexDirection={side ? 'row' : 'column'} height={height - 2}>
        <Box flexDirection="column" width={side ? 55 : width} height={formHeight} flexShrink={0}>
          <AskForm
            values={s.values}
            field={s.field}
            candidates={candidates.filter((c) => c !== value.trim())}
          />
        </Box>
        <Box width={answerWidth} height={answerHeight} marginLeft={side ? 1 : 0}>
          {answerPane}
        </Box>
      </Box>
      <Hints scopes={['ask']} />
    </Box>
  );
}
