import { registerAs } from '@nestjs/config';
import { IsInt, Max, Min } from 'class-validator';
import { validateConfig } from '../../../config/validate-config';

export interface StationIndexConfig {
  /** How often each process reads the change feed for changed stations; 0 turns the index off (SQL only). */
  pollMs: number;
  /** Changed stations kept beside the tree before it is rebuilt with them. */
  rebuildAfter: number;
  /** A full reload from the database every so many minutes, for writes that bypassed the feed; 0 never. */
  reloadMinutes: number;
}

class StationIndexEnv {
  @IsInt()
  @Min(0)
  @Max(60_000)
  STATION_INDEX_POLL_MS: number = 200;

  @IsInt()
  @Min(1)
  @Max(100_000)
  STATION_INDEX_REBUILD_AFTER: number = 500;

  @IsInt()
  @Min(0)
  @Max(7 * 24 * 60)
  STATION_INDEX_RELOAD_MINUTES: number = 60;
}

/** Loaded by the stations module itself (ConfigModule.forFeature). */
export const stationIndexConfig = registerAs('stationIndex', (): StationIndexConfig => {
  const env = validateConfig(process.env, StationIndexEnv);
  return { pollMs: env.STATION_INDEX_POLL_MS, rebuildAfter: env.STATION_INDEX_REBUILD_AFTER, reloadMinutes: env.STATION_INDEX_RELOAD_MINUTES };
});
