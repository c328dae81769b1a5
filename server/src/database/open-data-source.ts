import { DataSource, type DataSourceOptions } from 'typeorm';
import { DatabaseFileLock } from './sqljs/file-lock';
import { queueSqljsStatements } from './sqljs/statement-queue';

/**
 * Creates the data source the application and its tools use. On sql.js it first takes the file's
 * exclusive lock (a second server would save its own copy over this one's), and queues every
 * statement on the one connection; the lock goes when the data source is destroyed.
 */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  if (options.type !== 'sqljs') return new DataSource(options);
  const lock = options.location ? await DatabaseFileLock.acquire(options.location) : null;
  const dataSource = new DataSource(options);
  queueSqljsStatements(dataSource);
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    try {
      await destroy();
    } finally {
      await lock?.release();
    }
  };
  const initialize = dataSource.initialize.bind(dataSource);
  dataSource.initialize = async () => {
    try {
      return await initialize();
    } catch (error) {
      await lock?.release();
      throw error;
    }
  };
  return dataSource;
}
