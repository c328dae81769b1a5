import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { ApiClient } from './api-client.entity';

@Injectable()
export class ApiClientsRepository {
  constructor(@InjectRepository(ApiClient) private readonly clients: Repository<ApiClient>) {}

  findById(id: string, manager?: EntityManager): Promise<ApiClient | null> {
    return (manager ? manager.getRepository(ApiClient) : this.clients).findOneBy({ id });
  }

  findActiveById(id: string): Promise<ApiClient | null> {
    return this.clients.findOneBy({ id, status: 'active' });
  }

  /** Clients registered for units under `path`, newest first. */
  findInSubtree(path: string): Promise<ApiClient[]> {
    return this.clients.createQueryBuilder('c').where('c.unitPath LIKE :prefix', { prefix: `${path}%` }).orderBy('c.createdAt', 'DESC').getMany();
  }

  async insert(manager: EntityManager, client: Omit<ApiClient, 'id' | 'createdAt'>): Promise<ApiClient> {
    const repository = manager.getRepository(ApiClient);
    return repository.save(repository.create(client));
  }

  /** Only an active client changes; false when it was revoked meanwhile. */
  async updateActive(manager: EntityManager, id: string, changes: Partial<Pick<ApiClient, 'secretHash' | 'rotatedAt' | 'status' | 'revokedAt'>>): Promise<boolean> {
    const result = await manager.getRepository(ApiClient).update({ id, status: 'active' }, changes);
    return (result.affected ?? 0) > 0;
  }
}
