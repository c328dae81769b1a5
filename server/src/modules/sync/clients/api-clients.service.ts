import { Injectable } from '@nestjs/common';
import type { ApiClientSummary, ApiClientWithSecret, SyncPermission } from '@unionhub/shared';
import type { Actor } from '../../../common/actor';
import type { ClientActor } from '../../../common/client-actor';
import { CommonError } from '../../../common/common.errors';
import { TransactionRunner } from '../../../database/transaction-runner';
import { AuditService } from '../../audit/audit.service';
import { OrgsService } from '../../orgs/orgs.service';
import { SyncError, SyncErrorCode } from '../sync.errors';
import type { ApiClient } from './api-client.entity';
import { ApiClientsRepository } from './api-clients.repository';
import { clientToken, hashSecret, newSecret, parseClientToken, secretMatches } from './client-token';

export interface RegisterClientInput {
  name: string;
  unitId: string;
  permissions: SyncPermission[];
}

/** Admins register, rotate and revoke officer tools' API clients; the guard authenticates them. */
@Injectable()
export class ApiClientsService {
  constructor(
    private readonly clients: ApiClientsRepository,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async register(actor: Actor, input: RegisterClientInput): Promise<ApiClientWithSecret> {
    const unit = await this.orgs.assertInScope(actor, input.unitId);
    const secret = newSecret();
    const client = await this.transactions.run(async (manager) => {
      const created = await this.clients.insert(manager, {
        name: input.name,
        unitId: unit.id,
        unitPath: unit.path,
        permissions: [...new Set(input.permissions)].join(','),
        secretHash: hashSecret(secret),
        status: 'active',
        createdBy: actor.userId,
        rotatedAt: null,
        revokedAt: null,
      });
      await this.audit.record(actor, { action: 'sync.client.register', targetType: 'api_client', targetId: created.id, orgUnitId: unit.id, detail: { name: input.name, permissions: input.permissions } }, manager);
      return created;
    });
    return { client: toSummary(client), token: clientToken(client.id, secret) };
  }

  async list(actor: Actor): Promise<ApiClientSummary[]> {
    if (!actor.orgUnitId) throw CommonError.forbidden();
    const root = await this.orgs.assertInScope(actor, actor.orgUnitId);
    return (await this.clients.findInSubtree(root.path)).map(toSummary);
  }

  /** A new secret replaces the old one at once: the old token stops working. */
  async rotate(actor: Actor, id: string): Promise<ApiClientWithSecret> {
    const client = await this.inScope(actor, id);
    const secret = newSecret();
    const rotated = await this.transactions.run(async (manager) => {
      if (!(await this.clients.updateActive(manager, id, { secretHash: hashSecret(secret), rotatedAt: new Date() }))) throw new SyncError(SyncErrorCode.ClientRevoked);
      await this.audit.record(actor, { action: 'sync.client.rotate', targetType: 'api_client', targetId: id, orgUnitId: client.unitId }, manager);
      return this.clients.findById(id, manager) as Promise<ApiClient>;
    });
    return { client: toSummary(rotated), token: clientToken(id, secret) };
  }

  async revoke(actor: Actor, id: string): Promise<ApiClientSummary> {
    const client = await this.inScope(actor, id);
    const revoked = await this.transactions.run(async (manager) => {
      if (!(await this.clients.updateActive(manager, id, { status: 'revoked', revokedAt: new Date() }))) throw new SyncError(SyncErrorCode.ClientRevoked);
      await this.audit.record(actor, { action: 'sync.client.revoke', targetType: 'api_client', targetId: id, orgUnitId: client.unitId }, manager);
      return this.clients.findById(id, manager) as Promise<ApiClient>;
    });
    return toSummary(revoked);
  }

  /**
   * Checks a bearer token and records the call in the audit log. Unknown, wrong or revoked
   * credentials all answer 401 alike, so a caller learns nothing about which part was wrong.
   */
  async authenticate(token: string, permission: SyncPermission | null, call: { ip: string; method: string; route: string }): Promise<ClientActor> {
    const parsed = parseClientToken(token);
    const client = parsed ? await this.clients.findActiveById(parsed.clientId) : null;
    if (!parsed || !client || !secretMatches(parsed.secret, client.secretHash)) throw CommonError.unauthorized('接口凭证无效或已停用，请向管理员申请新的凭证');
    const actor: ClientActor = { clientId: client.id, unitId: client.unitId, unitPath: client.unitPath, permissions: permissionsOf(client), ip: call.ip };
    if (permission && !actor.permissions.includes(permission)) throw CommonError.forbidden('该客户端没有这项权限，请联系管理员授权后再试');
    await this.audit.recordClientReading(actor, { action: 'sync.call', targetType: 'api_client', targetId: client.id, orgUnitId: client.unitId, detail: { method: call.method, route: call.route } });
    return actor;
  }

  private async inScope(actor: Actor, id: string): Promise<ApiClient> {
    const client = await this.clients.findById(id);
    if (!client) throw new SyncError(SyncErrorCode.ClientNotFound);
    await this.orgs.assertInScope(actor, client.unitId);
    return client;
  }
}

const permissionsOf = (client: ApiClient): SyncPermission[] => client.permissions.split(',').filter(Boolean) as SyncPermission[];

function toSummary(client: ApiClient): ApiClientSummary {
  return {
    id: client.id,
    name: client.name,
    unitId: client.unitId,
    permissions: permissionsOf(client),
    status: client.status,
    createdAt: client.createdAt.toISOString(),
    rotatedAt: client.rotatedAt?.toISOString() ?? null,
    revokedAt: client.revokedAt?.toISOString() ?? null,
  };
}
