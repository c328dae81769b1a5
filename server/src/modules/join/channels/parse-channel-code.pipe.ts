import { Injectable, type PipeTransform } from '@nestjs/common';
import { JoinError, JoinErrorCode } from '../join.errors';
import { CHANNEL_CODE_PATTERN } from './channel-code';

/** A code that cannot be a channel code names no channel: answer like an unknown one. */
@Injectable()
export class ParseChannelCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!CHANNEL_CODE_PATTERN.test(value)) throw new JoinError(JoinErrorCode.ChannelNotFound);
    return value;
  }
}
