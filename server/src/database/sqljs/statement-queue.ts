import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner, ReplicationMode } from 'typeorm';

/** One holder at a time, first come first served. */
class TurnQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves when the caller's turn has come, with the function that ends it. */
  async enter(): Promise<() => void> {
    let leave!: () => void;
    const left = new Promise<void>((resolve) => (leave = resolve));
    const previous = this.tail;
    this.tail = left;
    await previous;
    return leave;
  }
}

interface Lease {
  active: boolean;
}

/** The unit of work an async call chain is running, as the transaction runner marks it. */
interface WorkScope {
  lease?: Lease;
}

const workScopes = new AsyncLocalStorage<WorkScope>();

/** A statement on the one sql.js connection that would join the open transaction of its own caller. */
export class StatementOutsideTransactionError extends Error {
  constructor() {
    super('a statement ran outside the transaction its own caller holds on sql.js; pass the transaction manager down instead of using a repository or the data source directly');
  }
}

/**
 * Runs `work` as one unit of work. A second unit started from inside it (a repository call that
 * forgot the transaction manager, a nested transaction) is refused at once instead of waiting
 * forever for the turn its own caller holds.
 */
export function runAsUnitOfWork<T>(work: () => Promise<T>): Promise<T> {
  if (workScopes.getStore()?.lease?.active) return Promise.reject(new StatementOutsideTransactionError());
  return workScopes.run({}, work);
}

/**
 * sql.js has one connection, and TypeORM hands the same query runner to everyone who asks: a
 * statement run while another request's transaction is open becomes part of it, and vanishes when
 * it rolls back. Here every query runner TypeORM asks for becomes a lease on that one runner: its
 * first statement waits until every earlier lease has been released, so each transaction, and each
 * statement outside one, takes its turn. Nothing outside this file has to remember it.
 */
export function queueSqljsStatements(dataSource: DataSource): void {
  const driver = dataSource.driver;
  const sharedRunner = driver.createQueryRunner.bind(driver);
  const queue = new TurnQueue();
  driver.createQueryRunner = (mode: ReplicationMode) => {
    const shared = sharedRunner(mode);
    // Subscribers get the shared runner itself (its broadcaster was built with it); they run inside a lease.
    if (!(shared.manager as EntityManager | undefined)) Object.assign(shared, { manager: dataSource.createEntityManager(shared) });
    return leaseOf(shared, queue);
  };
}

function leaseOf(shared: QueryRunner, queue: TurnQueue): QueryRunner {
  let manager: unknown;
  let entering: Promise<void> | undefined;
  let leave: (() => void) | undefined;
  const lease: Lease = { active: false };

  const enter = (): Promise<void> => {
    const scope = workScopes.getStore();
    if (scope?.lease?.active && scope.lease !== lease) return Promise.reject(new StatementOutsideTransactionError());
    entering ??= queue.enter().then((end) => {
      leave = end;
      lease.active = true;
      if (scope && !scope.lease?.active) scope.lease = lease;
    });
    return entering;
  };
  const end = (): void => {
    lease.active = false;
    entering = undefined;
    leave?.();
    leave = undefined;
  };

  const proxy: QueryRunner = new Proxy(shared, {
    get(target, property, receiver) {
      if (property === 'manager') return manager;
      if (property === 'query') {
        return async (...args: Parameters<QueryRunner['query']>) => {
          await enter();
          return target.query.apply(receiver, args);
        };
      }
      // Whether to BEGIN or to open a savepoint depends on the shared transaction depth: read it in our turn.
      if (property === 'startTransaction') {
        return async (...args: Parameters<QueryRunner['startTransaction']>) => {
          await enter();
          return target.startTransaction.apply(receiver, args);
        };
      }
      if (property === 'release') {
        return async () => {
          try {
            // The shared runner's release writes the file when something changed: still our turn.
            if (lease.active) await target.release.apply(receiver);
          } finally {
            end();
          }
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(receiver) : value;
    },
    set(target, property, value, receiver) {
      if (property === 'manager') {
        manager = value;
        return true;
      }
      return Reflect.set(target, property, value, receiver);
    },
  });
  return proxy;
}
