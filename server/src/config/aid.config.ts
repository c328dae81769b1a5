import { registerAs } from '@nestjs/config';
import { IsInt, Max, Min } from 'class-validator';
import { validateConfig } from './validate-config';

export interface AidConfig {
  /** Approvals above this amount (fen) wait for a second officer's confirmation. */
  secondApprovalFen: number;
}

class AidEnv {
  @IsInt()
  @Min(0)
  @Max(100_000_000_00)
  AID_SECOND_APPROVAL_FEN: number = 500_000;
}

export const aidConfig = registerAs('aid', (): AidConfig => ({ secondApprovalFen: validateConfig(process.env, AidEnv).AID_SECOND_APPROVAL_FEN }));
