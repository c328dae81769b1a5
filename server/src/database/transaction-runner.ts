import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs work in one transaction. sql.js has a single connection, so there its transactions take
 * turns instead of failing with "transaction already started"; MySQL runs them side by side.
 */
@Injectable()
export class TransactionRunner {
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'sqljs') return this.dataSource.transaction(work);
    const result = this.turn.then(() => this.dataSource.transaction(work));
    this.turn = result.catch(() => undefined);
    return result;
  }

  /**
   * Work that is a single statement, atomic by itself. MySQL runs it outside any transaction (no
   * BEGIN/COMMIT round trips on a hot path); sql.js still takes its turn, because on its one
   * connection a statement run during another's transaction would become part of it.
   */
  single<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'sqljs') return work(this.dataSource.manager);
    return this.run(work);
  }
}
