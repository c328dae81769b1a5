import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runAsUnitOfWork } from './sqljs/statement-queue';

/**
 * Runs work in one transaction. On sql.js every statement already waits for its turn on the one
 * connection (sqljs/statement-queue.ts); here the work is also marked, so that a statement it runs
 * outside its own manager fails at once instead of waiting for the turn the work itself holds.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runAsUnitOfWork(() => this.dataSource.transaction(work));
  }

  /**
   * Work that is a single statement, atomic by itself: no BEGIN/COMMIT round trips on a hot path.
   * On sql.js the statement still takes its turn on the connection.
   */
  single<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runAsUnitOfWork(() => work(this.dataSource.manager));
  }
}
