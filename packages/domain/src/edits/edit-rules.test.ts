import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error';
import { RevisionConflict } from '../errors/revision-conflict';
import type { Edit, Revision } from '../schema/revision';
import { decideEdit, type EntityHead, evolveHead, planEdit, replayEdit } from './edit-rules';

type Intent = Pick<Edit, 'entity' | 'id' | 'action' | 'baseRevision'>;

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (err) {
    return err;
  }
  return undefined;
};

/** given the entity's past revisions, when an edit comes, then it lands on a base or is refused. */
const given = (...past: Pick<Revision, 'revision' | 'action'>[]) => {
  const head = past.reduce<EntityHead | undefined>((_, r) => evolveHead(r), undefined);
  return {
    when: (edit: Partial<Intent> & Pick<Intent, 'action'>) => {
      const run = () => decideEdit(head, { entity: 'actor', id: 'taobao', ...edit });
      return {
        thenLands: (base: number | null) => expect(run()).toEqual({ base }),
        thenRefused: (
          kind: DomainError['kind'],
          message: RegExp,
          type: abstract new (...args: never[]) => DomainError = DomainError,
        ) => {
          const err = thrown(run);
          expect(err).toBeInstanceOf(type);
          expect(err).toMatchObject({ kind, message: expect.stringMatching(message) });
        },
      };
    },
  };
};

const recorded = { revision: 3, action: 'record' } as const;
const retracted = { revision: 7, action: 'retract' } as const;

describe('decideEdit', () => {
  it('records a new entity, based on nothing', () => {
    given().when({ action: 'record' }).thenLands(null);
    given().when({ action: 'record', baseRevision: null }).thenLands(null);
  });

  it('refuses to amend or retract what is not in the ledger', () => {
    given()
      .when({ action: 'amend' })
      .thenRefused('not-found', /actor "taobao" is not in the ledger/);
    given()
      .when({ action: 'retract' })
      .thenRefused('not-found', /not in the ledger/);
  });

  it('amends and retracts a live entity, based on its head', () => {
    given(recorded).when({ action: 'amend' }).thenLands(3);
    given(recorded).when({ action: 'retract', baseRevision: 3 }).thenLands(3);
  });

  it('refuses a record of a live entity as a conflict: amend it instead', () => {
    given(recorded)
      .when({ action: 'record' })
      .thenRefused(
        'conflict',
        /already in the ledger; amend it instead \(current revision: 3\)/,
        RevisionConflict,
      );
  });

  it('refuses an edit based on a revision the entity has moved past', () => {
    given(recorded, { revision: 5, action: 'amend' })
      .when({ action: 'amend', baseRevision: 3 })
      .thenRefused('conflict', /has moved on from revision 3.*\(current revision: 5\)/, RevisionConflict);
    given(recorded)
      .when({ action: 'record', baseRevision: null })
      .thenRefused('conflict', /already has revisions; this record assumed it had none/, RevisionConflict);
  });

  it('records a retracted entity again, and refuses to amend or retract it', () => {
    given(recorded, retracted).when({ action: 'record' }).thenLands(7);
    given(recorded, retracted)
      .when({ action: 'amend' })
      .thenRefused('not-found', /retracted at revision 7/);
  });

  it('names the current revision on a conflict, to rebase on', () => {
    const err = thrown(() =>
      decideEdit(
        { revision: 4, retracted: false },
        { entity: 'event', id: 'e', action: 'amend', baseRevision: 2 },
      ),
    );
    expect(err).toMatchObject({ current: 4, field: 'baseRevision' });
  });
});

describe('replayEdit', () => {
  const stored = { revision: 9, entity: 'actor', id: 'taobao', action: 'amend' } as const;

  it('gives back the stored revision for a retry of the same edit', () => {
    expect(replayEdit(stored, { entity: 'actor', id: 'taobao', action: 'amend', idempotencyKey: 'k' })).toBe(
      stored,
    );
  });

  it('refuses a key reused for another edit', () => {
    expect(() =>
      replayEdit(stored, { entity: 'actor', id: 'tmall', action: 'amend', idempotencyKey: 'k' }),
    ).toThrow('idempotency key "k" was already used for revision 9 (amend actor "taobao")');
  });
});

describe('planEdit', () => {
  it('records what is absent, amends what differs and leaves what is identical', () => {
    expect(planEdit(undefined, '{"id":"a"}')).toBe('record');
    expect(planEdit('{"id":"a"}', '{"id":"a","x":1}')).toBe('amend');
    expect(planEdit('{"id":"a"}', '{"id":"a"}')).toBeUndefined();
  });
});
