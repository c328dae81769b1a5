import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from '../../common/access.decorator';
import type { RequestWithActor } from '../../common/actor';
import type { RequestWithClient } from '../../common/client-actor';
import { CommonError } from '../../common/common.errors';
import { ApiClientsService } from '../sync/clients/api-clients.service';
import { AuthService } from './auth.service';

function bearerToken(request: RequestWithActor): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

/** Applies every route's declared access policy; a route without one is refused. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly clients: ApiClientsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    if (!policy) {
      this.logger.error({ msg: 'route has no access policy', route: request.routeOptions?.url });
      throw CommonError.forbidden();
    }
    const token = bearerToken(request);
    if (policy.kind === 'public') {
      // A stale token must not break a page that needs no account.
      if (token) await this.auth.verify(token).then((claims) => this.attach(request, claims), () => undefined);
      return true;
    }
    if (!token) throw CommonError.unauthorized();
    if (policy.kind === 'client') {
      const route = request.routeOptions?.url ?? request.url;
      (request as RequestWithClient).apiClient = await this.clients.authenticate(token, policy.permission, { ip: request.ip, method: request.method, route });
      return true;
    }
    const claims = await this.auth.verify(token);
    this.attach(request, claims);
    if (policy.kind === 'roles' && !policy.roles.includes(claims.role)) throw CommonError.forbidden();
    return true;
  }

  private attach(request: RequestWithActor, claims: Awaited<ReturnType<AuthService['verify']>>): void {
    request.actor = { userId: claims.sub, role: claims.role, orgUnitId: claims.unit, ip: request.ip };
  }
}
