import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { CommonError } from './common.errors';

/** A route id that is not even a UUID names nothing: answer 404 like any unknown id. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw CommonError.notFound();
    return value;
  }
}
