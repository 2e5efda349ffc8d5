/**
 * When did each event become visible in the database? The reference for "reaches a live client within a second":
 * an event's own timestamp is taken before its batch is tagged and stored, so it would count the store step's work
 * as delivery delay. On SQLite a read-only connection of our own looks at the newest sequence number every 10 ms
 * (a cheap read; WAL readers never block the writer); on PostgreSQL we LISTEN on the server's channel, which
 * fires at commit, and read the newest sequence number then.
 */
import SQLite from 'better-sqlite3';
import { Client } from 'pg';

export class CommitWatch {
  /** [highest seq seen, when it was first seen] in order. */
  private readonly marks: Array<[number, number]> = [];
  private last = 0;
  private stopper: () => Promise<void> = async () => {};

  private constructor() {}

  static async start(databaseUrl: string): Promise<CommitWatch> {
    const watch = new CommitWatch();
    if (databaseUrl.startsWith('sqlite:')) {
      const connection = new SQLite(databaseUrl.slice('sqlite:'.length), { readonly: true });
      const newest = connection.prepare('select max(seq) as seq from events');
      const look = () => watch.saw(Number((newest.get() as { seq: number | null }).seq ?? 0));
      look();
      const timer = setInterval(look, 10);
      watch.stopper = async () => {
        clearInterval(timer);
        connection.close();
      };
      return watch;
    }
    const url = new URL(databaseUrl);
    const schema = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    const table = schema ? `${schema}.events` : 'events';
    const look = async () =>
      watch.saw(Number((await client.query(`select max(seq) as seq from ${table}`)).rows[0]?.seq ?? 0));
    client.on('notification', () => void look().catch(() => {}));
    await client.query(`LISTEN ${schema ? `mirsad_events_${schema}` : 'mirsad_events'}`);
    await look();
    watch.stopper = async () => {
      await client.end().catch(() => {});
    };
    return watch;
  }

  private saw(seq: number): void {
    if (seq <= this.last) return;
    this.last = seq;
    this.marks.push([seq, Date.now()]);
  }

  /** When `seq` was first seen committed; NaN if it never was while watching. */
  committedAt(seq: number): number {
    // Marks are ascending by seq: the first mark at or beyond seq is when seq became visible.
    let low = 0;
    let high = this.marks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.marks[middle]![0] < seq) low = middle + 1;
      else high = middle;
    }
    return this.marks[low]?.[1] ?? Number.NaN;
  }

  async stop(): Promise<void> {
    await this.stopper();
  }
}
