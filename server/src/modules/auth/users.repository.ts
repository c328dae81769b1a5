import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@unionhub/shared';
import type { EntityManager, Repository } from 'typeorm';
import { isUniqueViolation } from '../../database/unique-violation';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: string, manager?: EntityManager): Promise<User | null> {
    return (manager ? manager.getRepository(User) : this.users).findOneBy({ id });
  }

  findByDevAccount(devAccount: string): Promise<User | null> {
    return this.users.findOneBy({ devAccount });
  }

  /** First sign-in creates the member; two first sign-ins at once still make one user. */
  async findOrCreateByOpenid(openid: string): Promise<User> {
    const existing = await this.users.findOneBy({ openid });
    if (existing) return existing;
    try {
      return await this.users.save(this.users.create({ openid, role: Role.Member, nickname: '微信用户', orgUnitId: null, devAccount: null }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.users.findOneByOrFail({ openid });
    }
  }

  async createDevOfficer(devAccount: string, nickname: string, orgUnitId: string): Promise<User> {
    try {
      return await this.users.save(this.users.create({ devAccount, nickname, orgUnitId, role: Role.Officer, openid: null }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.users.findOneByOrFail({ devAccount });
    }
  }

  async touchLogin(user: User): Promise<void> {
    await this.users.update({ id: user.id }, { lastLoginAt: new Date() });
  }
}
