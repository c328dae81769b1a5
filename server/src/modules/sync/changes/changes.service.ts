import { Injectable } from '@nestjs/common';
import type { ChangesPage, ChangeType } from '@unionhub/shared';
import type { ClientActor } from '../../../common/client-actor';
import { SyncError, SyncErrorCode } from '../sync.errors';
import { ChangeFeedService } from './change-feed.service';
import { readableTypes } from './readable-types';

/** What an API client reads of the change feed: its subtree, the types its permissions allow. */
@Injectable()
export class ChangesService {
  constructor(private readonly feed: ChangeFeedService) {}

  page(client: ClientActor, query: { after?: string; types?: ChangeType[]; limit: number }): Promise<ChangesPage> {
    const allowed = readableTypes(client.permissions);
    if (query.types?.some((type) => !allowed.includes(type))) throw new SyncError(SyncErrorCode.TypeNotPermitted);
    const types = query.types?.length ? query.types : allowed;
    if (types.length === 0) throw new SyncError(SyncErrorCode.TypeNotPermitted);
    return this.feed.page(client.unitPath, query.after, types, query.limit);
  }
}
