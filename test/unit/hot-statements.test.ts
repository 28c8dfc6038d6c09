/** Only statements marked hot are prepared, each text shape under a name of its own. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { hot, preparedName } from '../../src/server/db/hot-statements.ts';

// Compiles only: the dialect's pool is never asked for a connection.
const db = new Kysely<{ t: { a: number; b: string } }>({ dialect: new PostgresDialect({ pool: {} as never }) });

describe('hot statements', () => {
  it('are marked in their text, keeping the parameters', () => {
    const q = hot('insert_case', db.selectFrom('t').select('a').where('b', '=', 'x'));
    expect(q.sql).toBe('/* tawasul:insert_case */ select "a" from "t" where "b" = $1');
    expect(q.parameters).toEqual(['x']);
    expect(() => hot('drop table t; --', db.selectFrom('t').select('a'))).toThrow(/not a statement name/);
  });

  it('are named by mark and shape; a statement not marked has no name', () => {
    const one = hot('recipients', db.selectFrom('t').select('a').where('b', '=', 'x'));
    const sameShape = hot('recipients', db.selectFrom('t').select('a').where('b', '=', 'another value'));
    const otherShape = hot('recipients', db.selectFrom('t').select(['a', 'b']).where('b', '=', 'x'));
    expect(preparedName(one.sql)).toMatch(/^tawasul_recipients_[0-9a-f]{16}$/);
    expect(preparedName(sameShape.sql)).toBe(preparedName(one.sql));
    expect(preparedName(otherShape.sql)).not.toBe(preparedName(one.sql));
    expect(preparedName(db.selectFrom('t').select('a').compile().sql)).toBeUndefined();
    expect(preparedName(sql`select 1 /* tawasul:x */`.compile(db).sql)).toBeUndefined();
  });
});
