import type { DatedClosure, OpenState, WeeklyHours } from '@unionhub/shared';
import { StationStatus } from '@unionhub/shared';
import { beijingMinuteOf, openStateAt } from '../opening-hours';

/**
 * One week of hours with its closures, shared by every station that has the same text (most
 * stations keep one of a few dozen schedules), with its open-now answer for the last minute asked.
 * The answer depends on the minute only (`beijingMinuteOf`), so it is computed once a minute per
 * schedule rather than once per station and request.
 */
export interface SharedSchedule {
  hours: WeeklyHours;
  closures: DatedClosure[];
  minute: number;
  state: OpenState;
}

const NOT_OPEN: OpenState = { openNow: false, nextChangeAt: null };

export class ScheduleCache {
  private readonly byText = new Map<string, SharedSchedule>();

  /** The shared schedule for the stored JSON texts of a station's hours and closures. */
  intern(hoursText: string, closuresText: string): SharedSchedule {
    const key = `${hoursText}\n${closuresText}`;
    let schedule = this.byText.get(key);
    if (!schedule) {
      schedule = { hours: JSON.parse(hoursText) as WeeklyHours, closures: JSON.parse(closuresText) as DatedClosure[], minute: Number.NaN, state: NOT_OPEN };
      this.byText.set(key, schedule);
    }
    return schedule;
  }

  get size(): number {
    return this.byText.size;
  }
}

/** `openStateAt`, remembered on the schedule for the minute of `at`. */
export function openStateOf(schedule: SharedSchedule, status: StationStatus, at: Date): OpenState {
  if (status !== StationStatus.Open) return NOT_OPEN;
  const minute = beijingMinuteOf(at);
  if (schedule.minute !== minute) {
    schedule.state = openStateAt(schedule.hours, schedule.closures, StationStatus.Open, at);
    schedule.minute = minute;
  }
  return schedule.state;
}
