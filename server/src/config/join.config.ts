import { registerAs } from '@nestjs/config';
import { IsInt, IsString, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { DEVELOPMENT_SECRETS } from './secrets';
import { isProduction, requireProductionSecret, validateConfig } from './validate-config';

export interface JoinConfig {
  /** Signs the short-lived tokens in member-card QR codes; separate from the JWT secret. */
  cardTokenSecret: string;
  cardTokenTtlSeconds: number;
}

class JoinEnv {
  @ValidateIf((env: JoinEnv) => isProduction() || env.CARD_TOKEN_SECRET !== undefined)
  @IsString({ message: 'CARD_TOKEN_SECRET must be set in production' })
  @MinLength(32, { message: 'CARD_TOKEN_SECRET must be at least 32 characters' })
  CARD_TOKEN_SECRET?: string;

  @IsInt()
  @Min(60)
  @Max(3600)
  CARD_TOKEN_TTL_SECONDS: number = 300;
}

export const joinConfig = registerAs('join', (): JoinConfig => {
  const env = validateConfig(process.env, JoinEnv);
  requireProductionSecret('CARD_TOKEN_SECRET', env.CARD_TOKEN_SECRET, 32);
  return { cardTokenSecret: env.CARD_TOKEN_SECRET ?? DEVELOPMENT_SECRETS.cardToken, cardTokenTtlSeconds: env.CARD_TOKEN_TTL_SECONDS };
});
