import { Injectable } from '@nestjs/common';

/** Answers which of the given file keys a module still refers to. */
export type FileReferenceCheck = (keys: string[]) => Promise<string[]>;

/**
 * Every module that keeps file keys in its rows registers a check here at start-up, so the orphan
 * sweep can tell a stored file nobody refers to from one in use without knowing every table.
 */
@Injectable()
export class FileReferences {
  private readonly checks = new Map<string, FileReferenceCheck>();

  register(owner: string, check: FileReferenceCheck): void {
    this.checks.set(owner, check);
  }

  owners(): string[] {
    return [...this.checks.keys()];
  }

  async referenced(keys: string[]): Promise<Set<string>> {
    const found = await Promise.all([...this.checks.values()].map((check) => check(keys)));
    return new Set(found.flat());
  }
}
